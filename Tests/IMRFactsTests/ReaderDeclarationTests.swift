import Foundation
import IMRLetters
import IMRVocabulary
import Testing

@testable import IMRFacts

/// The letters the project holds: the corpus, the vignettes, the external set and the digests.
private func projectLetterFiles() -> [String] {
    let directories = ["Corpus", "Tests/Fixtures/vignettes", "Tests/Fixtures/external", "Tests/Fixtures/digests"]
    return directories.flatMap { directory in
        let path = packageRoot + "/" + directory
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".txt") && $0 != "SOURCES.md" }
            .sorted().map { path + "/" + $0 }
    }
}

/// What every reader wrote reading every letter the project holds (``ReaderLog``), read once.
private let projectWrites: [String: Set<String>] = {
    let log = ReaderLog()
    let gate = ReaderGate(demand: nil, log: log)
    for file in projectLetterFiles() {
        guard let bytes = FileManager.default.contents(atPath: file), let letter = try? LetterParser.parse([UInt8](bytes), file: file)
        else { continue }
        let prepared = extractor.prepared(letter.input)
        var caseBuilder = FactBuilder()
        extractor.readCase(prepared, gate: gate, into: &caseBuilder)
        for request in letter.input.requests {
            var builder = FactBuilder()
            extractor.readRequest(
                request, in: prepared, side: extractor.requestSide(for: request, in: prepared), gate: gate, into: &builder)
        }
    }
    return log.writes
}()

/// Every reader writes only the facts it declares (``FactReader/writes``): a reader skipped when
/// none of them is asked for would otherwise leave a fact a rule reads unread.
@Test(arguments: FactReader.allCases)
func readerWritesOnlyTheFactsItDeclares(_ reader: FactReader) {
    let undeclared = (projectWrites[reader.name] ?? []).subtracting(reader.writes)
    #expect(undeclared.isEmpty, "\(reader.name) writes \(undeclared.sorted()), which it does not declare")
}

/// A fact the cue data declares is written by its own reading alone.
@Test func declaredFactReadersWriteTheirOwnFactOnly() {
    let declared = projectWrites.filter { $0.key.hasPrefix("declared ") }
    #expect(declared.count > 20)
    for (reader, facts) in declared {
        #expect(facts.subtracting([String(reader.dropFirst("declared ".count))]).isEmpty, "\(reader) writes \(facts.sorted())")
    }
}

/// Every reader the extractor runs is one of ``FactReader`` or a declared fact's.
@Test func everyReaderThatWritesIsDeclared() {
    let known = Set(FactReader.allCases.map(\.name))
    let unknown = projectWrites.keys.filter { !known.contains($0) && !$0.hasPrefix("declared ") }
    #expect(unknown.isEmpty, "\(unknown.sorted())")
    // Printing aid while declaring.
    if ProcessInfo.processInfo.environment["IMR_PRINT_READER_WRITES"] != nil {
        for (reader, facts) in projectWrites.sorted(by: { $0.key < $1.key }) where !reader.hasPrefix("declared ") {
            print("WRITES \(reader): \(facts.sorted().joined(separator: ", "))")
        }
    }
}

/// A second pass reads on from the first (each reader it adds commutes with every reader of the
/// first that runs after it in the extractor's order: no fact written by both, nor written by one
/// and consulted by the other), runs none of the first's again, and runs the readers it adds.
@Test(arguments: [
    // The request's procedure first, then the drug's facts, before it in the order: no fact shared.
    ([FactName.indexSurgery], [FactName.indexSurgery, .useDuration]),
    // The demographics first (the first case reader), then the medications, which consult the age.
    ([.reviewDate], [.reviewDate, .giRisk]),
    // A procedure's relief first, with the sessions' benefit it consults (both write
    // `prior_therapy_benefit`: the sessions run in the first pass too), then the surgery history.
    ([.priorReliefPercent], [.priorReliefPercent, .priorSurgery]),
    // The surgery history first, then the conservative care before it in the order: no fact shared.
    ([.priorSurgery], [.priorSurgery, .conservativeCareFailed]),
])
func aSecondPassReadsOnWhenItsReadersCommute(_ first: [FactName], _ then: [FactName]) throws {
    let firstGate = ReaderGate(demand: FactDemand(first.map(\.name)))
    let second = try #require(ReaderGate.continuing(from: firstGate, demand: FactDemand(then.map(\.name))))
    #expect(!FactReader.allCases.contains { firstGate.runs($0) && second.runs($0) })
    #expect(FactReader.allCases.contains { second.runs($0) })
}

/// Reading on gives the facts of one pass: the facts of every corpus item read for the facts of
/// its rules' `applies` and then for a few criteria facts are those of one pass for both.
@Test func readingOnGivesTheFactsOfOnePass() throws {
    let first = FactDemand(["review_date", "index_surgery", "procedure", "drug"])
    let then = FactDemand([
        "review_date", "index_surgery", "procedure", "drug", "use_duration", "prior_therapy", "gi_risk", "pain_improved",
    ])
    var items = 0
    for file in corpusFiles() {
        let letter = try LetterParser.parse([UInt8](try #require(FileManager.default.contents(atPath: file))), file: file)
        let twoPasses = extractor.facts(of: letter.input, first: first) { Array(repeating: then, count: $0.count) }
        let prepared = extractor.prepared(letter.input)
        let gate = ReaderGate(demand: then)
        var caseBuilder = FactBuilder()
        extractor.readCase(prepared, gate: gate, into: &caseBuilder)
        var caseFacts = prepared
        caseFacts.facts = caseBuilder.facts
        #expect(twoPasses.caseFacts.facts == caseFacts.facts, "\(file)")
        for (position, request) in letter.input.requests.enumerated() {
            let side = extractor.requestSide(for: request, in: caseFacts)
            var builder = FactBuilder()
            extractor.readRequest(request, in: caseFacts, side: side, gate: gate, into: &builder)
            let onePass = extractor.facts(for: request, in: caseFacts, side: side, builder: builder).facts
            #expect(twoPasses.facts[position] == onePass, "\(file) item \(position)")
            items += 1
        }
    }
    #expect(items > 200)
}

/// The request classifier reads request facts only: no reader writes one, so it is read once, before
/// the readers, whichever facts are asked.
@Test(arguments: FactReader.allCases)
func noReaderWritesAFactTheClassifierReads(_ reader: FactReader) {
    let read = Set(RequestClassifier.reads.map(\.name))
    #expect(read.isDisjoint(with: reader.writes), "\(reader.name) writes \(read.intersection(reader.writes).sorted())")
}
