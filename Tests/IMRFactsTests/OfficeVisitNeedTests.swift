import Testing

// What an office visit is for (`visit_need`; MTUS CPMTG 2016 and ODG Pain, Office visits: the need
// "is individualized based upon a review of the patient concerns, signs and symptoms, clinical
// stability, and reasonable physician judgment", and medications that need monitoring): a
// medication to titrate or monitor, a result pending, a procedure's follow-up, a symptom new or
// worse, a question the worker brings; false where the visit is told routine with nothing new or
// pending. Must not: a symptom or concern denied ("no new symptoms", "not worsening") says nothing,
// since the symptoms a worker still has are needs too; a history of care, an unchanged symptom, a
// function told. Written in this project's own words.

@Test(
    arguments: [
        // (summary, expected: a value, "nil" for not documented)
        ("Reason for the visit: medication titration and monitoring.", "true"),
        ("Urine drug test collected today, result pending.", "true"),
        ("She returns for a post-injection follow-up of the right knee.", "true"),
        ("Follow-up after the carpal tunnel release for a wound check.", "true"),
        ("He reports new symptoms since the last visit: numbness of the left hand.", "true"),
        ("The neck pain has been worsening since March.", "true"),
        ("She asks about the results of the MRI.", "true"),
        ("Routine follow-up for medication management.", "true"),
        ("Reason for follow-up: routine check, as he has been seen every 3 months.", "false"),
        ("No test ordered; none pending.", "false"),
        ("Nothing new today.", "false"),
        ("Routine check; no test pending.", "false"),
        // Must not: a denied symptom or concern, a history, a function.
        ("New since the last visit: nothing; no new symptoms or questions.", "nil"),
        ("He walks 3 miles a day and works full duty.", "nil"),
        ("Treatment has included physical therapy.", "nil"),
        ("Symptoms are unchanged.", "nil"),
        ("The neck pain is not worsening; he denies new symptoms.", "nil"),
        ("No new complaints today.", "nil"),
    ] as [(String, String)])
func officeVisitNeed(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Follow-up office visit x1", "visit_need", expected)
}

// A visit named after the injection or procedure it follows is the visit, not the injection; an
// injection named with "post-procedure" after it is still the injection.
@Test(
    arguments: [
        // (request, expected procedure)
        ("Post-injection follow-up visit", "office_visit"),
        ("Post injection follow up visit x1", "office_visit"),
        ("Post-block follow-up with Dr. Lee", "office_visit"),
        // Must not: the injection itself.
        ("Epidural steroid injection L4-5", "epidural_steroid_injection"),
        ("Repeat injection post-procedure", "!office_visit"),
    ] as [(String, String)])
func aVisitNamedAfterItsInjection(_ request: String, _ expected: String) {
    expectRequestFact("Chronic neck pain.", request, "procedure", expected)
}
