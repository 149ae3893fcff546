import IMRCore
import Testing

@testable import IMRLetters

/// One quirk of the letters per case: the item text as it appears, and what must be read from it.
@Suite struct QuirkTests {
    struct ItemCase: CustomTestStringConvertible, Sendable {
        var name: String
        var items: String
        var requests: [String]
        var decisions: [Decision]
        var originals: [String?] = []
        var authorized: [String?] = []
        var testDescription: String { name }
    }

    static let truth = TestSupport.truthLines()

    static let itemCases: [ItemCase] = [
        ItemCase(
            name: "decision on the same line", items: "Norco 10/325mg #60:  Upheld\n\n\(truth)",
            requests: ["Norco 10/325mg #60"], decisions: [.upheld]),
        ItemCase(
            name: "decision word alone on the next line",
            items: "Acupuncture for the cervical and thoracic spine two times a week times three weeks:\nOverturned\n\n\(truth)",
            requests: ["Acupuncture for the cervical and thoracic spine two times a week times three weeks"],
            decisions: [.overturned]),
        ItemCase(
            name: "item name wrapped over two lines",
            items: "Right knee arthroscopy with evaluation of ACL, medial meniscectomy and\nchondroplasty:  Upheld\n\n\(truth)",
            requests: ["Right knee arthroscopy with evaluation of ACL, medial meniscectomy and chondroplasty"],
            decisions: [.upheld]),
        ItemCase(
            name: "item name wrapped over a page gap",
            items: "Home aide 6 hours per day, 5 times a week for 4 weeks to assist with\n\nmobility:  Overturned\n\n\(truth)",
            requests: ["Home aide 6 hours per day, 5 times a week for 4 weeks to assist with mobility"],
            decisions: [.overturned]),
        ItemCase(
            name: "modified request with the remaining portion",
            items: """
                Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was
                authorized by the Claims Administrator. The remaining IMR eligible portion of the
                original request, Cyclobenzaprine 7.5mg #27 is: Upheld

                \(truth)
                """,
            requests: ["Cyclobenzaprine 7.5mg #27"], decisions: [.upheld], originals: ["Cyclobenzaprine 7.5mg #90"],
            authorized: ["Cyclobenzaprine 7.5mg #63"]),
        ItemCase(
            name: "modified request leaving the original request eligible",
            items: """
                Purchase of a bath/shower chair was the original request. The Claims Administrator
                authorized a bath/shower chair for 1 month, leaving the original request IMR eligible. The
                original request, purchase of a bath/shower chair is:
                Upheld

                \(truth)
                """,
            requests: ["purchase of a bath/shower chair"], decisions: [.upheld],
            originals: ["Purchase of a bath/shower chair"], authorized: ["a bath/shower chair for 1 month"]),
        ItemCase(
            name: "two items, the second after a rationale",
            items: "Soma 350mg #45: Upheld\n\n\(truth)\n\nBaclofen 10mg #60: Overturned\n\n\(truth)",
            requests: ["Soma 350mg #45", "Baclofen 10mg #60"], decisions: [.upheld, .overturned]),
        ItemCase(
            name: "rationale ending without a full stop before the next item",
            items: "Soma 350mg #45: Upheld\n\n\(TestSupport.truthLines(rationale: "Not necessary (Chou, 2007)"))\n\n"
                + "Baclofen 10mg #60: Upheld\n\n\(truth)",
            requests: ["Soma 350mg #45", "Baclofen 10mg #60"], decisions: [.upheld, .upheld]),
    ]

    @Test(arguments: itemCases)
    func items(_ testCase: ItemCase) throws {
        let letter = try TestSupport.parse(TestSupport.compactLetter(items: testCase.items))
        #expect(letter.input.requests.map(\.request) == testCase.requests)
        #expect(letter.truth.items.map(\.decision) == testCase.decisions)
        if !testCase.originals.isEmpty {
            #expect(letter.input.requests.map(\.originalRequest) == testCase.originals)
            #expect(letter.input.requests.map(\.authorizedPortion) == testCase.authorized)
        }
    }

    @Test func markdownItem() throws {
        let items = """
            **Baclofen 20mg #60:** Upheld

            **Claims Administrator guideline:** Decision based on MTUS Low Back Complaints 2004.

            **MAXIMUS guideline:** Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).

            **Decision rationale:** This request is not medically necessary.
            """
        let letter = try TestSupport.parse(TestSupport.compactLetter(items: items))
        #expect(letter.input.requests.map(\.request) == ["Baclofen 20mg #60"])
        #expect(letter.truth.items[0].maximusGuideline.hasPrefix("Decision based on MTUS Chronic Pain"))
        #expect(letter.truth.items[0].rationale == "This request is not medically necessary.")
    }

    struct CitationCase: CustomTestStringConvertible, Sendable {
        var line: String
        var citations: [GuidelineCitation]
        var testDescription: String { line }
    }

    static let citationCases: [CitationCase] = [
        CitationCase(
            line: "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).",
            citations: [
                .init(source: .mtus, document: "Chronic Pain Medical Treatment", year: 2016, sections: ["Muscle relaxants (for pain)"])
            ]),
        CitationCase(
            line: "Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical "
                + "Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation).",
            citations: [
                .init(source: .mtus, document: "Low Back Complaints", year: 2004, sections: ["Physical Methods"]),
                .init(
                    source: .mtus, document: "Chronic Pain Medical Treatment", year: 2016,
                    sections: ["TENS, chronic pain (transcutaneous electrical nerve stimulation)"]),
            ]),
        CitationCase(
            line: "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal "
                + "anti-inflammatory drugs), NSAIDs, GI symptoms & cardiovascular risk, Proton Pump Inhibitors (PPIs).",
            citations: [
                .init(
                    source: .mtus, document: "Chronic Pain Medical Treatment", year: 2016,
                    sections: [
                        "NSAIDs (non-steroidal anti-inflammatory drugs)", "NSAIDs, GI symptoms & cardiovascular risk",
                        "Proton Pump Inhibitors (PPIs)",
                    ])
            ]),
        CitationCase(
            line: "Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic "
                + "Opioid Treatment: Maintenance, Monitoring, 4.1 Tapering Opioids: Indications for Tapering Opioids.",
            citations: [
                .init(
                    source: .mtus, document: "Opioid Treatment", year: 2016,
                    sections: [
                        "3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance, Monitoring",
                        "4.1 Tapering Opioids: Indications for Tapering Opioids",
                    ])
            ]),
        CitationCase(
            line: "Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, "
                + "Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary.",
            citations: [
                .init(source: .mtus, document: "Neck and Upper Back Complaints", year: 2004, sections: ["Special Studies"]),
                .init(
                    source: .mtus, document: "Forearm, Wrist, and Hand Complaints", year: 2004, sections: ["Special Studies", "Summary"]),
            ]),
        CitationCase(
            line: "Decision based on MTUS Acupuncture Treatment 2007.",
            citations: [.init(source: .mtus, document: "Acupuncture Treatment", year: 2007)]),
        CitationCase(
            line: "Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants (for pain) Page(s): 63-66.",
            citations: [
                .init(
                    source: .mtus, document: "Chronic Pain Medical Treatment", sections: ["Muscle relaxants (for pain)"], pages: ["63-66"])
            ]),
        CitationCase(
            line: "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based "
                + "on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back, Preoperative lab testing.",
            citations: [
                .init(source: .odg, document: "Official Disability Guidelines", sections: ["Low Back", "Preoperative lab testing"])
            ]),
        CitationCase(
            line: "Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS "
                + "Citation Official Disability Guidelines (ODG) Shoulder, MRI.",
            citations: [
                .init(source: .mtus, document: "Shoulder Complaints", year: 2004, sections: ["Special Studies"]),
                .init(source: .odg, document: "Official Disability Guidelines", sections: ["Shoulder", "MRI"]),
            ]),
        CitationCase(
            line: "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Carpal Tunnel Syndrome (Acute & "
                + "Chronic) and Other Medical Treatment Guidelines AANEM Recommended Policy for Electrodiagnostic Medicine.",
            citations: [
                .init(source: .odg, document: "Official Disability Guidelines", sections: ["Carpal Tunnel Syndrome (Acute & Chronic)"]),
                .init(source: .other, document: "AANEM Recommended Policy for Electrodiagnostic Medicine"),
            ]),
        CitationCase(line: "The Expert Reviewer did not cite any medical evidence for its decision.", citations: []),
        // A piece that starts with a non-ASCII letter is tested by its Unicode scalar (lower case,
        // upper case, letters of a bare acronym), an ASCII one by its byte: the same rules either way.
        CitationCase(
            line: "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS, épicondylite, Ωmega, "
                + "Opioids, a\u{301}cute pain, ÉCG, EKG.",
            citations: [
                .init(
                    source: .mtus, document: "Chronic Pain Medical Treatment", year: 2016,
                    sections: ["TENS, épicondylite", "Ωmega", "Opioids, a\u{301}cute pain", "ÉCG, EKG"])
            ]),
        CitationCase(
            line: "Decision based on Non-MTUS Citation ODG 2015, Forearm, wrist and hand, Physical/Occupational therapy, "
                + "élan, Ärzte.",
            citations: [
                .init(
                    source: .odg, document: "Official Disability Guidelines", year: 2015,
                    sections: ["Forearm, wrist and hand", "Physical/Occupational therapy, élan, Ärzte"])
            ]),
    ]

    @Test(arguments: citationCases)
    func citations(_ testCase: CitationCase) {
        #expect(CitationParser.parse(testCase.line) == testCase.citations)
    }

    @Test func maximusLineWrappedOverLines() throws {
        let truth = """
            Claims Administrator guideline: Decision based on MTUS.

            MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and
            Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve
            stimulation).

            Decision rationale: Not medically necessary.
            """
        let letter = try TestSupport.parse(TestSupport.compactLetter(items: "TENS unit: Upheld\n\n\(truth)"))
        #expect(letter.truth.items[0].citations.map(\.document) == ["Low Back Complaints", "Chronic Pain Medical Treatment"])
        #expect(letter.truth.items[0].citations[1].sections == ["TENS, chronic pain (transcutaneous electrical nerve stimulation)"])
    }

    struct HeaderCase: CustomTestStringConvertible, Sendable {
        var name: String
        var header: String
        var testDescription: String { name }
    }

    static let headerCases: [HeaderCase] = [
        HeaderCase(
            name: "labels side by side",
            header: """
                Case Number: CM00-0000001
                Date Assigned: 01/13/2017 Date of Injury:  11/13/2016
                Decision Date: 02/09/2017 UR Denial Date:  01/05/2017
                Priority:  Standard Application Received:  01/10/2017
                """),
        HeaderCase(
            name: "label wrapped over lines",
            header: """
                Case Number: CM00-0000001
                Date Assigned: 01/13/2017 Date of Injury:  11/13/2016
                Decision Date: 02/09/2017 UR Denial
                Date:  01/05/2017
                Priority:  Standard Application
                Received:
                01/10/2017
                """),
        HeaderCase(
            name: "web layout with tabs and bold labels",
            header: """
                <b>Case Number:</b>\tCM00-0000001\t\t
                <b>Date Assigned:</b>\t01/13/2017\t<b>Date of Injury:</b>\t11/13/2016
                <b>Decision Date:</b>\t02/09/2017\t<b>UR Denial Date:</b>\t01/05/2017
                <b>Priority:</b>\tStandard\t<b>Application Received:</b>\t01/10/2017
                """),
    ]

    @Test(arguments: headerCases)
    func header(_ testCase: HeaderCase) throws {
        let text = TestSupport.compactLetter(items: "Soma 350mg #45: Upheld\n\n\(Self.truth)", header: testCase.header)
        let header = try TestSupport.parse(text).input.header
        #expect(
            header
                == LetterHeader(
                    caseNumber: "CM00-0000001", dateAssigned: SimpleDate(year: 2017, month: 1, day: 13),
                    dateOfInjury: SimpleDate(year: 2016, month: 11, day: 13), decisionDate: SimpleDate(year: 2017, month: 2, day: 9),
                    urDenialDate: SimpleDate(year: 2017, month: 1, day: 5), priority: "Standard",
                    applicationReceived: SimpleDate(year: 2017, month: 1, day: 10)))
    }

    @Test func summaryJoinsWrappedLinesAndPageGaps() throws {
        let summary =
            "The injured worker is a 50 year old male. Records dated 10-30-\n2016 noted short-\nterm relief with\n\nmedication.\n\nUtilization review denied drug- taking and pre- and post-operative care."
        let letter = try TestSupport.parse(TestSupport.compactLetter(items: "Soma 350mg #45: Upheld\n\n\(Self.truth)", summary: summary))
        #expect(
            letter.input.summary.text
                == "The injured worker is a 50 year old male. Records dated 10-30-2016 noted short-term relief with medication.\nUtilization review denied drug-taking and pre- and post-operative care."
        )
    }
}
