import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// The effects of a drug taken already reviewed as symptoms denied (CPMTG 2009 "On-going
// management", p. 78: "ongoing review and documentation of pain relief, functional status,
// appropriate medication use, and side effects"; `adverse_effects_documented`): two or more
// adverse-effect symptoms denied in one sentence about no other drug document the effects, as
// absent. Not: one symptom denied, another drug's effects, a drug not yet taken.

/// `adverse_effects_documented` of `request` after `summary` ("nil" when not documented).
private func documented(_ summary: String, request: String = "Norco 10/325mg #90") -> String {
    value(requestFacts(request, summary: summary), "adverse_effects_documented") ?? "nil"
}

private let taken = "She has taken Norco 10/325 mg three times a day for two years. "

@Suite struct AdverseEffectReviewTests {
    @Test(
        arguments: [
            "She denies sedation, nausea or confusion; her bowels are regular.",
            "He denies constipation, drowsiness or itching.",
            "Denies drowsiness, itching or nausea.",
            "No sedation, constipation or dizziness is reported.",
        ])
    func symptomsDeniedDocumentTheEffects(_ sentence: String) {
        #expect(documented(taken + sentence) == "true", "not read: \(sentence)")
    }

    @Test(
        arguments: [
            (taken + "She denies nausea.", "Norco 10/325mg #90"),
            (taken + "Gabapentin caused dizziness and drowsiness, so it was stopped.", "Norco 10/325mg #90"),
            ("She takes no medication for the back. She denies nausea or dizziness.", "Tramadol 50mg #60"),
        ] as [(String, String)])
    func noEffectsReviewIsRead(_ summary: String, _ request: String) {
        #expect(documented(summary, request: request) != "true", "read: \(summary)")
    }
}
