import IMRVocabulary
import Testing

/// Names Swift asks the data for are its cases in snake case.
@Test(arguments: [
    (CueName.negationBefore, "negation_before"), (CueName.past, "past"), (CueName.requestVisitUnits, "request_visit_units"),
])
func aCaseReadsAsItsSnakeCaseName(_ name: CueName, _ expected: String) {
    #expect(name.name == expected)
    #expect(CueName(name: expected) == name)
}

@Test func everyNameIsDistinctAndUnknownNamesAreNil() {
    #expect(Set(CueName.allCases.map(\.name)).count == CueName.allCases.count)
    #expect(TermGroupName.regionFamily.name == "region_family")
    #expect(CueName(name: "negationBefore") == nil)
}
