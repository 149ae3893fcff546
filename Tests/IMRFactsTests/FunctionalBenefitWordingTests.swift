import IMRFacts
import Testing

/// A drug's functional benefit told as what it lets the worker do ("Norco helps him perform his
/// ADLs") or as what the worker cannot do without it ("without Norco she cannot get out of bed"),
/// read for the requested drug only; another's help, a need, or a capacity lost without something
/// that is no drug says nothing of the drug.
@Suite struct FunctionalBenefitWordingTests {
    @Test(
        arguments: [
            // (summary, request, functional_improvement)
            ("Norco helps him sleep and perform ADLs.", "Norco 10/325mg #90", "true"),
            ("Norco helps her walk farther and do her shopping.", "Norco 10/325mg #90", "true"),
            ("He takes Norco. The medication helps him to keep working.", "Norco 10/325mg #90", "true"),
            ("Without Norco she cannot get out of bed.", "Norco 10/325mg #90", "true"),
            ("He takes Norco. He would be unable to work without his medications.", "Norco 10/325mg #90", "true"),
            ("She is not able to do her chores without tramadol.", "Tramadol 50mg #60", "true"),
            // Denied, or said of another drug.
            ("Norco does not help him perform ADLs.", "Norco 10/325mg #90", "false"),
            ("Without Soma he cannot sleep. Norco 10/325 is also taken.", "Norco 10/325mg #90", nil),
            // A need, another's help, and a capacity lost without something that is no drug.
            ("She needs help to perform ADLs.", "Norco 10/325mg #90", nil),
            ("Her husband helps her walk to the car.", "Norco 10/325mg #90", nil),
            ("She cannot walk without a cane.", "Norco 10/325mg #90", nil),
            ("Without assistance he cannot dress.", "Norco 10/325mg #90", nil),
        ] as [(String, String, String?)])
    func aDrugsBenefitToldAsWhatItLetsTheWorkerDo(_ summary: String, _ request: String, _ expected: String?) {
        #expect(value(requestFacts(request, summary: summary), "functional_improvement") == expected)
    }

    @Test(
        arguments: [
            // (summary, the case's functional_improvement): a capacity lost without a drug is the
            // current treatment's functional benefit, not the denial read inside it or beside it.
            ("She takes tramadol. She is not able to do her chores without tramadol.", "true"),
            ("She is unable to do household chores without tramadol.", "true"),
            ("Without her medications she is not able to perform ADLs.", "true"),
            ("Without Norco, he is not able to work.", "true"),
            ("He takes Norco. He would be unable to work without his medications.", "true"),
            // A capacity lost without something that is no drug, and a plain denial.
            ("She cannot walk without a cane.", nil),
            ("Without a walker she is not able to walk.", "false"),
            ("She has no functional improvement.", "false"),
        ] as [(String, String?)])
    func theCaseReadsACapacityLostWithoutADrug(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "functional_improvement") == expected)
    }
}
