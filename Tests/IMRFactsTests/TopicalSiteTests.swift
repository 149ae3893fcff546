import IMRFacts
import Testing

// A topical request naming no joint serves the joint the summary applies the same drug to, or
// prescribes it for: the regions named in the drug's own part of its clause, in the regimen now.
// Not another drug's part, not a diagnosis list that does not name the drug, not an earlier entry
// of the drug for another part, not the drug denied or stopped.
@Test(
    arguments: [
        // (summary, request, body_regions)
        // Directions, in the plan (PR-2 shorthand).
        (
            "A: left hip osteoarthritis. P: diclofenac sodium 1% gel, 4 g to the left hip four times daily, a 4-week trial.",
            "Diclofenac sodium 1% gel 100 g #3", "hip"
        ),
        // Dictated.
        ("She'll apply the Voltaren gel to both knees at bedtime, as she has been doing.", "Voltaren gel 1% 100 g", "knee"),
        // Terse.
        ("Meds: Voltaren 1% gel 2 g QID R elbow; tramadol 50 mg BID.", "Voltaren gel 1% #1", "elbow"),
        // Its indication.
        ("Voltaren gel was prescribed for her left knee osteoarthritis in June.", "Voltaren gel 1% 100 g", "knee"),
        // Adviser's narrative.
        (
            "The treating physician has the injured worker applying the Voltaren gel over the right shoulder twice a day.",
            "Diclofenac 1% gel #2", "shoulder"
        ),
        // ...and no region read: another drug's part of the clause.
        ("Lidoderm 5% patch to the low back and diclofenac gel four times daily.", "Diclofenac 1% gel #2", "nil"),
        // ...the diagnosis list alone, which does not name the drug.
        ("Diagnoses: left hip osteoarthritis; right knee strain. Meds: Voltaren gel QID.", "Voltaren gel 1% 100 g", "nil"),
        // ...an earlier entry of the drug for another part.
        (
            "She used Voltaren gel on the right knee in 2014. Now left ankle pain. Plan: Voltaren gel QID.", "Voltaren gel 1% 100 g",
            "nil"
        ),
        // ...the drug denied, or stopped.
        ("She has never used diclofenac gel on the knee; left hip osteoarthritis.", "Diclofenac 1% gel #2", "nil"),
        ("Voltaren gel to the right knee was stopped in May for a rash.", "Voltaren gel 1% 100 g", "nil"),
        // ...another drug named for the joint, the requested one without it.
        ("Capsaicin cream to the left knee helps. Plan: add diclofenac gel.", "Diclofenac 1% gel #2", "nil"),
        // ...a procedure's region in the same list.
        (
            "The treatment plan consisted of an MRI of the right hand, diclofenac, cyclobenzaprine, and lidocaine ointment.",
            "Lidocaine ointment 5% 106 g", "nil"
        ),
        ("Lidocaine ointment and a right wrist splint were prescribed.", "Lidocaine ointment 5% 106 g", "nil"),
        // ...an oral drug: no site read.
        ("Naproxen 500 mg BID for the left knee pain.", "Naproxen 500 mg #60", "nil"),
    ] as [(String, String, String)])
func aTopicalServesTheJointTheSummaryAppliesItTo(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "body_regions", expected, decision: "09/12/2016")
}
