import IMRVocabulary
import Testing

@testable import IMRFacts

/// A table kept per case reads each case's value by its stored index, whatever the size of the
/// type's tag: `CueName` has more than 256 cases (two bytes), `TermGroupName` fewer (one).
@Test func aTableByOrdinalReadsEveryCaseByIndex() {
    func check<Name: DataName>(_: Name.Type) {
        let values = Dictionary(uniqueKeysWithValues: Name.allCases.enumerated().map { ($0.element.name, $0.offset) })
        let table = ByOrdinal<Name, Int>(values, empty: -1)
        #expect(table.readsByIndex, "\(Name.self)")
        for (position, name) in Name.allCases.enumerated() { #expect(table[name] == position, "\(name)") }
        let partial = ByOrdinal<Name, Int>([:], empty: -1)
        #expect(Name.allCases.allSatisfy { partial[$0] == -1 })
    }
    check(CueName.self)
    check(TermGroupName.self)
}
