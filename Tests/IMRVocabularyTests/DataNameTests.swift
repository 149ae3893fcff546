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

/// Names are read by the case's stored index, and every case reads the name its dictionary holds.
@Test func namesAreReadByIndexAndMatchTheirCases() {
    func check<Name: DataName>(_: Name.Type) {
        #expect(Name.names.readsByIndex, "\(Name.self)")
        for name in Name.allCases {
            #expect(name.name == snakeCaseName(String(describing: name)), "\(name)")
            #expect(Name(name: name.name) == name)
        }
    }
    check(CueName.self)
    check(TermGroupName.self)
    check(Term.self)
    check(FactName.self)
    check(CueLabel.self)
    check(Vocabulary.self)
}

/// `camelCase` → `camel_case`, written apart from the library's own conversion.
private func snakeCaseName(_ swiftName: String) -> String {
    swiftName.reduce(into: "") { out, character in
        if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
    }
}
