import Foundation
import IMRCore
import IMRVocabulary
import Testing

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// The shipped lexicon directory, loaded once.
let shipped = Lexicon.load(directory: packageRoot + "/Rules/lexicon")

/// The fact schema of `Rules/lexicon/*.schema`: its format, its checks, and its agreement with the
/// cue data that declares facts.
@Suite struct FactSchemaTests {
    static func parse(_ text: String) -> (catalog: FactCatalog, diagnostics: [Diagnostic]) {
        FactCatalog.parse(sources: [("t.schema", text)], vocabularies: Lexicon.vocabularies)
    }

    @Test func theShippedSchemaLoadsCleanAndDefinesTheFacts() throws {
        #expect(shipped.diagnostics.map(\.description) == [])
        let schema = shipped.lexicon.schema
        #expect(schema.definitions.count > 90)
        #expect(schema["drug"]?.kind == .term(vocabulary: "drug"))
        #expect(schema["drug"]?.scope == .request)
        #expect(schema["time_since_injury"]?.kind == .days)
        #expect(schema["number of units requested (#60)"] == nil)
        #expect(schema["quantity"]?.summary == "number of units requested (#60)")
        #expect(schema.enumerations["sex"] == ["female", "male"])
        let location = try #require(schema["age"]?.location)
        #expect(location.file.hasSuffix("Rules/lexicon/facts.schema") && location.line != nil)
    }

    @Test func aLineReadsAsScopeNameKindAndSummary() {
        let (catalog, diagnostics) = Self.parse(
            """
            # a comment
            values grade: low, high
              request   level (term grade):  the grade: low or high (#1)
            case sessions (number): sessions done
            case drugs (terms drug): drugs taken

            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            catalog["level"]
                == FactDefinition(
                    "level", .term(vocabulary: "grade"), .request, "the grade: low or high (#1)",
                    location: .init(file: "t.schema", line: 3, column: 1)))
        #expect(catalog["sessions"]?.kind == .number)
        #expect(catalog["drugs"]?.kind == .terms(vocabulary: "drug"))
        #expect(catalog.enumerations["grade"] == ["low", "high"])
    }

    @Test(arguments: [
        ("fact drug (term drug): x\n", "F001 1:1"),
        ("request Drug (term drug): x\n", "F001 1:9"),
        ("request drug term drug: x\n", "F001 1:14"),
        ("request drug (term drug) x\n", "F001 1:14"),
        ("request drug (string): x\n", "F001 1:15"),
        ("request drug (term): x\n", "F001 1:15"),
        ("request drug (term drug):\n", "F001 1:25"),
        ("values v:\n", "F001 1:8"),
        ("values v: a, B\n", "F001 1:14"),
        ("case a (bool): x\ncase a (number): y\n", "F002 2:6"),
        ("values v: a\nvalues v: b\n", "F002 2:8"),
        ("request drug (term drgu): x\n", "F003 1:20"),
    ])
    func aBrokenLineIsReportedAtItsLocation(source: String, expected: String) {
        let diagnostics = Self.parse(source).diagnostics
        let found = diagnostics.map { "\($0.code ?? "-") \($0.location.line ?? 0):\($0.location.column ?? 0)" }
        #expect(found == [expected], "\(diagnostics.map(\.description))")
    }

    @Test func anUnknownVocabularyGetsADidYouMean() {
        let message = Self.parse("request drug (term drgu): x\n").diagnostics.first?.message
        #expect(message == "unknown vocabulary 'drgu'; did you mean 'drug'?")
    }

    /// The schema is the one definition of a fact: a cue `fact` entry names a boolean fact of it.
    @Test func aCueFactEntryNamesABooleanFactOfTheSchema() {
        let cues = "fact quantity\n  yes: many\nfact spasms\n  yes: stiff\nfact spasm\n  yes: spasm\n"
        let (_, diagnostics) = CueLibrary.parse(sources: [("t.cues", cues)], schema: shipped.lexicon.schema)
        #expect(diagnostics.map { "\($0.code ?? "-") \($0.location)" } == ["C007 t.cues:1:1", "C007 t.cues:3:1"])
        #expect(diagnostics.first?.message == "fact 'quantity' is a number fact of the schema; a declared fact is boolean")
        #expect(
            diagnostics.last?.message
                == "fact 'spasms' is not in the fact schema: declare it there ('case spasms (bool): SUMMARY'); did you mean 'spasm'?")
    }

    /// Every fact of the shipped schema is produced by a fact reader or a cue `fact` entry; one
    /// that neither produces is an error at its schema line.
    @Test func aSchemaFactNothingProducesIsAnError() {
        let catalog = shipped.lexicon.schema
        #expect(catalog.checkProduced(by: shipped.lexicon.cues).isEmpty)
        let (extra, _) = FactCatalog.parse(
            sources: [("t.schema", "case spasm (bool): spasm\ncase stiffness (bool): stiffness\n")], vocabularies: Lexicon.vocabularies)
        #expect(extra.checkProduced(by: shipped.lexicon.cues).map { "\($0.code ?? "-") \($0.location)" } == ["F006 t.schema:2:1"])
    }

    @Test func aLexiconDirectoryWithCueDataNeedsASchema() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "set past\n  yes: status post\n".write(to: directory.appendingPathComponent("t.cues"), atomically: true, encoding: .utf8)
        let (_, diagnostics) = Lexicon.load(directory: directory.path)
        #expect(diagnostics.contains { $0.code == "F004" && $0.location.file == directory.path })
    }

    /// The schema table of `docs/facts.md` is the data's (re-record with `IMR_RECORD=1`).
    @Test func docsSchemaTableMatchesTheData() throws {
        let path = packageRoot + "/docs/facts.md"
        let document = try String(contentsOfFile: path, encoding: .utf8)
        let begin =
            "<!-- fact schema: generated from Rules/lexicon/facts.schema; re-record with IMR_RECORD=1 swift test --filter docsSchemaTable -->\n"
        let end = "<!-- end of fact schema -->"
        let start = try #require(document.range(of: begin), "docs/facts.md lacks the fact-schema marker")
        let stop = try #require(document.range(of: end, range: start.upperBound..<document.endIndex))
        let generated = shipped.lexicon.schema.markdownTable()
        if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
            let updated = String(document[..<start.upperBound]) + generated + String(document[stop.lowerBound...])
            try updated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(String(document[start.upperBound..<stop.lowerBound]) == generated, "run IMR_RECORD=1 swift test --filter docsSchemaTable")
    }
}

/// The names Swift asks the data for (facts, terms, vocabularies) are checked against it.
@Suite struct SwiftNamesTests {
    /// A copy of the shipped lexicon directory with `file` rewritten by `change`.
    static func load(changing file: String, _ change: (String) -> String) throws -> [Diagnostic] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let shippedDirectory = packageRoot + "/Rules/lexicon"
        for name in try FileManager.default.contentsOfDirectory(atPath: shippedDirectory) {
            var text = try String(contentsOfFile: shippedDirectory + "/" + name, encoding: .utf8)
            if name == file { text = change(text) }
            try text.write(toFile: directory.path + "/" + name, atomically: true, encoding: .utf8)
        }
        return Lexicon.load(directory: directory.path).diagnostics
    }

    @Test func aFactSwiftNamesThatTheSchemaLacksIsReported() throws {
        let diagnostics = try Self.load(changing: "facts.schema") {
            $0.replacingOccurrences(of: "case gi_risk (bool)", with: "case gi_risks (bool)")
        }
        // The topic of `gi_risk` (topics.cues) names the fact too.
        #expect(
            diagnostics.map(\.message) == [
                "topic 'gi_risk' names no fact of the fact schema; did you mean 'gi_risks'?",
                "the fact extractor names fact 'gi_risk', which the schema lacks; did you mean 'gi_risks'?",
                "fact 'gi_risks' is in the schema, but no fact reader or cue 'fact' entry produces it",
            ])
        #expect(diagnostics.map(\.code) == ["C011", "F005", "F006"])
    }

    @Test func aTermSwiftNamesThatTheLexiconLacksIsReported() throws {
        let diagnostics = try Self.load(changing: "request-classes.lexicon") {
            $0.replacingOccurrences(of: "route transdermal:", with: "route trans_dermal:")
        }
        #expect(diagnostics.map(\.code) == ["L006"])
        #expect(diagnostics.first?.message.contains("names route 'transdermal', which the lexicon lacks") == true)
    }

    @Test func everyNameSwiftAsksForIsInTheShippedData() {
        let lexicon = shipped.lexicon
        #expect(FactName.allCases.filter { lexicon.schema[$0.name] == nil } == [])
        #expect(Term.allCases.filter { !lexicon.contains($0.name, in: $0.vocabulary) } == [])
        #expect(Set(Vocabulary.allCases.map(\.name)) == Lexicon.vocabularies)
    }
}
