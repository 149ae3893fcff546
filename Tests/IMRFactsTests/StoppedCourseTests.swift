import Testing

// A drug or a programme stopped, or a drug named only as the time of a measure ("Oswestry 58% (01/2016, on
// hydrocodone)"), is not current: no second opioid, no home exercise programme now ("a home exercise
// sheet ... but stopped doing it", "HEP: quit after two weeks"), or one given and told not done
// ("handed a page of stretches ... never started them"). Read as written: a drug taken beside
// a past list or an earlier score, home exercises kept up after therapy stopped. Written before the
// mechanism: on the start build (61ce66a) 3 of the 4 must-read rows fail; the 4 must-not rows pass. The
// three rows of a programme given and not done: on 432a631 both must-read rows fail, the must-not passes.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Visit 11/14/2016. Current medications: oxycodone 10 mg three times a day, naproxen 500 mg twice a day. Oswestry 58% (01/2016, on hydrocodone) and 36% today.",
            "Oxycodone 10 mg #90", "duplicate_opioid", "!true"
        ),
        (
            "He was given a home exercise sheet in 08/2016 but stopped doing it in September; he does no exercise now.",
            "Massage therapy 6 visits low back", "home_exercise_program", "!true"
        ),
        (
            "Medication history: tramadol 50 mg (dizziness, d/c'd 03/2015), cyclobenzaprine (stopped). Current: ibuprofen 600 mg as needed.",
            "Tramadol ER 100 mg #30", "already_using", "!true"
        ),
        (
            "Neck strain at work 06/2016, 8 PT visits. HEP: quit after two weeks, says the chin tucks aggravated the headaches.",
            "Massage therapy 6 visits neck", "home_exercise_program", "!true"
        ),
        (
            "Takes Norco 10/325 four times a day and Percocet 5/325 at night for breakthrough pain. Tramadol (2014, nausea) was stopped.",
            "Hydrocodone/APAP 10/325 #120", "duplicate_opioid", "true"
        ),
        (
            "She stopped physical therapy in September but still does her home exercises every morning.",
            "Massage therapy 6 visits low back", "home_exercise_program", "true"
        ),
        (
            "He quit smoking in the spring and keeps up his home exercise program every day.",
            "Aquatic therapy 8 visits", "home_exercise_program", "true"
        ),
        // A programme given and told not done, in its sentence or the next; not another programme
        // told not done beside one kept up.
        (
            "At the spine clinic in June she was handed a page of stretches to do at home. Asked today, she says she never started them.",
            "Massage therapy 6 visits low back", "home_exercise_program", "false"
        ),
        (
            "He was shown a home exercise routine for the shoulder, which he admits he has not been doing.",
            "Massage therapy 6 visits shoulder", "home_exercise_program", "false"
        ),
        (
            "She keeps up her home exercise program every evening but has not done any physical therapy this year.",
            "Massage therapy 6 visits low back", "home_exercise_program", "true"
        ),
        (
            "Visit 11/14/2016. Oxycodone 10 mg three times a day and hydrocodone/APAP 5/325 on bad days, both current. Pain 8/10 in 01/2016 and 5/10 now.",
            "Oxycodone 10 mg #90", "duplicate_opioid", "true"
        ),
    ] as [(String, String, String, String)])
func stoppedCourseIsNotCurrent(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
