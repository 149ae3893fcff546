import Foundation
import IMRCore
import IMRFacts
import IMRRules
import IMRVocabulary

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A small hand-built lexicon.
let testLexicon: Lexicon = {
    let terms: [(String, [String])] = [
        ("drug", ["baclofen", "tizanidine", "cyclobenzaprine", "oxycodone"]),
        ("drug_class", ["muscle_relaxant", "opioid"]),
        ("diagnosis", ["multiple_sclerosis", "spinal_cord_injury", "lumbar_strain", "radiculopathy"]),
        ("procedure", ["mri", "lumbar_fusion", "preoperative_clearance"]),
        ("category", ["surgery", "medication", "imaging", "associated_service"]),
    ]
    return Lexicon(
        entries: terms.flatMap { vocabulary, ids in
            ids.map {
                LexiconEntry(vocabulary: vocabulary, id: $0, names: [$0], parents: [], location: SourceLocation(file: "test.lexicon"))
            }
        }, schema: shippedSchema)
}()

/// The shipped fact schema (`Rules/lexicon/facts.schema`).
let shippedSchema = Lexicon.load(directory: packageRoot + "/Rules/lexicon").lexicon.schema

/// A rule set from rule text, which must check without errors.
func ruleSet(_ text: String) -> RuleSet {
    let (ruleSet, diagnostics) = RuleSet.check(sources: [("t.rules", text)], lexicon: testLexicon)
    let errors = diagnostics.filter { $0.severity == .error }
    precondition(errors.isEmpty, "fixture rules have errors: \(errors)")
    return ruleSet
}

/// The fixture rule file under `Tests/Fixtures/rules/`.
func fixtureRuleSet(_ name: String) throws -> RuleSet {
    let path = packageRoot + "/Tests/Fixtures/rules/" + name
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let (ruleSet, diagnostics) = RuleSet.check(sources: [("Tests/Fixtures/rules/" + name, text)], lexicon: testLexicon)
    precondition(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
    return ruleSet
}

func fact(_ name: String, _ value: FactValue, evidence: [String] = []) -> Fact {
    Fact(name: name, value: value, evidence: evidence.map { Evidence(source: .summary, sentence: $0, start: 0, end: $0.utf8.count) })
}
