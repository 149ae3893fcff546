import IMRFacts
import Testing

// Which time a drug list tells. A plan told after a list, of what the list named ("Medications:
// cyclobenzaprine, famotidine, ketoprofen and LidoPro ointment; the plan was to continue them"),
// leaves every drug of the list taken; a plan told before a drug, or in its clause, plans it
// ("Treatment plan included gabapentin; Lidoderm"). Rows in this engineer's own words (the first
// follows last session's notes).
@Test(
    arguments: [
        // (summary, term of `medications`; "!" none)
        ("Medications: cyclobenzaprine, famotidine, ketoprofen and LidoPro ointment; the plan was to continue them.", "ketoprofen"),
        ("Medications: cyclobenzaprine, famotidine, ketoprofen and LidoPro ointment; the plan was to continue them.", "cyclobenzaprine"),
        ("He takes Norco 10/325 twice a day; the plan is to add gabapentin.", "hydrocodone_apap"),
        ("He takes Norco 10/325 twice a day; the plan is to add gabapentin.", "!gabapentin"),
        ("Treatment plan included gabapentin 300 mg; Lidoderm patches.", "!gabapentin"),
    ] as [(String, String)])
func aDrugListsTimeIsItsOwn(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Naloxone 4 mg nasal spray #1", "medications", term, anyTerm: true)
}

// The physical status of the American Society of Anesthesiologists ("ASA physical status: II",
// `term_other_senses`) grades an anesthetic risk: it names no aspirin. Aspirin written "ASA" with
// its dose still is. Rows in this engineer's own words (the first follows batch 27's shape).
@Test(
    arguments: [
        // (summary, term of `medications`; "!" none)
        ("Airway: Mallampati II. ASA physical status: II (controlled hypothyroidism).", "!aspirin"),
        ("ASA class 2; BMI 31.", "!aspirin"),
        ("Pre-anesthesia: ASA III, Mallampati I.", "!aspirin"),
        // ...and aspirin.
        ("ASA 81 mg daily for his heart.", "aspirin"),
        ("He takes baby aspirin daily and Norco for pain.", "aspirin"),
    ] as [(String, String)])
func anAnestheticRiskGradeIsNoAspirin(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Naloxone 4 mg nasal spray #1", "medications", term, anyTerm: true)
}
