import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

/// A summary, a drug request, a fact read for it and the expected value (`nil`: not documented),
/// and a phrase of the evidence sentence expected first (`nil`: not checked).
struct DrugScopeCase: CustomStringConvertible, Sendable {
    var summary: String
    var request: String
    var fact: String
    var value: FactValue?
    var evidence: String? = nil
    var description: String { "\(fact) for \(request) ← \(summary)" }
}

private let mixed =
    "Current medications include Norco 10/325 mg and gabapentin 300 mg. Gabapentin has not helped. Norco helps with her pain."

let drugScopeCases: [DrugScopeCase] = [
    // Benefit belongs to the drug its clause names.
    .init(
        summary: mixed, request: "Gabapentin 300mg #90", fact: "pain_improved", value: .bool(false), evidence: "Gabapentin has not helped"),
    .init(summary: mixed, request: "Norco 10/325 #60", fact: "pain_improved", value: .bool(true), evidence: "Norco helps"),
    .init(
        summary: "She takes Lyrica and Norco. Norco helps, but Lyrica has not been helpful.", request: "Lyrica 75 mg #60",
        fact: "pain_improved", value: .bool(false), evidence: "Lyrica has not been helpful"),
    .init(
        summary: "She takes Lyrica and Norco. Norco helps, but Lyrica has not been helpful.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "Gabapentin has not helped and Norco helps.", request: "Norco 10/325 #60", fact: "pain_improved", value: .bool(true)),
    // Only another drug's benefit: nothing documented for the requested one.
    .init(summary: "She takes Norco and Soma. Norco helps.", request: "Soma 350mg #30", fact: "pain_improved", value: nil),
    // "It" / "this medication" refer to the drug of the previous sentence.
    .init(
        summary: "She was started on gabapentin in 2015. It has not helped. She also takes Norco, which helps.",
        request: "Gabapentin 600mg #90", fact: "pain_improved", value: .bool(false), evidence: "It has not helped"),
    .init(
        summary: "She takes Celebrex. This medication has been helpful. She also takes Norco.", request: "Celebrex 200mg #30",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Celebrex. This medication has been helpful. She also takes Norco.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: nil),
    .init(
        summary: "She takes Norco. It was noted that her pain is helped by rest.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(true)),
    .init(
        summary: "She takes Celebrex. She also takes Norco and Soma and they have been helpful.", request: "Soma 350mg #30",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Celebrex. She also takes Norco and Soma and they have been helpful.", request: "Celebrex 200mg #30",
        fact: "pain_improved", value: nil),
    // A class word covers the class's drugs.
    .init(
        summary: "She takes Norco and Lyrica. The opioid has been effective. The anticonvulsant has not helped.",
        request: "Norco 10/325 #60", fact: "pain_improved", value: .bool(true), evidence: "The opioid"),
    .init(
        summary: "She takes Norco and Lyrica. The opioid has been effective. The anticonvulsant has not helped.",
        request: "Lyrica 75mg #60", fact: "pain_improved", value: .bool(false), evidence: "anticonvulsant"),
    // The medications in general stand for a drug taken already, when nothing names it.
    .init(
        summary: "Current medications include Norco. Her medications are helpful.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "Current medications include Norco. Her medications are helpful. The physician will start Lyrica.",
        request: "Lyrica 75mg #60", fact: "pain_improved", value: nil),
    .init(
        summary: "Current medications include Norco. Her medications are helpful. Norco has not helped her function.",
        request: "Norco 10/325 #60", fact: "pain_improved", value: .bool(false), evidence: "Norco has not helped"),
    // Hedged: decides nothing.
    .init(summary: "She takes Lyrica, which may be helping.", request: "Lyrica 75mg #60", fact: "pain_improved", value: nil),
    // Function.
    .init(
        summary: "She takes Norco and Soma. Norco allows her to do household chores.", request: "Norco 10/325 #60",
        fact: "functional_improvement", value: .bool(true)),
    .init(
        summary: "She takes Norco and Soma. Norco allows her to do household chores.", request: "Soma 350mg #30",
        fact: "functional_improvement", value: nil),
    // Adverse effects, present or absent.
    .init(
        summary: "She takes Norco and gabapentin. Norco causes constipation.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: .bool(true), evidence: "constipation"),
    .init(
        summary: "She takes Norco and gabapentin. Norco causes constipation.", request: "Gabapentin 300mg #90",
        fact: "adverse_effects_documented", value: nil),
    .init(
        summary: "She takes Norco. She is tolerating gabapentin without side effects.", request: "Gabapentin 300mg #90",
        fact: "adverse_effects_documented", value: .bool(true), evidence: "tolerating gabapentin"),
    .init(
        summary: "She takes Norco. She is tolerating gabapentin without side effects.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: nil),
    .init(
        summary: "She takes Norco. She denies side effects from her medications.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: .bool(true)),
    .init(
        summary: "She takes Norco. She reports nausea since the accident.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: nil),
    // An examination for the effects only drugs cause documents their absence.
    .init(
        summary: "He takes Percocet. On examination he was in no distress with no signs of sedation or withdrawal.",
        request: "Percocet 10/325 #90", fact: "adverse_effects_documented", value: .bool(true), evidence: "no signs of sedation"),
    .init(
        summary: "He takes Percocet. The epidural injection was done under IV sedation.", request: "Percocet 10/325 #90",
        fact: "adverse_effects_documented", value: nil),
    // Relief percentages and scores in the drug's part of the sentence.
    .init(
        summary: "Norco gives 50% relief and gabapentin has not helped.", request: "Gabapentin 300mg #90", fact: "pain_relief_percent",
        value: nil),
    .init(
        summary: "Norco gives 50% relief and gabapentin has not helped.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(50)),
    .init(
        summary: "Pain is 8/10 without medications and 4/10 with Norco.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(50)),
    .init(
        summary: "She takes Norco. Pain is 8/10 without Lyrica and 4/10 with it.", request: "Lyrica 75mg #60",
        fact: "pain_relief_percent", value: .number(50)),
    // Weaning of this drug, not of another one in the sentence.
    .init(
        summary: "Norco is being weaned; Soma is continued.", request: "Soma 350mg #30", fact: "ur_modified_for_weaning", value: nil),
    .init(
        summary: "Norco is being weaned; Soma is continued.", request: "Norco 10/325 #60", fact: "ur_modified_for_weaning",
        value: .bool(true)),
    // Duration and since when, in the drug's part of the clause.
    .init(
        summary: "She has been on Norco since 2012 and started gabapentin two weeks ago.", request: "Gabapentin 300mg #90",
        fact: "use_duration", value: .days(14)),
    .init(
        summary: "She has been on Norco since 2012 and started gabapentin two weeks ago.", request: "Norco 10/325 #60",
        fact: "use_duration", value: .days(SimpleDate(year: 2012, month: 1, day: 1).days(to: SimpleDate(year: 2017, month: 3, day: 1)))),
    .init(
        summary: "She has taken Soma for 6 months. Norco was started on 01/01/2017.", request: "Soma 350mg #30", fact: "use_duration",
        value: .days(180)),
    .init(
        summary: "She has taken Soma for 6 months. Norco was started on 01/01/2017.", request: "Norco 10/325 #60",
        fact: "use_duration", value: .days(59)),
    // A whole date after "since", in any order of its parts: the date, not the first of its year.
    .init(summary: "She has been on Norco since 2017-02-01.", request: "Norco 10/325 #60", fact: "use_duration", value: .days(28)),
    .init(
        summary: "She has been on Norco since January 1, 2017.", request: "Norco 10/325 #60", fact: "use_duration", value: .days(59)),
    // Counted to the request when the summary dates it: the limits of use hold for the course asked for.
    .init(
        summary: "She has been on Norco since 2017-02-01. The Request for Authorization dated 02/15/2017 asked for a refill.",
        request: "Norco 10/325 #60", fact: "use_duration", value: .days(14)),
]

@Test(arguments: drugScopeCases)
func drugScope(_ example: DrugScopeCase) { expectDrugFact(example) }

/// Checks the fact `example` names for its request against its expected value and evidence.
func expectDrugFact(_ example: DrugScopeCase) {
    let input = bareCase(example.summary, requests: [example.request], decision: "03/01/2017")
    let fact = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))[example.fact]
    #expect(fact?.value == example.value)
    if let evidence = example.evidence {
        #expect(fact?.evidence.first?.sentence.lowercased().contains(evidence.lowercased()) == true, "\(fact?.evidence ?? [])")
    }
}
