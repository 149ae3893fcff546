import IMRFacts
import Testing

// The worker's report of a knee giving way (instability_reported): ODG Knee & Leg, ACL
// reconstruction, asks subjective instability ("giving way") beside the objective Lachman or pivot
// shift; "pain alone is not an indication". Read: the giving-way words in their forms, of the
// requested knee and side, as the worker tells them. Not read as a report: the examination's
// instability, another joint's or the other knee's, a report denied. Written in the project's own
// words; one row follows a vignette's shape (batch 6, marked).

@Test(
    arguments: [
        // (summary, request)
        ("The right knee gives way on stairs about twice a week.", "Right knee arthroscopic ACL reconstruction"),
        ("He reports buckling of the right knee when he pivots.", "Right knee arthroscopic ACL reconstruction"),
        ("She does not trust the knee going downhill; it has slipped out twice since June.", "Left knee ACL reconstruction"),
        ("Subjective: R knee instability with cutting, one fall last month.", "Right knee arthroscopic ACL reconstruction"),
        // A vignette's shape (batch 6).
        (
            "A. The knee still gives way. He described four episodes since August, two on stairs.",
            "Right knee arthroscopic ACL reconstruction"
        ),
        ("Complains of the left knee giving out when stepping off a curb.", "Left knee ACL reconstruction with hamstring autograft"),
    ] as [(String, String)])
func instabilityReported(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "instability_reported") == "true", "\(summary)")
}

@Test(
    arguments: [
        // (summary, request, the value it must not take)
        (
            "The knee has not given way since the therapy ended; he has had no episode of buckling.",
            "Right knee arthroscopic ACL reconstruction"
        ),
        (
            "Exam: Lachman 2B with a soft endpoint, pivot shift positive, no varus or valgus instability.",
            "Right knee arthroscopic ACL reconstruction"
        ),
        ("Her left ankle gives way on uneven ground; the right knee aches after work.", "Right knee arthroscopic ACL reconstruction"),
        ("The left knee buckles on stairs.", "Right knee arthroscopic ACL reconstruction"),
        ("Denies instability or locking; the pain is at the front of the knee.", "Right knee arthroscopic ACL reconstruction"),
    ] as [(String, String)])
func instabilityNotReported(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "instability_reported") != "true", "\(summary)")
}
