import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

@testable import IMREvaluation

private let indexRules = """
    topic "t"
    rule surgery.fusion
      title "fusion"
      status active
      cite "G"
      applies procedure = lumbar_fusion
      then overturned

    rule surgery.after_fusion
      title "a service that goes with a fusion"
      status active
      cite "G"
      applies associated_service
      when index_surgery any [lumbar_fusion]
      then overturned
      else upheld
    """

/// The services of a letter read the surgery they go with from the letter's surgical item
/// (`index_surgery`), which replaces what the summary alone suggested.
@Test func associatedServicesReadTheSurgicalItemsProcedures() {
    let engine = Engine(ruleSet: ruleSet(indexRules), lexicon: testLexicon)
    let requests = [RequestedItem(index: 0, request: "Pre-operative clearance"), RequestedItem(index: 1, request: "Lumbar fusion L4-L5")]
    let associated = FactSet([
        Fact(name: "associated_service", value: .bool(true)), Fact(name: "procedure", value: .term("preoperative_clearance")),
        Fact(name: "index_surgery", value: .terms(["mri"])),
    ])
    let fusion = FactSet([
        Fact(name: "procedure", value: .term("lumbar_fusion")), Fact(name: "procedures", value: .terms(["lumbar_fusion"])),
        Fact(name: "category", value: .term("surgery")),
    ])
    let predictions = engine.predict(requests, facts: [associated, fusion])
    #expect(predictions.map(\.outcome) == [.overturned, .overturned])
    #expect(predictions[0].rule == "surgery.after_fusion")

    // Without a surgical item the service keeps the surgery the summary names.
    let alone = engine.predict([requests[0]], facts: [associated])
    #expect(alone.map(\.outcome) == [.upheld])
}
