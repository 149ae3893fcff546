import Foundation
import IMRCore
import IMRLetters
import IMRRules
import IMRVocabulary
import Testing

@testable import IMREvaluation

/// The guard of an `applies` (the fact and terms it cannot hold without), or `nil`, per expression.
@Test(
    arguments: [
        ("drug = baclofen", "drug", ["baclofen"]),
        ("drug in [baclofen, tizanidine]", "drug", ["baclofen", "tizanidine"]),
        ("drug_classes any [opioid]", "drug_classes", ["opioid"]),
        ("drug_classes any [opioid] and topical", "drug_classes", ["opioid"]),
        ("topical and not associated_service and procedure in [mri]", "procedure", ["mri"]),
        ("procedure in [mri] or (procedure in [lumbar_fusion] and topical)", "procedure", ["mri", "lumbar_fusion"]),
        // Narrower lexicon terms are part of a term list (as evaluation widens it).
        ("drug_classes any [muscle_relaxant]", "drug_classes", ["muscle_relaxant", "baclofen_class"]),
        ("topical", nil, []),
        ("not drug = baclofen", nil, []),
        ("drug != baclofen", nil, []),
        ("drug_classes none [opioid]", nil, []),
        ("drug_classes all [opioid]", nil, []),
        ("procedure in [mri] or drug = baclofen", nil, []),
        ("procedure in [mri] or topical", nil, []),
        ("documented drug or documented procedure", nil, []),
    ] as [(String, String?, [String])])
func guardOfApplies(_ applies: String, _ fact: String?, _ terms: [String]) throws {
    let rules = ruleSet(
        """
        topic "T"
        rule t.one
          title "one"
          status active
          cite "G"
          applies \(applies)
          then upheld
        """)
    let compiled = CompiledRules(rules, lexicon: indexLexicon)
    let rule = try #require(compiled.rules.first)
    let found = RuleIndex.guard(of: rule.applies)
    #expect(found.map { compiled.slots.names[$0.slot] } == fact)
    #expect(found?.terms ?? [] == Set(terms))
}

/// The test lexicon's drugs, classes and procedures, with a narrower drug class under `muscle_relaxant`.
private let indexLexicon: Lexicon = {
    let terms: [(String, String, [String])] = [
        ("drug", "baclofen", []), ("drug", "tizanidine", []), ("drug_class", "muscle_relaxant", []),
        ("drug_class", "opioid", []), ("drug_class", "baclofen_class", ["muscle_relaxant"]),
        ("procedure", "mri", []), ("procedure", "lumbar_fusion", []),
    ]
    return Lexicon(
        entries: terms.map { vocabulary, id, parents in
            LexiconEntry(
                vocabulary: vocabulary, id: id, names: [id.replacingOccurrences(of: "_", with: " ")], parents: parents,
                location: IMRCore.SourceLocation(file: "test.lexicon"))
        }, schema: shippedSchema)
}()

/// On the shipped rules, every rule whose `applies` holds for a corpus request's facts is a
/// candidate of the index, so the index never changes a prediction; and most rules are skipped.
@Test func everyRuleThatAppliesToACorpusRequestIsACandidate() throws {
    let (rules, lexicon, _) = RuleSet.load(directory: packageRoot + "/Rules")
    let engine = Engine(ruleSet: rules, lexicon: lexicon)
    let compiled = engine.compiled
    var requests = 0
    var tested = 0
    var applying = 0
    let files = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Corpus").filter { $0.hasSuffix(".txt") }.sorted()
    for name in files {
        let path = packageRoot + "/Corpus/" + name
        let letter = try LetterParser.parse([UInt8](try #require(FileManager.default.contents(atPath: path))), file: path)
        for (_, facts) in engine.predictWithFacts(letter.input) {
            let values = compiled.slots.facts(of: facts)
            #expect(compiled.slots.names.indices.map { values.value(at: $0) } == compiled.slots.names.map { facts[$0]?.value })
            #expect(compiled.slots.names.indices.map { values.fact(at: $0) } == compiled.slots.names.map { facts[$0] })
            for (order, index) in [(compiled.activeOrder, compiled.activeIndex), (compiled.testOrder, compiled.testIndex)] {
                let candidates = index.candidates(values)
                #expect(candidates == candidates.sorted() && Set(candidates).count == candidates.count)
                let applies = order.indices.filter { compiled.rules[order[$0]].applies.evaluate(values) == .yes }
                #expect(Set(applies).isSubset(of: candidates), "\(name)")
                tested += candidates.count
                applying += applies.count
            }
            requests += 1
        }
    }
    #expect(requests > 200)
    #expect(applying > 0)
    // The index leaves far fewer rules to test than there are (both orders, every request).
    #expect(tested * 3 < requests * (compiled.activeOrder.count + compiled.testOrder.count))
}
