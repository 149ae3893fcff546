import IMRVocabulary
import Testing

/// A fact set keeps one fact per name, found by its `FactName` or by its name as a string, whether
/// Swift names it or the cue data declares it.
@Test func factsAreFoundByNameWhateverKindOfName() {
    var set = FactSet()
    set.insert(Fact(name: .age, value: .number(50)))
    set.insert(Fact(name: "homebound", value: .bool(true)))
    set.insert(Fact(name: "drug", value: .term("baclofen")))
    #expect(set.count == 3)
    #expect(set[.age]?.value == .number(50))
    #expect(set["age"]?.value == .number(50))
    #expect(set["homebound"]?.value == .bool(true))
    #expect(set[.drug]?.value == .term("baclofen"))
    #expect(set.termValue(.drug) == "baclofen")
    #expect(set[.sex] == nil && set["sex"] == nil && set["spasm"] == nil)
    #expect(set.sorted.map(\.name) == ["age", "drug", "homebound"])
}

@Test func insertingANameAgainReplacesItsFact() {
    var set = FactSet([Fact(name: .age, value: .number(50)), Fact(name: "homebound", value: .bool(true))])
    set.insert(Fact(name: "age", value: .number(51)))
    set.insert(Fact(name: "homebound", value: .bool(false)))
    #expect(set.count == 2)
    #expect(set[.age]?.value == .number(51))
    #expect(set.boolValue("homebound") == false)
    var other = FactSet([Fact(name: .age, value: .number(52)), Fact(name: .sex, value: .term("female"))])
    other.merge(set)
    #expect(other.count == 3)
    #expect(other[.age]?.value == .number(51))
    #expect(other[.sex]?.value == .term("female"))
}

/// Two sets are equal when they document the same facts, in whatever order they were added.
@Test func equalityDoesNotDependOnOrder() {
    let facts = [
        Fact(name: .age, value: .number(50)), Fact(name: "homebound", value: .bool(true)),
        Fact(name: .diagnoses, value: .terms(["radiculopathy"])),
    ]
    let forward = FactSet(facts)
    let backward = FactSet(facts.reversed())
    #expect(forward == backward)
    #expect(forward.hashValue == backward.hashValue)
    #expect(forward != FactSet(Array(facts.dropLast())))
    #expect(forward != FactSet(facts.dropLast() + [Fact(name: .diagnoses, value: .terms(["sciatica"]))]))
}

/// A fact's ordinal is its name's position among `FactName`'s cases, whichever initializer made it.
@Test func aFactKnowsItsNamesOrdinal() {
    for (position, name) in FactName.allCases.enumerated() {
        #expect(name.ordinal == position)
        #expect(Fact(name: name.name, value: .bool(true)).ordinal == position)
    }
    var fact = Fact(name: "homebound", value: .bool(true))
    #expect(fact.ordinal == -1)
    fact.name = FactName.age.name
    #expect(fact.ordinal == FactName.age.ordinal)
}
