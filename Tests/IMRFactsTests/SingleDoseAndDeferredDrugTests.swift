import Testing

// A drug given once in an emergency department or urgent care, and a drug a discharge instruction
// leaves to another doctor, are no current drug (concurrent_nsaid; CPMTG p. 22 and pp. 67-73: an
// NSAID taken beside another drug of the regimen). "Given a single dose of ketorolac", "received
// one dose of Toradol", "given ibuprofen 800 mg x1" tell a dose had; "advice to use ibuprofen per
// occupational medicine" leaves the choice to another doctor. A drug a doctor prescribed, a discharge
// drug still taken and one dose a day of a daily drug are current.

@Test(
    arguments: [
        // (summary, expected: a value, "nil" for not documented, "!value" for any other)
        // Must-not: a dose had once, a choice left to another doctor.
        (
            "She strained her low back lifting a patient on 06/05/2022. In the emergency department that night she was given a single dose of ketorolac 30 mg IM and sent home with advice to use ibuprofen per occupational medicine. Since then she has taken acetaminophen only.",
            "!true"
        ),
        (
            "He strained his low back on 06/05/2022. He received one dose of Toradol in the ER and was told to follow up with occ med for medications. He takes acetaminophen only.",
            "!true"
        ),
        (
            "She strained her neck on 06/05/2022. At urgent care she was given ibuprofen 800 mg x1 and a heat wrap. She takes acetaminophen 500 mg as needed.",
            "!true"
        ),
        (
            "He hurt his back on 06/05/2022. ED discharge instructions: may use over-the-counter naproxen per your primary care doctor. He takes tramadol 50 mg at night.",
            "!true"
        ),
        // Must-read: a drug taken now.
        (
            "She strained her low back on 06/05/2022. She was discharged from the ED on naproxen 500 mg twice a day, which she still takes.",
            "true"
        ),
        ("She strained her low back on 06/05/2022. Ibuprofen 800 mg three times a day per her PCP.", "true"),
        ("She strained her low back on 06/05/2022. She takes one dose of meloxicam 15 mg each morning.", "true"),
        (
            "He strained his low back on 06/05/2022. In the ER he was given Toradol IM; the occ med doctor then started naproxen 500 mg twice a day, which he takes.",
            "true"
        ),
    ])
func aDoseHadOnceOrADrugLeftToAnotherDoctorIsNotTaken(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Cyclobenzaprine 5 mg #30", "concurrent_nsaid", expected)
}
