import Foundation
import IMRLetters
import IMRRules
import Testing

@testable import IMREvaluation

/// The facts of a rule's criteria read without rendering them are those of its rendered criteria,
/// in the same order with the same values: for every prediction of the corpus (deferred traces,
/// drug parts joined) and for the same predictions with their criteria rendered.
@Test func criterionFactsAreThoseOfTheRenderedCriteria() throws {
    let (rules, lexicon, _) = RuleSet.load(directory: packageRoot + "/Rules")
    let engine = Engine(ruleSet: rules, lexicon: lexicon)
    let corpus = packageRoot + "/Corpus"
    let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
    var compared = 0
    var read = 0
    for file in files {
        let letter = try LetterParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + file))), file: file)
        for prediction in engine.predict(letter.input) {
            guard let rule = prediction.rule else { continue }
            let rendered = prediction.criteria(of: rule).flatMap { $0.facts.map { "\($0.name)=\($0.value ?? "-")" } }
            #expect(prediction.criterionFacts(of: rule).map { "\($0.name)=\($0.value ?? "-")" } == rendered, "\(file)")
            var copy = prediction
            copy.criteria = prediction.criteria
            #expect(copy.criterionFacts(of: rule).map { "\($0.name)=\($0.value ?? "-")" } == rendered, "\(file)")
            compared += 1
            read += rendered.count
        }
    }
    #expect(compared > 200)
    #expect(read > 200)
}
