import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// The sentence that tells conservative care failed tells it was tried: `conservative_care_given` is
// not false from a sentence that makes `conservative_care_failed` true, whatever plan word stands
// beside the failure (a "Referral history" label, care "prescribed" or "ordered" and then failed).
// The must-not rows: care only planned with a failure under a condition or hedged.

@Test(
    arguments: [
        // (summary, request)
        (
            "Referral history: 4 weeks of physical therapy exercise with a cognitive-motivational approach; conservative care failed.",
            "Biofeedback 4 sessions"
        ),
        ("She was referred for 8 PT visits in June and conservative treatment failed.", "MRI of the lumbar spine"),
        ("Chiropractic was prescribed in 2015; despite therapy the neck pain persists.", "MRI of the cervical spine"),
        ("Ordered: PT x12 and naproxen, which she finished; failed conservative care.", "Lumbar epidural steroid injection L4-5"),
    ] as [(String, String)])
func careFailedInItsSentenceWasGiven(_ summary: String, _ request: String) {
    let facts = requestFacts(request, summary: summary)
    #expect(value(facts, "conservative_care_failed") == "true")
    #expect(value(facts, "conservative_care_given") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        ("PT x8 is planned; if conservative care has failed by then, she will see a surgeon.", "MRI of the lumbar spine"),
        ("Physical therapy is recommended, as conservative care may have failed for lack of it.", "MRI of the lumbar spine"),
    ] as [(String, String)])
func careFailureOnlySupposedIsNoCareGiven(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "conservative_care_given") != "true")
}
