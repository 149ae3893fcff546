import Testing

// A programme told stopped, not done or denied is no exercise now, against a programme only named
// (`exercising_now`; CPMTG p. 60, massage "an adjunct to other recommended treatment (e.g.
// exercise)"; ODG, home cervical traction "in conjunction with a home exercise program"): a
// document's title that names a log of the programme, a programme prescribed ("discharged to a
// home program", "HOME PROGRAM: chin tucks ...") name it, they do not tell it done. The latest word
// on the programme wins: told stopped or not done after it was named, not now; named again after a
// denial of an earlier time ("no home program before PT"), as named. Told kept up or done as a
// habit anywhere still wins.

private let massage = "Massage therapy 6 visits cervical spine"

@Test(
    arguments: [
        // (summary, fact value: a value, "!value" for any other)
        (
            "HOME EXERCISE LOG (therapist's printout). Discharged to a home program after 12 PT visits. She has stopped the home exercises and does not plan to restart them.",
            "false"
        ),
        (
            "Home program: chin tucks, scapular retraction, nerve glides. Since discharge he has not done the home exercises at all.",
            "false"
        ),
        ("Discharged from PT to a HEP in May. She stopped doing the HEP in June when the pain flared.", "false"),
        ("HEP handout given 04/2016 and reviewed at each visit. She is not doing the home exercise program (no time, she says).", "false"),
        // Must not: a habit or a programme kept up wins; a denial of an earlier time, then the programme named.
        ("Discharged to a home program in May. She does the home exercises every evening.", "true"),
        ("HOME PROGRAM SHEET. She stopped the stretches for two weeks in June, but continues the home program now.", "true"),
        ("He had no home exercise program before his PT course. He was discharged to a home program in May.", "true"),
    ] as [(String, String)])
func aProgrammeToldStoppedBeatsOneOnlyNamed(_ summary: String, _ expected: String) {
    expectRequestFact(summary, massage, "exercising_now", expected)
}
