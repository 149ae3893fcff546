import IMRFacts
import Testing

/// A drug taken before is not taken now because another drug of its sentence is: a `continuing`
/// word ("takes", "currently", "continues") says a drug is taken still only in that drug's own part
/// of the clause, or in a part about it ("it", its class), not in a part about another drug.
@Suite struct MedicationTenseTests {
    @Test(
        arguments: [
            // (summary, already_using of the requested Norco)
            ("She took Norco in the past but now takes tramadol.", "false"),
            ("She previously took Norco, and currently takes tramadol.", "false"),
            ("Previously on Norco; currently on tramadol.", "false"),
            ("Norco was used in the past; she continues tramadol.", "false"),
            ("He used to take Norco but is currently taking Percocet.", "false"),
            ("She formerly took Norco and now takes ibuprofen 800 mg TID.", "false"),
            // ... the drug said to be taken still, in its own part or by a word standing for it.
            ("She was previously prescribed Norco and continues to take it daily.", "true"),
            ("She used to take Norco but now takes it only at night.", "true"),
            ("She is currently taking Norco, previously prescribed by Dr. Smith.", "true"),
            ("He has been taking Norco since 2014, having previously used tramadol.", "true"),
            ("She takes tramadol and Norco; she previously took Percocet.", "true"),
        ] as [(String, String?)])
    func aPastDrugIsNotCurrentForAnotherDrugsPresent(_ summary: String, _ expected: String?) {
        #expect(value(requestFacts("Norco 10/325mg #90", summary: summary), "already_using") == expected)
    }

    @Test(
        arguments: [
            // (summary, current medications)
            ("She took Norco in the past but now takes tramadol.", "tramadol"),
            ("He has been taking Norco since 2014, having previously used tramadol.", "hydrocodone_apap"),
            ("She previously took gabapentin and Norco and currently takes tramadol.", "tramadol"),
        ] as [(String, String?)])
    func theCurrentMedicationsAreThoseTakenNow(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "medications") == expected)
    }
}
