import IMRFacts
import IMRLetters
import IMRRules
import IMRVocabulary
import Testing

@testable import IMREvaluation

private let rules = """
    topic "T"
    rule mr.baclofen
      title "baclofen"
      status active
      cite "G"
      priority 20
      applies drug = baclofen
      when diagnoses any [multiple_sclerosis]
      then overturned
      else next
      undocumented upheld
      needs "A diagnosis of multiple sclerosis."

    rule mr.class
      title "class"
      status active
      cite "G"
      priority 10
      applies drug_classes any [muscle_relaxant]
      when spasm
      then overturned
      else upheld

    rule mr.draft
      title "draft"
      status draft
      cite "G"
      priority 30
      applies drug = tizanidine
      then overturned

    rule mr.retired
      title "retired"
      status retired
      cite "G"
      priority 40
      applies drug = cyclobenzaprine
      then overturned

    rule surgery.fusion
      title "fusion"
      status active
      cite "G"
      applies procedure = lumbar_fusion
      when prior_fusion
      then overturned
      else upheld

    rule surgery.associated
      title "associated"
      status active
      cite "G"
      applies associated_service
      when primary_outcome = overturned
      then overturned
      else upheld
    """

private let engine = Engine(ruleSet: ruleSet(rules), lexicon: testLexicon)
private let baclofen = [Fact(name: "drug", value: .term("baclofen")), Fact(name: "drug_classes", value: .terms(["muscle_relaxant"]))]

@Test func higherPriorityDecidesFirst() {
    let prediction = engine.evaluate(FactSet(baclofen + [Fact(name: "diagnoses", value: .terms(["multiple_sclerosis"]))]))
    #expect(prediction.outcome == .overturned)
    #expect(prediction.rule == "mr.baclofen")
}

@Test func nextPassesToTheFollowingRule() {
    let prediction = engine.evaluate(
        FactSet(
            baclofen + [
                Fact(name: "diagnoses", value: .terms(["lumbar_strain"])), Fact(name: "spasm", value: .bool(false)),
            ]))
    #expect(prediction.outcome == .upheld)
    #expect(prediction.rule == "mr.class")
    #expect(prediction.criteria.map(\.rule) == ["mr.baclofen", "mr.class"])
    #expect(prediction.criteria.map(\.status) == [.unmet, .unmet])
}

@Test func undocumentedOutcomeAndMissingDocumentation() {
    let prediction = engine.evaluate(FactSet(baclofen))
    #expect(prediction.outcome == .upheld)
    #expect(prediction.rule == "mr.baclofen")
    #expect(prediction.criteria.map(\.status) == [.notDocumented])
    #expect(
        prediction.missingDocumentation == [
            "A diagnosis of multiple sclerosis.", "Documentation of: diagnoses (multiple sclerosis)",
        ])
}

@Test func draftRulesOnlyTakePartInExamples() {
    let facts = FactSet([Fact(name: "drug", value: .term("tizanidine"))])
    #expect(engine.evaluate(facts).outcome == .abstain)
    #expect(engine.evaluate(facts, includeDrafts: true).rule == "mr.draft")
}

@Test func retiredRulesNeverDecide() {
    let prediction = engine.evaluate(FactSet([Fact(name: "drug", value: .term("cyclobenzaprine"))]), includeDrafts: true)
    #expect(prediction.outcome == .abstain)
    #expect(prediction.abstainReason == "no rule applies to drug 'cyclobenzaprine'")
}

@Test func abstainReasonsSayWhatTheRequestWasRecognisedAs() {
    #expect(engine.evaluate(FactSet()).abstainReason == "request not recognised: the lexicon names no drug or procedure in it")
    #expect(
        engine.evaluate(FactSet([Fact(name: "category", value: .term("medication"))])).abstainReason
            == "request not recognised: the lexicon names no drug or procedure in it")
    #expect(engine.evaluate(FactSet([Fact(name: "procedure", value: .term("mri"))])).abstainReason == "no rule applies to procedure 'mri'")
}

@Test func associatedServicesFollowThePrimarySurgery() {
    let requests = [
        RequestedItem(index: 0, request: "Pre-operative clearance"),
        RequestedItem(index: 1, request: "Lumbar fusion L4-L5"),
        RequestedItem(index: 2, request: "Baclofen 10mg #60"),
    ]
    let associated = FactSet([
        Fact(name: "associated_service", value: .bool(true)), Fact(name: "procedure", value: .term("preoperative_clearance")),
    ])
    let fusion = FactSet([
        Fact(name: "procedure", value: .term("lumbar_fusion")), Fact(name: "category", value: .term("surgery")),
        Fact(name: "prior_fusion", value: .bool(true)),
    ])
    let predictions = engine.predict(requests, facts: [associated, fusion, FactSet(baclofen)])
    #expect(predictions.map(\.index) == [0, 1, 2])
    #expect(predictions.map(\.outcome) == [.overturned, .overturned, .upheld])
    #expect(predictions[0].criteria.first?.facts.first?.value == "overturned")

    var deniedFusion = fusion
    deniedFusion.insert(Fact(name: "prior_fusion", value: .bool(false)))
    #expect(engine.predict(requests, facts: [associated, deniedFusion, FactSet(baclofen)]).map(\.outcome) == [.upheld, .upheld, .upheld])

    let withoutSurgery = engine.predict([requests[0]], facts: [associated])
    #expect(withoutSurgery[0].criteria.first?.status == .notDocumented)
}
