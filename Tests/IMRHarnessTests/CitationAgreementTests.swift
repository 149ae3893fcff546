import IMRLetters
import IMRRules
import Testing

@testable import IMRHarness

struct FamilyCase: CustomTestStringConvertible, Sendable {
    var a: String
    var b: String
    var same: Bool
    var testDescription: String { "\(a) ~ \(b): \(same)" }
}

@Test(arguments: [
    FamilyCase(a: "MTUS Chronic Pain Medical Treatment Guidelines 2009", b: "Chronic Pain Medical Treatment", same: true),
    FamilyCase(a: "MTUS Chronic Pain Medical Treatment Guidelines 2009", b: "MTUS Chronic Pain Treatment Guidelines", same: true),
    FamilyCase(a: "MTUS Opioid Treatment Guidelines 2016", b: "Opioid Treatment", same: true),
    FamilyCase(a: "MTUS Opioids Treatment Guidelines", b: "Opioid Treatment 2016", same: true),
    FamilyCase(a: "MTUS Opioid Treatment Guidelines 2016", b: "Chronic Pain Medical Treatment", same: false),
    FamilyCase(a: "ACOEM Low Back Complaints 2004", b: "Low Back Complaints", same: true),
    FamilyCase(
        a: "MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints", b: "Low Back Complaints", same: true),
    FamilyCase(a: "ACOEM Neck and Upper Back Complaints", b: "Low Back Complaints", same: false),
    FamilyCase(a: "MTUS ACOEM", b: "Knee Complaints", same: true),
    FamilyCase(
        a: "MTUS ACOEM Shoulder, Knee, Forearm/Wrist/Hand and Ankle/Foot Complaints 2004", b: "Forearm, Wrist, and Hand Complaints",
        same: true),
    FamilyCase(a: "MTUS ACOEM Shoulder, Knee and Low Back Complaints 2004", b: "Shoulder Complaints", same: true),
    FamilyCase(a: "MTUS ACOEM Shoulder, Knee and Low Back Complaints 2004", b: "Neck and Upper Back Complaints", same: false),
    FamilyCase(a: "ODG Pain (Chronic)", b: "Official Disability Guidelines (ODG)", same: true),
    FamilyCase(a: "Official Disability Guidelines, Low Back", b: "ODG", same: true),
    FamilyCase(a: "MTUS Acupuncture Medical Treatment Guidelines", b: "Acupuncture Treatment", same: true),
    FamilyCase(a: "MTUS Postsurgical Treatment Guidelines", b: "Postsurgical Treatment 2009", same: true),
    FamilyCase(a: "MTUS Postsurgical Treatment Guidelines", b: "Acupuncture Treatment", same: false),
    FamilyCase(a: "FDA", b: "Food and Drug Administration", same: false),
    FamilyCase(a: "UpToDate", b: "UpToDate", same: true),
])
func guidelineFamilies(_ c: FamilyCase) {
    #expect(GuidelineFamily(c.a).matches(GuidelineFamily(c.b)) == c.same)
}

struct AgreementCase: CustomTestStringConvertible, Sendable {
    var label: String
    var rule: RuleCitation
    var letter: [GuidelineCitation]
    var agrees: Bool
    var testDescription: String { label }
}

private let cpmtg = "MTUS Chronic Pain Medical Treatment Guidelines 2009"

@Test(arguments: [
    AgreementCase(
        label: "same family, letter names no section or page", rule: RuleCitation(guideline: cpmtg, section: "Opioids", pages: "78"),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Treatment Guidelines")], agrees: true),
    AgreementCase(
        label: "section word overlap (plural and case ignored)",
        rule: RuleCitation(guideline: cpmtg, section: "Muscle relaxants (for pain)", pages: "63-66"),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Medical Treatment", year: 2016, sections: ["Muscle Relaxant"])],
        agrees: true),
    AgreementCase(
        label: "page ranges overlap", rule: RuleCitation(guideline: cpmtg, section: "Baclofen", pages: "63-66"),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Treatment Guidelines", pages: ["7, 64, 63"])], agrees: true),
    AgreementCase(
        label: "opiates is opioids", rule: RuleCitation(guideline: cpmtg, section: "Opioids, criteria for use"),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Treatment Guidelines", sections: ["Opiates"], pages: ["78"])],
        agrees: true),
    AgreementCase(
        label: "same family, different section and pages", rule: RuleCitation(guideline: cpmtg, section: "Carisoprodol", pages: "29"),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Treatment Guidelines", sections: ["Opioids"], pages: ["78"])],
        agrees: false),
    AgreementCase(
        label: "only noise words shared", rule: RuleCitation(guideline: cpmtg, section: "Muscle relaxants (for pain)"),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Treatment Guidelines", sections: ["Opioids for chronic pain"])],
        agrees: false),
    AgreementCase(
        label: "rule without section or pages, letter with", rule: RuleCitation(guideline: cpmtg),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Treatment Guidelines", pages: ["78"])], agrees: false),
    AgreementCase(
        label: "other family", rule: RuleCitation(guideline: "MTUS Opioid Treatment Guidelines 2016", section: "Opioids"),
        letter: [GuidelineCitation(source: .mtus, document: "Chronic Pain Treatment Guidelines", sections: ["Opioids"])], agrees: false),
    AgreementCase(
        label: "second citation agrees", rule: RuleCitation(guideline: "ODG Low Back", section: "MRIs (magnetic resonance imaging)"),
        letter: [
            GuidelineCitation(source: .mtus, document: "Low Back Complaints", pages: ["303-304"]),
            GuidelineCitation(source: .odg, document: "Official Disability Guidelines", sections: ["Low Back", "MRI"]),
        ], agrees: true),
    AgreementCase(
        label: "ODG source flag without the name", rule: RuleCitation(guideline: "ODG Pain", section: "Insomnia treatment"),
        letter: [GuidelineCitation(source: .odg, document: "Pain (Chronic)", sections: ["Insomnia treatment"])], agrees: true),
])
func citationAgreement(_ c: AgreementCase) {
    #expect(CitationAgreement.agrees(c.rule, with: c.letter) == c.agrees)
}

@Test func aRuleGuidelineCanNameSeveralDocuments() {
    let rule = RuleCitation(
        guideline: "MTUS ACOEM Low Back Complaints 2004; Neck and Upper Back Complaints 2004", section: "Special Studies",
        pages: "177-178, 303-304")
    #expect(GuidelineFamily.all(in: rule.guideline) == [.acoem(chapters: ["low_back"]), .acoem(chapters: ["neck", "upper_back"])])
    let neck = GuidelineCitation(source: .mtus, document: "Neck and Upper Back Complaints", year: 2004, sections: ["Special Studies"])
    let knee = GuidelineCitation(source: .mtus, document: "Knee Complaints", year: 2004, sections: ["Special Studies"])
    #expect(CitationAgreement.agrees(rule, with: [neck]))
    #expect(!CitationAgreement.agrees(rule, with: [knee]))
}

@Test(arguments: [
    ("The Expert Reviewer did not cite any medical evidence for its decision.", false),
    ("Decision based on MTUS Chronic Pain Treatment Guidelines Opioids", true),
    ("", false),
])
func letterCitesAGuideline(_ line: String, _ cites: Bool) {
    #expect(CitationAgreement.letterCites([], maximusGuideline: line) == cites)
}

@Test func unparsedMaximusLineIsComparedByFamily() {
    let rule = RuleCitation(guideline: "MTUS Chronic Pain Medical Treatment Guidelines 2009", section: "Opioids")
    #expect(CitationAgreement.agrees(rule, with: [], maximusGuideline: "Decision based on MTUS Chronic Pain Treatment Guidelines Opioids"))
    #expect(!CitationAgreement.agrees(rule, with: [], maximusGuideline: "Decision based on Non-MTUS Citation UpToDate"))
    #expect(!CitationAgreement.agrees(rule, with: [], maximusGuideline: ""))
}

@Test(arguments: [("63-66", [63...66]), ("7, 64, 63", [7...7, 64...64, 63...63]), ("78", [78...78]), ("S1-20", []), ("80-76", [76...80])])
func pageRanges(_ text: String, _ expected: [ClosedRange<Int>]) {
    #expect(GuidelineText.pageRanges(text) == expected)
}
