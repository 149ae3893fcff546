import Foundation
import IMRFacts
import IMRVocabulary
import Testing

@testable import IMRHarness

/// The hand-labelled facts of `Tests/Fixtures/gold-facts` and the scorer that measures the
/// extractor against them (`imr gold`).
@Suite struct GoldFactTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldDirectory = root.appendingPathComponent("Tests/Fixtures/gold-facts").path
    /// The blind second labelling of a sample, for label agreement (`imr gold --agreement`).
    static let secondDirectory = root.appendingPathComponent("Tests/Fixtures/gold-facts-second").path

    static func fact(_ value: FactValue, evidence: String = "The worker has pain.") -> Fact {
        Fact(name: "x", value: value, evidence: [Evidence(source: .summary, sentence: evidence, start: 0, end: evidence.utf8.count)])
    }

    static func label(_ value: GoldValue?, evidence: String? = nil) -> GoldLetter.Label {
        GoldLetter.Label(value: value, evidence: evidence)
    }

    /// (label, extracted, true positives, false positives, false negatives)
    static let comparisons: [(GoldLetter.Label, Fact?, Int, Int, Int)] = [
        (label(.bool(true)), fact(.bool(true)), 1, 0, 0),
        (label(.bool(true)), fact(.bool(false)), 0, 1, 1),
        (label(.bool(true)), nil, 0, 0, 1),
        (label(nil), fact(.bool(true)), 0, 1, 0),
        (label(nil), nil, 0, 0, 0),
        (label(.number(7.5)), fact(.number(7.5)), 1, 0, 0),
        (label(.number(28)), fact(.days(28)), 1, 0, 0),
        (label(.term("mri")), fact(.term("ct")), 0, 1, 1),
        (label(.terms(["a", "b"])), fact(.terms(["b", "c"])), 1, 1, 1),
        (label(.terms(["a", "b"])), nil, 0, 0, 2),
        (label(nil), fact(.terms(["a", "b", "c"])), 0, 3, 0),
    ]

    @Test(arguments: comparisons.indices)
    func countsOneLabel(_ index: Int) {
        let (label, fact, truePositives, falsePositives, falseNegatives) = Self.comparisons[index]
        let (tally, disagreement) = GoldFactScore.compare(label, with: fact)
        #expect(tally.truePositives == truePositives)
        #expect(tally.falsePositives == falsePositives)
        #expect(tally.falseNegatives == falseNegatives)
        #expect((disagreement == nil) == (falsePositives == 0 && falseNegatives == 0))
    }

    /// (label of one term, extracted fact, true positives, false positives, false negatives): the
    /// term's presence is compared, whatever else the set holds.
    static let termComparisons: [(GoldLetter.Label, Fact?, Int, Int, Int)] = [
        (label(.bool(true)), fact(.terms(["depression", "ptsd"])), 1, 0, 0),
        (label(.bool(true)), fact(.terms(["depression"])), 0, 0, 1),
        (label(.bool(true)), nil, 0, 0, 1),
        (label(.bool(false)), fact(.terms(["ptsd"])), 0, 1, 0),
        (label(nil), fact(.terms(["ptsd"])), 0, 1, 0),
        (label(.bool(false)), fact(.terms(["depression"])), 0, 0, 0),
        (label(nil), nil, 0, 0, 0),
        (label(.bool(true)), fact(.term("ptsd")), 1, 0, 0),
    ]

    @Test(arguments: termComparisons.indices)
    func countsOneTermLabel(_ index: Int) {
        let (label, fact, truePositives, falsePositives, falseNegatives) = Self.termComparisons[index]
        let (tally, disagreement) = GoldFactScore.compare(label, term: "ptsd", with: fact)
        #expect(tally.labels == 1)
        #expect(tally.truePositives == truePositives)
        #expect(tally.falsePositives == falsePositives)
        #expect(tally.falseNegatives == falseNegatives)
        #expect((disagreement == nil) == (falsePositives == 0 && falseNegatives == 0))
    }

    @Test(arguments: [("diagnoses:ptsd", "diagnoses", "ptsd"), ("smoker", "smoker", nil)] as [(String, String, String?)])
    func aLabelNamesAFactAndPerhapsATerm(_ name: String, _ fact: String, _ term: String?) {
        let target = GoldFactScore.labelled(name)
        #expect(target.fact == fact && target.term == term)
    }

    @Test func aTermLabelChecksEvidenceLikeAnyLabel() {
        let found = Self.fact(.terms(["ptsd"]), evidence: "Diagnoses include PTSD and depression.")
        let (agrees, _) = GoldFactScore.compare(Self.label(.bool(true), evidence: "include PTSD"), term: "ptsd", with: found)
        #expect(agrees.evidenceChecked == 1 && agrees.evidenceAgrees == 1)
    }

    @Test func evidencePhraseMustBeInTheExtractedSentence() {
        let found = Self.fact(.bool(true), evidence: "Pain was rated  7 out of 10 today.")
        let (agrees, _) = GoldFactScore.compare(Self.label(.bool(true), evidence: "rated 7 OUT of 10"), with: found)
        #expect(agrees.evidenceChecked == 1 && agrees.evidenceAgrees == 1)
        let (differs, _) = GoldFactScore.compare(Self.label(.bool(true), evidence: "with medication"), with: found)
        #expect(differs.evidenceChecked == 1 && differs.evidenceAgrees == 0)
    }

    @Test func precisionAndRecallAreUndefinedWithoutCounts() {
        var tally = GoldFactScore.Tally()
        #expect(tally.precision == nil && tally.recall == nil)
        tally.truePositives = 3
        tally.falsePositives = 1
        tally.falseNegatives = 3
        #expect(tally.precision == 0.75 && tally.recall == 0.5)
    }

    /// Every label names a fact of the catalog with a value of its kind (a `FACT:TERM` label: a set
    /// or term fact, a term of its vocabulary and a boolean), every labelled term is a term of the
    /// fact's vocabulary, every labelled letter is in the corpus with the labelled requests, and
    /// every labelled fact belongs to a family; in the gold labels and in the second labelling.
    @Test(arguments: [(goldDirectory, 40), (secondDirectory, 12)])
    func labelsAreWellFormed(_ directory: String, _ minimum: Int) throws {
        let (letters, _) = try GoldFactFiles.load(directory: directory)
        let (_, families) = try GoldFactFiles.load(directory: Self.goldDirectory)
        #expect(letters.count >= minimum)
        let familyFacts = Set(families.values.flatMap { $0 })
        let lexicon = Lexicon.load(directory: Self.root.appendingPathComponent("Rules/lexicon").path).lexicon
        let catalog = lexicon.schema
        func known(_ terms: [String], in vocabulary: String) -> Bool {
            terms.allSatisfy { lexicon.contains($0, in: vocabulary) || catalog.enumerations[vocabulary]?.contains($0) == true }
        }
        for letter in letters {
            let path = Self.root.appendingPathComponent("Corpus").appendingPathComponent(letter.letter).path
            let input = try CorpusRunner.readLetter(at: path).input
            for position in letter.requests.keys {
                #expect(Int(position).map { (1...input.requests.count).contains($0) } == true, "\(letter.letter): request \(position)")
            }
            let labels = letter.requests.values.reduce(letter.case) { $0.merging($1) { first, _ in first } }
            for (name, label) in labels {
                #expect(familyFacts.contains(name), "\(letter.letter): \(name) is in no family")
                let target = GoldFactScore.labelled(name)
                guard let definition = catalog.definitions[target.fact] else {
                    Issue.record("\(letter.letter): unknown fact '\(target.fact)'")
                    continue
                }
                switch (definition.kind, target.term, label.value) {
                case (.term(let vocabulary), let term?, .bool?), (.terms(let vocabulary), let term?, .bool?),
                    (.term(let vocabulary), let term?, nil), (.terms(let vocabulary), let term?, nil):
                    #expect(known([term], in: vocabulary), "\(letter.letter): \(name): unknown term")
                case (_, _?, _): Issue.record("\(letter.letter): \(name) labels a term of a fact that holds none, or not a boolean")
                case (_, nil, nil), (.bool, nil, .bool?), (.number, nil, .number?), (.days, nil, .number?): break
                case (.term(let vocabulary), nil, .term(let term)?):
                    #expect(known([term], in: vocabulary), "\(letter.letter): \(name) = \(term) is no \(vocabulary) term")
                case (.terms(let vocabulary), nil, .terms(let terms)?):
                    #expect(known(terms, in: vocabulary), "\(letter.letter): \(name) = \(terms) holds no \(vocabulary) term")
                case (_, nil, let value?): Issue.record("\(letter.letter): \(name) = \(value) does not fit \(definition.kind)")
                }
            }
        }
    }

    /// The scorer runs over the labelled letters and counts every label once.
    @Test func scoresTheLabelledLetters() throws {
        let (letters, families) = try GoldFactFiles.load(directory: Self.goldDirectory)
        let (lexicon, _) = Lexicon.load(directory: Self.root.appendingPathComponent("Rules/lexicon").path)
        let score = try GoldFactScore.score(
            letters, corpus: Self.root.appendingPathComponent("Corpus").path, families: families,
            extractor: FactExtractor(lexicon: lexicon))
        let labels = letters.reduce(0) { $0 + $1.case.count + $1.requests.values.reduce(0) { $0 + $1.count } }
        let overridden = letters.reduce(0) { total, letter in
            total + Set(letter.case.keys).intersection(letter.requests["1"]?.keys.map { $0 } ?? []).count
        }
        #expect(score.total.labels == labels - overridden)
        #expect(score.families.values.reduce(0) { $0 + $1.labels } == score.total.labels)
        #expect(score.total.recall.map { $0 > 0.5 } == true)
    }
}
