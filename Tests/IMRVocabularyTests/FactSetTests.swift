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

/// A fact's ordinal is its name's position among `FactName`'s cases, whichever initializer made it;
/// a name the cue data declares has one after them, the same for every fact of that name.
@Test func aFactKnowsItsNamesOrdinal() {
    for (position, name) in FactName.allCases.enumerated() {
        #expect(name.ordinal == position)
        #expect(Fact(name: name.name, value: .bool(true)).ordinal == position)
    }
    var fact = Fact(name: "homebound", value: .bool(true))
    #expect(fact.ordinal >= FactName.count)
    #expect(Fact(name: "homebound", value: .bool(false)).ordinal == fact.ordinal)
    #expect(Fact(name: "spasm", value: .bool(false)).ordinal != fact.ordinal)
    fact.name = FactName.age.name
    #expect(fact.ordinal == FactName.age.ordinal)
}

/// Removing a fact leaves the others found by name, whatever kind of name, and the set equal to
/// one built without it.
@Test(arguments: [
    ("age", ["drug", "homebound", "diagnoses", "spasm"]),
    ("homebound", ["age", "drug", "diagnoses", "spasm"]),
    ("diagnoses", ["age", "drug", "homebound", "spasm"]),
    ("spasm", ["age", "drug", "homebound", "diagnoses"]),
    ("sex", ["age", "drug", "homebound", "diagnoses", "spasm"]),
])
func removingAFactKeepsTheOthersFound(removed: String, kept: [String]) {
    let facts = [
        Fact(name: .age, value: .number(50)), Fact(name: .drug, value: .term("baclofen")),
        Fact(name: "homebound", value: .bool(true)), Fact(name: .diagnoses, value: .terms(["radiculopathy"])),
        Fact(name: "spasm", value: .bool(false)),
    ]
    var set = FactSet(facts)
    set.remove(named: removed)
    #expect(set == FactSet(facts.filter { $0.name != removed }))
    #expect(set[removed] == nil && set.value(removed) == nil)
    for name in kept {
        #expect(set[name] == facts.first { $0.name == name })
        #expect(set.value(name) == facts.first { $0.name == name }?.value)
        if let known = FactName(name: name) { #expect(set[known]?.value == set.value(known)) }
    }
    set.insert(Fact(name: removed, value: .bool(true)))
    #expect(set.value(removed) == .bool(true) && set.count == kept.count + 1)
}
