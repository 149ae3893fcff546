import Foundation
import IMRFacts
import IMRReports
import IMRRules
import IMRVocabulary
import Testing

@testable import IMREvaluation

/// A rule whose wording is recalled and one whose wording was checked: the prediction carries the
/// note of the first only, and the reports show it beside the citation.
private let rules = """
    topic "t"
    rule g.recalled
      title "Baclofen for spasticity"
      status active
      cite "ODG" section "Muscle relaxants"
      wording recalled "ODG text not found by search"
      priority 50
      applies drug in [baclofen]
      then overturned
    rule g.checked
      title "Tizanidine"
      status active
      cite "MTUS Chronic Pain Medical Treatment Guidelines 2009" section "Muscle relaxants" pages "63-66"
      priority 50
      applies drug in [tizanidine]
      then upheld
    """

@Test(arguments: [
    ("baclofen", "ODG text not found by search" as String?),
    ("tizanidine", nil),
    ("cyclobenzaprine", nil),  // no rule applies: the engine abstains
])
func predictionsCarryTheRecalledWording(_ drug: String, _ expected: String?) throws {
    let engine = Engine(ruleSet: ruleSet(rules), lexicon: testLexicon)
    var facts = FactSet()
    facts.insert(fact("drug", .term(drug)))
    let prediction = engine.evaluate(facts)
    #expect(prediction.wordingRecalled == expected)

    let note = "wording recalled, not checked against the guideline's text: ODG text not found by search"
    #expect(CheckReport.text(prediction).contains("  " + note + "\n") == (expected != nil))
    #expect(ExplainReport.text(.init(prediction: prediction, record: nil)).contains("  Wording: " + note + "\n") == (expected != nil))

    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(prediction), as: UTF8.self)
    #expect(json.contains("\"wordingRecalled\":\"ODG text not found by search\"") == (expected != nil))
    #expect(json.contains("wordingRecalled") == (expected != nil))
    let entry = String(decoding: try encoder.encode(CheckReport.Entry(prediction)), as: UTF8.self)
    #expect(entry.contains("\"wordingRecalled\":\"ODG text not found by search\"") == (expected != nil))
    #expect(try JSONDecoder().decode(Prediction.self, from: Data(json.utf8)).wordingRecalled == expected)
}
