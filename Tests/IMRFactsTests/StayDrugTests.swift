import Testing

// A hospital stay's drugs belong to the stay (MedicationFacts.isStayDrug): a drug given "in hospital",
// "during the admission", in the "hospital course", or held there and not resumed, is no current drug
// once the summary tells the worker discharged; the discharge list and what is taken since are the
// current ones. Read as written: a drug the worker was discharged on, a drug restarted at discharge,
// a note written during the stay (no discharge told). Written before the mechanism: on 432a631 the
// five must-read rows fail; the three must-not rows pass.

private let ppi = "Omeprazole 20 mg #30"

@Test(
    arguments: [
        // (summary, fact value: a value, "!value" for any other)
        (
            "Seen 03/10/2017 after discharge. During the admission she received IV ketorolac and then naproxen 500 mg twice daily for the rib fractures. Discharge medications: acetaminophen 1 g three times a day and docusate.",
            "false"
        ),
        (
            "Post-hospital follow-up 05/02/2018. Ibuprofen 600 mg was held from the second hospital day for dyspepsia and not resumed. He was discharged home on tramadol 50 mg as needed.",
            "false"
        ),
        (
            "Clinic visit two weeks after discharge. While hospitalized he was on meloxicam 15 mg daily. Since discharge he takes only acetaminophen.",
            "false"
        ),
        (
            "Follow-up 11/14/2016. Hospital course: pain controlled with scheduled acetaminophen, naproxen and oxycodone as needed. Discharge medications: acetaminophen 650 mg every 6 hours and lisinopril.",
            "false"
        ),
        (
            "Follow-up 09/12/2019. While admitted she received diclofenac 50 mg three times a day, which was held after day 2 for a rising creatinine and never resumed. She went home on acetaminophen only.",
            "false"
        ),
        // Must not: a drug the worker went home on, restarted at discharge, or given during a stay
        // the note is written in.
        (
            "Seen after discharge. Naproxen was paused in hospital for a procedure; he was discharged on naproxen 500 mg twice a day, which he still takes.",
            "!false"
        ),
        (
            "Inpatient consult, hospital day 3. Pain is controlled with ibuprofen 600 mg every 8 hours and oxycodone as needed.",
            "true"
        ),
        (
            "Discharge medications: naproxen 500 mg twice daily and acetaminophen as needed. In hospital he had also received ketorolac.",
            "true"
        ),
    ] as [(String, String)])
func aStaysDrugIsNoCurrentOne(_ summary: String, _ expected: String) {
    expectRequestFact(summary, ppi, "concurrent_nsaid", expected)
}
