import Foundation
import IMRCore
import IMRRules
import IMRVocabulary

/// A small hand-built lexicon for the rule tests.
let testLexicon: Lexicon = {
    let terms: [(String, [String])] = [
        ("drug", ["baclofen", "tizanidine", "cyclobenzaprine", "oxycodone"]),
        ("drug_class", ["muscle_relaxant", "opioid"]),
        ("diagnosis", ["multiple_sclerosis", "spinal_cord_injury", "lumbar_strain"]),
        ("procedure", ["mri", "lumbar_fusion"]),
        ("category", ["surgery", "medication", "imaging"]),
        ("body_region", ["lumbar", "cervical"]),
    ]
    let parents = ["baclofen": ["muscle_relaxant"], "tizanidine": ["muscle_relaxant"], "lumbar_fusion": ["surgery"]]
    return Lexicon(
        entries: terms.flatMap { vocabulary, ids in
            ids.map {
                LexiconEntry(
                    vocabulary: vocabulary, id: $0, names: [$0], parents: parents[$0] ?? [], location: SourceLocation(file: "test.lexicon"))
            }
        }, schema: shippedSchema)
}()

/// The shipped fact schema (`Rules/lexicon/facts.schema`).
let shippedSchema: FactCatalog = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return Lexicon.load(directory: root.appendingPathComponent("Rules/lexicon").path).lexicon.schema
}()

/// Parses and checks one rule file text.
func check(_ text: String, path: String = "t.rules") -> (ruleSet: RuleSet, diagnostics: [Diagnostic]) {
    RuleSet.check(sources: [(path, text)], lexicon: testLexicon)
}

/// A diagnostic reduced to `CODE@line:column`.
func summary(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.code ?? "-")@\(diagnostic.location.line ?? 0):\(diagnostic.location.column ?? 0)"
}
