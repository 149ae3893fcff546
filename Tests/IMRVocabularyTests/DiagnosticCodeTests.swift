import Foundation
import IMRVocabulary
import Testing

/// The codes of the lexicon, cue data and fact schema diagnostics are the ones `docs/facts.md` documents.
@Test func everyVocabularyCodeIsDocumentedAndEveryDocumentedCodeExists() throws {
    let documentation = try String(contentsOfFile: packageRoot + "/docs/facts.md", encoding: .utf8)
    let documented = Set(
        documentation.split(separator: "\n").compactMap { line -> String? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let code = cells.first, code.count == 4, let kind = code.first, "LCF".contains(kind), Int(code.dropFirst()) != nil
            else { return nil }
            return code
        })
    let codes = Set(VocabularyDiagnosticCode.allCases.map(\.rawValue))
    #expect(codes.subtracting(documented).sorted() == [])
    #expect(documented.subtracting(codes).sorted() == [])
    #expect(VocabularyDiagnosticCode.allCases.count == codes.count)
}
