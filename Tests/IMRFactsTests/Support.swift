import Foundation
import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// The shipped lexicon, loaded once.
let shippedLexicon = Lexicon.load(directory: packageRoot + "/Rules/lexicon")
let extractor = FactExtractor(lexicon: shippedLexicon.lexicon)

/// A case input holding only `summary` as its clinical case summary.
func bareCase(_ summary: String, requests: [String] = [], decision: String? = nil) -> CaseInput {
    CaseInput(
        file: "test", header: LetterHeader(decisionDate: decision.flatMap { SimpleDate($0) }), credentials: ReviewerCredentials(),
        summary: NormalizedText(verbatim: summary),
        requests: requests.enumerated().map { RequestedItem(index: $0.offset, request: $0.element) })
}

/// The facts of the only request of a bare case, judged at `decision` (the header's decision date,
/// `MM/dd/yyyy`) when given.
func requestFacts(_ request: String, summary: String = "", decision: String? = nil) -> FactSet {
    let input = bareCase(summary, requests: [request], decision: decision)
    return extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
}

/// The value of a fact rendered for comparison (`nil` when not documented).
func value(_ facts: FactSet, _ name: String) -> String? {
    switch facts[name]?.value {
    case .bool(let b)?: "\(b)"
    case .number(let n)?: n == n.rounded() ? "\(Int(n))" : "\(n)"
    case .term(let t)?: t
    case .terms(let t)?: t.joined(separator: ",")
    case .days(let d)?: "\(d) days"
    case nil: nil
    }
}

/// The facts of a bare summary with one request (an MRI, which asks for no drug facts).
func summaryFacts(_ summary: String, request: String = "MRI of the lumbar spine") -> FactSet {
    requestFacts(request, summary: summary)
}

/// The diagnoses read from a bare summary (the case's whole list, not the requested region's).
func summaryDiagnoses(_ summary: String) -> [String] {
    guard case .terms(let terms)? = summaryFacts(summary)["diagnoses"]?.value else { return [] }
    return terms
}

/// The corpus letters, by file name.
func corpusFiles() -> [String] {
    let directory = packageRoot + "/Corpus"
    return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        .map { directory + "/" + $0 }
}
