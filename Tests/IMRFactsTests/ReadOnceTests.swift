import Foundation
import IMRLetters
import IMRVocabulary
import Testing

@testable import IMRFacts

/// `caseFacts(for:)` reads each request once per case and
/// `facts(for:in:)` reuses them; the facts are the same as when everything is read anew for each
/// request (the same prepared summary without the readings).
@Test func requestsReadOncePerCaseGiveTheSameFactsAsReadingAnew() throws {
    var requests = 0
    for file in corpusFiles() {
        let letter = try LetterParser.parse([UInt8](try #require(FileManager.default.contents(atPath: file))), file: file)
        let prepared = extractor.caseFacts(for: letter.input)
        var bare = CaseFacts(input: letter.input, facts: prepared.facts)
        bare.analysis = prepared.analysis
        #expect(bare.requestReadings == nil && prepared.requestReadings != nil)
        for request in letter.input.requests {
            #expect(extractor.facts(for: request, in: prepared) == extractor.facts(for: request, in: bare), "\(file) item \(request.index)")
            requests += 1
        }
    }
    #expect(requests > 200)
}
