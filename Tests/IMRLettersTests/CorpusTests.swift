import Foundation
import IMRCore
import Testing

@testable import IMRLetters

@Suite struct CorpusTests {
    @Test(arguments: TestSupport.corpusNames)
    func everyLetterParsesWithItsOwnDecisionCount(name: String) throws {
        let bytes = TestSupport.corpusBytes(name)
        let letter = try LetterParser.parse(bytes, file: "Corpus/\(name)")
        let counts = TestSupport.decisionLineCounts(bytes)
        let decisions = letter.truth.items.map(\.decision)
        #expect(letter.input.requests.count == letter.truth.items.count)
        #expect(decisions.filter { $0 == .upheld }.count == counts.upheld)
        #expect(decisions.filter { $0 == .overturned }.count == counts.overturned)
        #expect(letter.input.requests.map(\.index) == Array(0..<letter.input.requests.count))
        for (request, truth) in zip(letter.input.requests, letter.truth.items) {
            #expect(!request.request.isEmpty)
            #expect(!request.request.contains("**"))
            #expect(!request.request.hasSuffix(":"))
            #expect(!truth.maximusGuideline.isEmpty)
            #expect(!truth.rationale.isEmpty)
        }
        #expect(!letter.input.summary.text.isEmpty)
        #expect(!letter.input.summary.text.hasPrefix("The expert reviewer developed"))
        #expect(!letter.input.credentials.licensure.isEmpty)
        #expect(!letter.input.credentials.specialties.isEmpty)
    }

    @Test func corpusTotals() throws {
        var letters = 0
        var decisions: [Decision] = []
        for name in TestSupport.corpusNames {
            let letter = try LetterParser.parse(TestSupport.corpusBytes(name), file: name)
            letters += 1
            decisions += letter.truth.items.map(\.decision)
        }
        #expect(letters == 102)
        #expect(decisions.count == 253)
        #expect(decisions.filter { $0 == .upheld }.count == 224)
        #expect(decisions.filter { $0 == .overturned }.count == 29)
    }

    /// Every byte of the normalised summary that was copied (not a joining space or paragraph break)
    /// maps back to the same byte of the original letter.
    @Test(arguments: TestSupport.corpusNames)
    func summaryOffsetsPointIntoTheOriginal(name: String) throws {
        let bytes = TestSupport.corpusBytes(name)
        let summary = try LetterParser.parse(bytes, file: name).input.summary
        let text = Array(summary.text.utf8)
        #expect(summary.originalOffsets.count == text.count + 1)
        #expect(summary.originalOffsets == summary.originalOffsets.sorted())
        // A joining space, a paragraph break or a table's tab (a run of blanks) is written, not copied.
        for (index, byte) in text.enumerated() where byte != 0x20 && byte != 0x0A && byte != 0x09 {
            #expect(bytes[summary.originalOffsets[index]] == byte)
        }
        #expect(!summary.text.contains("  "))
        #expect(!summary.text.contains(" \n"))
    }

    @Test func headersOfTheCompactLayout() throws {
        let header = try LetterParser.parse(TestSupport.corpusBytes("CM16-0221706.txt"), file: "x").input.header
        #expect(header.caseNumber == "CM16-0221706")
        #expect(header.dateAssigned == SimpleDate(year: 2016, month: 11, day: 23))
        #expect(header.dateOfInjury == SimpleDate(year: 2016, month: 10, day: 16))
        #expect(header.decisionDate == SimpleDate(year: 2016, month: 12, day: 21))
        #expect(header.urDenialDate == SimpleDate(year: 2016, month: 10, day: 20))
        #expect(header.priority == "Standard")
        #expect(header.applicationReceived == SimpleDate(year: 2016, month: 11, day: 15))
    }

    @Test func credentialsStatedInASentence() throws {
        let name = TestSupport.corpusNames.first { $0.hasPrefix("002_") }!
        let letter = try LetterParser.parse(TestSupport.corpusBytes(name), file: name)
        #expect(letter.input.credentials == ReviewerCredentials(licensure: ["California"], specialties: ["Occupational Medicine"]))
        #expect(letter.input.header == LetterHeader())
    }

    @Test func pdfArtefactsAreNormalised() throws {
        let name = TestSupport.corpusNames.first { $0.hasPrefix("002_") }!
        let letter = try LetterParser.parse(TestSupport.corpusBytes(name), file: name)
        #expect(letter.truth.items[0].rationale.contains("aberrant drug-taking behaviors"))
        #expect(letter.truth.items[1].rationale.contains("second-line option for short-term treatment"))
        #expect(letter.input.summary.text.contains("foramenotomy L4-L5, L5-S1 discectomy"))
    }

    /// The modified-request paragraph of the case summary (no decision) does not become an item.
    @Test func modifiedRequestInTheSummaryIsNotAnItem() throws {
        let bytes = TestSupport.corpusBytes("CM16-0233904.txt")
        let letter = try LetterParser.parse(bytes, file: "x")
        #expect(letter.input.summary.text.contains("The remaining IMR eligible portion of the original request is Baclofen 100mg #3."))
        #expect(
            letter.input.requests.count == TestSupport.decisionLineCounts(bytes).upheld + TestSupport.decisionLineCounts(bytes).overturned)
        #expect(letter.input.requests[0].request == "Baclofen 100mg #3")
        #expect(letter.input.requests[0].originalRequest == "Baclofen 100mg #30")
        #expect(letter.input.requests[0].authorizedPortion == "Baclofen 100mg #27")
    }

    /// The case input carries no truth: its JSON has no decision, guideline line or rationale.
    @Test(arguments: ["000_5b182d2c9df6dc4d.txt", "CM16-0249724.txt"])
    func caseInputHoldsNoTruth(name: String) throws {
        let letter = try LetterParser.parse(TestSupport.corpusBytes(name), file: name)
        let json = try JSONOutput.string(letter.input)
        for word in ["\"decision\"", "maximusGuideline", "rationale", "citations"] { #expect(!json.contains(word)) }
        #expect(!letter.input.requests.contains { $0.request.contains("Upheld") || $0.request.contains("Overturned") })
    }
}
