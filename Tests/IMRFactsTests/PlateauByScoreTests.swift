import Testing

// A plateau told by a function score unchanged over the last visits (therapy_plateau; CPMTG 2009
// pp. 125-126, work conditioning: "a trial of physical therapy with improvement followed by
// plateau"): "QuickDASH 61 -> 34, the same at the last three visits: plateau", "the LEFS went from 38
// to 55, unchanged over the last four sessions". Must not: pain unchanged (a plateau of pain is
// none), a score still changing, "the same" of something else. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented)
        (
            "Course: 18 PT visits (02-09/2016). Range of motion now full; strength of elevation 4+/5. QuickDASH 61 -> 34, the same at the last three visits: plateau.",
            "Work conditioning 10 visits", "therapy_plateau", "true"
        ),
        (
            "After 12 PT visits the LEFS went from 38 to 55, unchanged over the last four sessions.", "Work conditioning 10 visits",
            "therapy_plateau", "true"
        ),
        ("PT x 12: Oswestry 48% -> 30%, the same at the last 2 visits.", "Work conditioning 10 visits", "therapy_plateau", "true"),
        // Must not: pain, a score still changing, another "the same".
        ("After 12 PT visits: pain 6/10, the same at the last three visits.", "Work conditioning 10 visits", "therapy_plateau", "nil"),
        (
            "After 12 PT visits the QuickDASH went from 61 to 34 and is still falling at the last visits.", "Work conditioning 10 visits",
            "therapy_plateau", "nil"
        ),
        ("QuickDASH 61 -> 34; the same form will be used at the last visit.", "Work conditioning 10 visits", "therapy_plateau", "nil"),
    ] as [(String, String, String, String)])
func plateauByScore(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
