import Testing

// A hedge on adherence is no exercise now (`exercising_now`; CPMTG 2009 p. 60, massage "an adjunct
// to other recommended treatment (e.g. exercise)"; ACOEM's home exercise kept up): a programme the
// worker does "maybe twice since", "once in a while at best", "rarely", "sporadically" is not one
// kept up. Read as written: a frequency that is a habit ("once or twice a day", "a few times a
// week"), and a scant word about missing it ("rarely misses her home exercises"). Written in this
// engineer's words before the mechanism: on the start build (913007d1) four of the five must-read
// rows fail (not the HEP done "sporadically since discharge from therapy").

@Test(
    arguments: [
        // (summary, expected: a value, "!value" for any other)
        (
            "She was taught a home stretching program for the neck in June. When asked, she concedes she has done the stretches perhaps twice since then. Rotation 50 degrees each way.",
            "false"
        ),
        (
            "He was given a home exercise program in August and admits he does the exercises once in a while at best. Lumbar flexion 40 degrees.",
            "false"
        ),
        ("She rarely does her home stretches; the sheet is on the refrigerator. Flexion 45 degrees.", "false"),
        ("He has done the HEP sporadically since discharge from therapy. Trunk flexion is limited.", "false"),
        ("Home exercises: only a couple of times since the last visit, because of his work hours. Extension 10 degrees.", "false"),
        ("She does her home stretches once or twice a day and walks the dog. Flexion 60 degrees.", "true"),
        ("He does the home exercises a few times a week and swims on weekends. Flexion 70 degrees.", "true"),
        ("She rarely misses her home exercises and walks two miles a day. Flexion 60 degrees.", "true"),
    ] as [(String, String)])
func aHedgeOnAdherenceIsNoExerciseNow(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Massage therapy x6 lumbar spine", "exercising_now", expected)
}
