// libFuzzer target: the fact extractor (stage 2) with the shipped lexicon. The first line of the
// input is the request, the rest the clinical case summary. Built by scripts/fuzz.sh.
import Foundation
import IMRCore
import IMRFacts
import IMRLetters

/// The shipped lexicon (`IMR_LEXICON`, default `Rules/lexicon`), loaded once.
private let extractor: FactExtractor = {
    let directory = ProcessInfo.processInfo.environment["IMR_LEXICON"] ?? "Rules/lexicon"
    let (lexicon, diagnostics) = Lexicon.load(directory: directory)
    precondition(!lexicon.terms(in: "drug").isEmpty, "no lexicon in '\(directory)': \(diagnostics.first?.description ?? "")")
    return FactExtractor(lexicon: lexicon)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFactExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let newline = bytes.firstIndex(of: 10) ?? bytes.count
    let request = String(decoding: bytes[..<newline], as: UTF8.self)
    let summary = String(decoding: bytes[min(newline + 1, bytes.count)...], as: UTF8.self)
    let input = CaseInput(
        file: "fuzz.txt", header: LetterHeader(decisionDate: SimpleDate(year: 2017, month: 1, day: 30)),
        credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: summary),
        requests: [RequestedItem(index: 0, request: request)])
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    for fact in facts.facts.values {
        if case .number(let value) = fact.value { precondition(value.isFinite, "\(fact.name) = \(value)") }
    }
    return 0
}
