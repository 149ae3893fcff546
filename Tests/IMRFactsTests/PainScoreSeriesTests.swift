import IMRFacts
import Testing

// A pain sentence with three or more scores (PainChange): the scores the `with` and `without` words
// govern are compared ("9/10 without medication, 7/10 on average, 4/10 with Norco": 9 -> 4), not the
// first two written. Scores told at worst, at best, on average or today are neither; scores with no
// `without` word, or whose `with` and `without` words govern one score ("8/10 with or without
// Norco"), give no relief. (The rows name the drug: relief told of "meds" in general is
// DrugResponseFacts' scope, unread for two scores as for three.)

@Test(
    arguments: [
        // (summary, request, pain_relief_percent)
        ("Pain 9/10 without medication, 7/10 on average, 4/10 with Norco.", "Norco 10/325mg #90", "55.6"),
        ("She rates her pain 6/10 today, 9/10 without Norco and 3/10 with it.", "Norco 10/325mg #90", "66.7"),
        ("Worst pain 10/10, 8/10 without Norco, 4/10 with Norco.", "Norco 10/325mg #90", "50"),
        ("Average pain 6/10, 9/10 without tramadol and 5/10 with tramadol.", "Tramadol 50mg #60", "44.4"),
        ("Without Norco her pain is 9/10, with Norco 4/10, and at best 2/10.", "Norco 10/325mg #90", "55.6"),
        ("Current pain 5/10, 8/10 without the Norco and 2/10 with it.", "Norco 10/325mg #90", "75"),
        ("Pain levels: 3/10 at rest, 9/10 without Percocet, 5/10 with Percocet.", "Percocet 10/325mg #120", "44.4"),
        ("PR-2: pain 7/10 today, 10/10 w/o Norco, 4/10 w/ Norco, 2/10 at its best.", "Norco 10/325mg #90", "60"),
        ("Norco: without it pain 9/10, with it 5/10, average 7/10.", "Norco 10/325mg #90", "44.4"),
        ("Pain 6/10 at the visit; w/o tramadol 8/10, w/ tramadol 4/10.", "Tramadol 50mg #60", "50"),
        ("Without gabapentin the burning is 8/10 and with gabapentin 4/10; it was 6/10 this morning.", "Gabapentin 600mg #90", "50"),
        ("Pain with Norco 3/10, without Norco 7/10, at worst 9/10.", "Norco 10/325mg #90", "57.1"),
        // Neither is told, or one score is governed by both words, or none fell: no relief.
        ("Pain 8/10 with or without Norco, 6/10 at rest, 5/10 lying down.", "Norco 10/325mg #90", nil),
        ("Pain 6/10 with Norco, 6/10 without it, 9/10 at worst.", "Norco 10/325mg #90", nil),
        ("Pain is 7/10 with walking, 5/10 with sitting, 3/10 without activity.", "Norco 10/325mg #90", nil),
        ("Pain 8/10 without PT, 4/10 with PT, 6/10 on average.", "Norco 10/325mg #90", nil),
        ("Pain is 8/10 at worst, 6/10 usually, 3/10 at best.", "Norco 10/325mg #90", nil),
        ("Pain 7/10 with activity, 4/10 at rest, 8/10 with lifting.", "Norco 10/325mg #90", nil),
    ] as [(String, String, String?)])
func theScoresWithAndWithoutAreCompared(_ summary: String, _ request: String, _ relief: String?) {
    #expect(value(requestFacts(request, summary: summary), "pain_relief_percent") == relief, "\(summary)")
}
