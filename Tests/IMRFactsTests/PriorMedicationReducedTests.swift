import Testing

// The medication a repeat injection's predecessor reduced (`prior_medication_reduced`; CPMTG 2009
// p. 46: a repeat epidural on at least 50% relief "with associated reduction of medication use"): a
// drug stopped or lowered, told with the last injection's relief or after it (``MedicationReductions``).
// Must not: medication unchanged, a reduction only planned, a drug stopped for its own harm, a drug
// stopped with no injection's relief told. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "The L5-S1 epidural on 06/01/2016 gave 70% relief for ten weeks, and she stopped her tramadol.",
            "Repeat lumbar epidural steroid injection L5-S1", "prior_medication_reduced", "true"
        ),
        (
            "The first epidural in May brought the leg pain from 8/10 to 3/10. Since then he has cut his Norco from four a day to one.",
            "Repeat lumbar epidural steroid injection L5-S1", "prior_medication_reduced", "true"
        ),
        (
            "Her lumbar epidural in April helped about 60% for two months; she is down from three hydrocodone a day to one.",
            "Repeat lumbar epidural steroid injection L4-5", "prior_medication_reduced", "true"
        ),
        // Must not: unchanged, planned, stopped for harm, no relief told.
        (
            "The lumbar ESI in May gave 60% relief for 8 weeks; his medication use is unchanged.",
            "Repeat lumbar epidural steroid injection L5-S1", "prior_medication_reduced", "!true"
        ),
        (
            "The lumbar ESI in May gave 60% relief for 8 weeks. She plans to stop the Norco next month.",
            "Repeat lumbar epidural steroid injection L5-S1", "prior_medication_reduced", "!true"
        ),
        (
            "She stopped the tramadol in March because it made her dizzy.", "Lumbar epidural steroid injection L5-S1",
            "prior_medication_reduced", "!true"
        ),
    ] as [(String, String, String, String)])
func priorMedicationReduced(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
