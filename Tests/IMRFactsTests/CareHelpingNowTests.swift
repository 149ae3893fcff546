import Testing

// A current good result is no failure (`conservative_care_failed`): a course's brief relief ("an
// injection with 4 weeks of relief") beside care the summary tells helping in another sentence
// ("his pain is well controlled on naproxen; he is improving with his exercises") tells no care
// failed. Must read: the brief relief with no care working now (a trial's success, a partial
// help are not), care told failing.
// Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected)
        (
            "Seen 06/07/2016. Right shoulder strain 08/2015.\nCare to date: physical therapy 12 visits and a daily home program; subacromial injection 12/2015 with 4 weeks of relief.\nHis pain is well controlled on naproxen and he is improving with his exercises.",
            "!true"
        ),
        (
            "Seen 06/07/2016. Right shoulder strain 08/2015.\nCare to date: physical therapy 12 visits; subacromial injection 12/2015 with 2 weeks of relief.\nNaproxen keeps her pain at 2/10 and she is doing well with her home program.",
            "!true"
        ),
        // Must read.
        (
            "Seen 06/07/2016. Right shoulder strain 08/2015.\nCare to date: physical therapy 12 visits and a daily home program; subacromial injection 12/2015 with 4 weeks of relief.\nPain 7/10.",
            "true"
        ),
        (
            "Seen 06/07/2016. Right shoulder strain 08/2015.\nCare to date: subacromial injection 12/2015 with 4 weeks of relief; naproxen gives little relief.\nPain 7/10.",
            "true"
        ),
        (
            "Seen 12/20/2016. CRPS of the right hand.\nPain despite 24 hand therapy visits and a stellate ganglion block that helped for 3 days.\nA: successful one-month TENS trial; acetaminophen gives partial help.",
            "true"
        ),
    ] as [(String, String)])
func careHelpingNow(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Interferential unit, 30-day rental", "conservative_care_failed", expected)
}
