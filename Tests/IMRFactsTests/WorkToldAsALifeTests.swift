import Testing

// Work told as a life (returned_to_work, work_status; CPMTG 2009 p. 80: continue opioids "if the patient
// has returned to work"; 8 CCR 9792.20(f): "a reduction in work restrictions"): a job held now, told by
// its verb and what fills it (a title after "as", the hours of a day or a week, a schedule, the
// restrictions it is under: "since April 2016 she has worked 24 hours a week as a school crossing
// guard, under restrictions ..."), a way back to a schedule ("went back to a full 40-hour week"), and
// work whose schedule is told with it ("currently working part time"). Must-not: a past job, a plan, a
// goal or a hope, another person's job, hours that are no work's ("sleeps 8 hours a night"), a verb
// with nothing of a job after it. Rows in several voices (PR-2, QME, nurse case manager, terse note).
// Committed failing: on the start binary of this session (c6916b0) 0 of 11 must-read and 10 of 10
// must-not rows read as written.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Since April 2016 she has worked 24 hours a week as a school crossing guard, under restrictions of no lifting over 15 pounds. She takes tramadol ER once a day. Pain is 4/10.",
            "Tramadol ER 100 mg #30", "returned_to_work", "true"
        ),
        (
            "Since April 2016 she has worked 24 hours a week as a school crossing guard, under restrictions of no lifting over 15 pounds. She takes tramadol ER once a day. Pain is 4/10.",
            "Tramadol ER 100 mg #30", "work_status", "modified_duty"
        ),
        (
            "He started meloxicam in June. Two months later he went back to a full 40-hour week. His stomach is fine and the knee pain is 3/10.",
            "Meloxicam 15 mg #30", "work_status", "full_duty"
        ),
        (
            "Work: puts in 8-hr days at the mill, restricted to no overhead reaching. Naproxen BID keeps the shoulder at 3/10.",
            "Naproxen 550 mg #60", "work_status", "modified_duty"
        ),
        (
            "The applicant is currently employed part time as a cashier, four-hour shifts, and states that gabapentin has helped the burning in her feet.",
            "Gabapentin 300 mg #90", "work_status", "modified_duty"
        ),
        (
            "Per the nurse case manager she has been working as a medical assistant since 10/2016 without restrictions.",
            "Acupuncture 6 additional sessions", "work_status", "full_duty"
        ),
        ("He is currently working part time at his brother's bakery.", "Tramadol 50 mg #60", "work_status", "modified_duty"),
        (
            "He reports that since the third week of the program he is back to full days.",
            "Functional restoration program 10 additional days", "work_status", "full_duty"
        ),
        (
            "Employed as a bus mechanic, regular hours, since 08/2016. Norco 10/325 one twice a day.", "Norco 10/325 #60",
            "returned_to_work", "true"
        ),
        (
            "For the past three months she has been working six-hour shifts at the distribution center.",
            "Physical therapy lumbar spine x6", "work_status", "modified_duty"
        ),
        (
            "For the past three months she has been working six-hour shifts at the distribution center.",
            "Physical therapy lumbar spine x6", "returned_to_work", "true"
        ),
    ] as [(String, String, String, String)])
func workAsALifeRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "He worked as a dispatcher until the injury in 2014 and has not worked since. Norco twice a day. Pain 6/10.",
            "Norco 10/325 #60", "returned_to_work", "!true"
        ),
        (
            "He has agreed to a return to full duty at the end of the program. He has been off work since 2015.",
            "Functional restoration program 80 hours", "returned_to_work", "!true"
        ),
        (
            "She hopes to work as a cashier again in the spring. She takes tramadol twice a day.", "Tramadol 50 mg #60", "returned_to_work",
            "!true"
        ),
        (
            "His wife works 40 hours a week as a dispatcher and drives him to his visits. He takes tramadol twice a day.",
            "Tramadol 50 mg #60",
            "returned_to_work", "!true"
        ),
        (
            "In 2015 he worked full time as a mechanic; he has been off work since March 2016. Naproxen twice a day.",
            "Naproxen 550 mg #60",
            "returned_to_work", "!true"
        ),
        ("She is looking for work as a receptionist. She takes naproxen twice a day.", "Naproxen 550 mg #60", "returned_to_work", "!true"),
        (
            "He works on his posture exercises every day and walks 30 minutes.", "Physical therapy lumbar spine x6", "returned_to_work",
            "!true"
        ),
        (
            "She sleeps 8 hours a night on gabapentin and walks 40 minutes a day.", "Gabapentin 300 mg #90", "returned_to_work",
            "!true"
        ),
        (
            "He was working 10-hour shifts as a framer at the time of the injury. He remains on temporary total disability.",
            "Physical therapy lumbar spine x6", "returned_to_work", "!true"
        ),
        (
            "She would work as a crossing guard if the district could accommodate her restrictions.", "Tramadol 50 mg #60",
            "returned_to_work", "!true"
        ),
    ] as [(String, String, String, String)])
func workAsALifeNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
