import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Function as a measure over time, and activities regained (functional_improvement): an activity
// measured at two times and not better is no improvement ("her walking tolerance fell from 6 blocks
// to 2", MeasureChanges rates it worse); an activity told with a relative clause of its former loss
// ("..., which he could not manage last year") is regained. Written before the reading, committed
// failing; the first row follows batch 4's wording (VG-0108), one must-not row is last session's
// cross row. The must-not rows: a tolerance that fell or shrank, another person's activity.

@Test(
    arguments: [
        // (summary, request)
        (
            "Through the interpreter he says that on MS Contin he used to sleep in a recliner and now sleeps in his own bed five to six hours; since June he has been minding his two grandchildren after school, which he could not manage last year.",
            "MS Contin 15mg #60"
        ),
        ("Since starting Norco his walking tolerance rose from 2 blocks to 8 blocks.", "Norco 10/325mg #90"),
        ("With the tramadol she now cooks dinner for her family, something she had not done since the injury.", "Tramadol 50mg #60"),
        ("On gabapentin he mows his own lawn, which he could not do last summer.", "Gabapentin 300mg #90"),
        ("Since the Lyrica was added the applicant dresses and bathes without his wife's help.", "Lyrica 75mg #60"),
        ("On Nucynta her sitting tolerance went from 15 minutes to 60 minutes.", "Nucynta 50mg #60"),
    ] as [(String, String)])
func activityRegainedOrMeasuredBetter(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "functional_improvement") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        ("Since the tramadol was started her walking tolerance fell from 6 blocks to 2 blocks.", "Tramadol ER 100mg #30"),
        ("On Norco his sitting tolerance went from 30 minutes to 15 minutes.", "Norco 10/325mg #90"),
        ("On Norco he used to walk a mile and now walks one block.", "Norco 10/325mg #90"),
        ("His wife now does the shopping, which he could not manage last year.", "Norco 10/325mg #90"),
    ] as [(String, String)])
func activityMeasuredWorseIsNoImprovement(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "functional_improvement") != "true")
}
