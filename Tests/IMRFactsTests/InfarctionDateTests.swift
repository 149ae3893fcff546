import Testing

// An infarction told by its date is recent when the date falls within its recovery phase (eight
// weeks before the request: the infarct's healing, a distance still told in weeks), the date at
// most four words after the name in its part of the sentence. Not recent: the same event dated
// months or years back, one undated or dated by its year only, one dated after the request, a
// relative's, a date that belongs to another part of the sentence.
@Test(
    arguments: [
        // (summary, recent_myocardial_infarction), judged at 06/06/2016
        ("Cardiology reply: she had a non-ST-elevation myocardial infarction on 05/02/2016 (one stent).", "true"),
        ("PMH: heart attack 05/2016, drug-eluting stent, on clopidogrel.", "true"),
        ("He was admitted with an NSTEMI 05/20/16 and discharged on metoprolol.", "true"),
        // ...and not.
        ("She had a non-ST-elevation myocardial infarction in 02/2014 (one stent).", "!true"),
        ("PMH: heart attack 11/2015, stent, stable since.", "!true"),
        ("History of myocardial infarction in 2016; cardiology follows her.", "!true"),
        ("History of myocardial infarction; echo 05/2016 showed an EF of 55%.", "!true"),
        ("Myocardial infarction, echo normal, stress test 05/20/2016 negative.", "!true"),
        ("Her brother had a heart attack on 05/15/2016.", "!true"),
        ("Cardiology clearance 05/25/2016: no myocardial infarction.", "!true"),
    ] as [(String, String)])
func anInfarctionDatedWithinItsRecoveryIsRecent(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Nortriptyline 10 mg #30", "recent_myocardial_infarction", expected, decision: "06/06/2016")
}
