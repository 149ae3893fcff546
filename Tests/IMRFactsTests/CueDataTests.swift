import Foundation
import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

/// The cue data under `Rules/lexicon/*.cues`: its format, its checks, and what it may declare.
@Suite struct CueDataTests {
    /// A lexicon directory holding the shipped `.lexicon` files and `cues` as its only cue file.
    static func lexicon(withCues cues: String) throws -> (lexicon: Lexicon, diagnostics: [Diagnostic], file: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-cues-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let shipped = packageRoot + "/Rules/lexicon"
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped) where name.hasSuffix(".lexicon") {
            try FileManager.default.copyItem(atPath: shipped + "/" + name, toPath: directory.path + "/" + name)
        }
        let file = directory.path + "/t.cues"
        try cues.write(toFile: file, atomically: true, encoding: .utf8)
        let (lexicon, diagnostics) = Lexicon.load(directory: directory.path)
        return (lexicon, diagnostics, file)
    }

    @Test(arguments: [
        ("sett spasm\n", "C001 1:1"),
        ("set spasm\n  yes spasm\n", "C001 2:3"),
        ("set Spasm\n", "C001 1:5"),
        ("  yes: spasm\n", "C001 1:3"),
        ("set a\n  yes:\n", "C001 2:3"),
        ("set a\n  yes: x\nset a\n  yes: y\n", "C002 3:5"),
        ("set a\n  yes: muscle spasm, spasm\n  no: muscle-spasm\n", "C004 3:7"),
        ("fact a\n  wins maybe\n  yes: x\n", "C001 2:3"),
        ("fact new_fact\n  yes: x\n", "C007 1:1"),
        ("fact spasm\n  about muscle spasm\n  yes: x\n", "C001 2:3"),
        ("fact spasm\n  yes: x\n  maybe: y\n", "C007 3:10"),
        ("set a\n  about x\n", "C001 2:3"),
        ("group g: procedure\n  k: mri, Not An Id\n", "C001 2:11"),
    ])
    func syntaxErrorsCarryTheirLocation(source: String, expected: String) {
        let (_, diagnostics) = CueLibrary.parse(sources: [("t.cues", source)], schema: shippedLexicon.lexicon.schema)
        let found = diagnostics.map { "\($0.code ?? "-") \($0.location.line ?? 0):\($0.location.column ?? 0)" }
        #expect(found.first == expected, "\(diagnostics.map(\.description))")
    }

    @Test func shippedCueDataIsCompleteAndClean() {
        #expect(shippedLexicon.diagnostics.map(\.description) == [])
        #expect(shippedLexicon.lexicon.cues["negation_before"]?.phrases.contains { $0.phrase == "denies" } == true)
        #expect(shippedLexicon.lexicon.cues.declaredFacts.contains { $0.name == "spasm" })
    }

    /// A set or group that nothing reads is dead data: a warning at the entry, with the name it
    /// most likely meant.
    @Test func aSetOrGroupNothingReadsIsAWarningAtItsLocation() throws {
        let cues = "set negation_befor\n  yes: denies\ngroup study_kinds: procedure\n  imaging: mri\n"
        let (_, diagnostics, _) = try Self.lexicon(withCues: cues)
        let unread = diagnostics.filter { $0.code == "C008" }
        #expect(unread.map { "\($0.severity) \($0.location.line ?? 0):\($0.location.column ?? 0)" } == ["warning 1:1", "warning 3:1"])
        #expect(unread.first?.message.contains("did you mean 'negation_before'") == true, "\(unread.map(\.message))")
        #expect(unread.last?.message.contains("did you mean 'study_kind'") == true, "\(unread.map(\.message))")
    }

    @Test func aSetTheExtractorReadsAndTheDataLacksIsReported() throws {
        let (_, diagnostics, _) = try Self.lexicon(withCues: "set review\n  yes: the request\n")
        let missing = diagnostics.filter { $0.code == "C003" }.map(\.message)
        #expect(missing.contains { $0.contains("cue set 'negation_before'") })
        #expect(missing.contains { $0.contains("fact 'spasm'") })
        #expect(missing.contains { $0.contains("term group 'region_family'") })
        #expect(!missing.contains { $0.contains("'review'") })
    }

    @Test func wrongShapesAndUnknownTermsAreReported() throws {
        let cues = """
            set numbers
              one: one
            set sex
              male: he
            set negation_before
              yes: no, not at all
            fact spasm
              yes: spasm
            group region_family: body_region
              lower: lumbar_spine, kneee

            """
        let (_, diagnostics, file) = try Self.lexicon(withCues: cues)
        let located = diagnostics.filter { $0.location.file == file }.map {
            "\($0.code ?? "-") \($0.location.line ?? 0):\($0.location.column ?? 0)"
        }
        #expect(located.contains("C005 2:8"), "number label")
        #expect(located.contains("C003 3:1"), "sex needs a female label")
        #expect(located.contains("C005 6:12"), "a word list holds one word per item")
        #expect(located.contains("C006 10:24"), "unknown region")
        #expect(diagnostics.contains { $0.message.contains("did you mean 'knee'") })
    }

    /// A new boolean fact takes one line in the fact schema and one `fact` entry in the cue data, no Swift.
    @Test func aFactOfTheSchemaIsReadFromItsCueEntryWithNegation() throws {
        let shipped = try String(contentsOfFile: packageRoot + "/Rules/lexicon/findings.cues", encoding: .utf8)
        var sources: [(file: String, text: String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Rules/lexicon").sorted()
        where name.hasSuffix(".cues") {
            sources.append((name, try String(contentsOfFile: packageRoot + "/Rules/lexicon/" + name, encoding: .utf8)))
        }
        #expect(shipped.contains("fact spasm"))
        sources.append(("new.cues", "fact morning_stiffness\n  yes: morning stiffness\n"))
        // Without its schema line the entry is an error, and the fact is in no catalog.
        let (_, unknown) = CueLibrary.parse(sources: sources, schema: shippedLexicon.lexicon.schema)
        #expect(unknown.map { "\($0.code ?? "-") \($0.location)" } == ["C007 new.cues:1:1"])
        #expect(shippedLexicon.lexicon.schema["morning_stiffness"] == nil)
        let schemaText = try String(contentsOfFile: packageRoot + "/Rules/lexicon/facts.schema", encoding: .utf8)
        let (schema, schemaProblems) = FactCatalog.parse(
            sources: [("facts.schema", schemaText + "case morning_stiffness (bool): morning stiffness is documented\n")],
            vocabularies: Lexicon.vocabularies)
        #expect(schemaProblems.isEmpty, "\(schemaProblems)")
        let (cues, problems) = CueLibrary.parse(sources: sources, schema: schema)
        #expect(problems.isEmpty, "\(problems)")
        var lexicon = shippedLexicon.lexicon
        lexicon.cues = cues
        lexicon.schema = schema
        let reader = FactExtractor(lexicon: lexicon)
        let cases: [(String, Bool?)] = [
            ("She reports morning stiffness of the hands.", true),
            ("She denies morning stiffness.", false),
            ("Morning stiffness was not noted.", false),
            ("Her knee is swollen.", nil),
        ]
        for (summary, expected) in cases {
            let value = reader.caseFacts(for: bareCase(summary)).facts["morning_stiffness"]?.value
            #expect(value == expected.map { .bool($0) }, "\(summary)")
        }
    }

    /// Domain wording is data: no array or dictionary literal of more than a handful of string
    /// literals in `Sources/IMRFacts` or `Sources/IMRVocabulary` (the lexicon loader's format
    /// keywords and vocabulary names are syntax, not wording).
    @Test func factSourcesHoldNoPhraseLists() throws {
        let syntax: Set<String> = ["LexiconLoader.swift"]
        var offenders: [String] = []
        for directory in ["/Sources/IMRFacts", "/Sources/IMRVocabulary"].map({ packageRoot + $0 }) {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            where name.hasSuffix(".swift") && !syntax.contains(name) {
                let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
                for (line, count) in StringListScanner.lists(in: text) where count > StringListScanner.handful {
                    offenders.append("\(name):\(line): \(count) strings")
                }
            }
        }
        #expect(offenders == [], "move these word lists to Rules/lexicon/*.cues")
    }

    @Test func theScannerFindsListsAndIgnoresOtherBrackets() {
        let text = """
            let a = ["one", "two", "three", "four", "five", "six"]
            let b: [String: Int] = [
                "x": 1, "y": 2, "z": 3, "w": 4, "v": 5, "u": 6, "t": 7,
            ]
            let c = values[index]
            let d = [f("one"), f("two"), f("three"), f("four"), f("five"), f("six")]
            let e = "[not, a, list]"
            """
        #expect(StringListScanner.lists(in: text).map(\.count) == [6, 7])
    }

    /// The cue tables of `docs/facts.md` are the data's (re-record with `IMR_RECORD=1`).
    @Test func docsCueTablesMatchTheData() throws {
        let path = packageRoot + "/docs/facts.md"
        let document = try String(contentsOfFile: path, encoding: .utf8)
        let begin =
            "<!-- cue tables: generated from Rules/lexicon/*.cues; re-record with IMR_RECORD=1 swift test --filter docsCueTables -->\n"
        let end = "<!-- end of cue tables -->"
        let start = try #require(document.range(of: begin), "docs/facts.md lacks the cue-table marker")
        let stop = try #require(document.range(of: end, range: start.upperBound..<document.endIndex))
        let generated = shippedLexicon.lexicon.cues.markdownTables()
        if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
            let updated = String(document[..<start.upperBound]) + generated + String(document[stop.lowerBound...])
            try updated.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(String(document[start.upperBound..<stop.lowerBound]) == generated, "run IMR_RECORD=1 swift test --filter docsCueTables")
    }
}

/// Finds bracketed literals whose elements are string literals (or `"key": value` pairs) in Swift text.
enum StringListScanner {
    /// How many strings a literal may hold before it counts as a word list.
    static let handful = 5

    /// (line, string elements) of every bracketed literal whose elements all start with a string.
    static func lists(in text: String) -> [(line: Int, count: Int)] {
        let bytes = Array(text.utf8)
        var found: [(Int, Int)] = []
        var stack: [(line: Int, elements: Int, strings: Int, atElementStart: Bool, allStrings: Bool)] = []
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10 { line += 1 }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != 10 { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "\"") {
                if !stack.isEmpty, stack[stack.count - 1].atElementStart {
                    stack[stack.count - 1].strings += 1
                    stack[stack.count - 1].elements += 1
                    stack[stack.count - 1].atElementStart = false
                }
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"):
                if !stack.isEmpty, stack[stack.count - 1].atElementStart {
                    stack[stack.count - 1].elements += 1
                    stack[stack.count - 1].allStrings = false
                    stack[stack.count - 1].atElementStart = false
                }
                stack.append((line, 0, 0, byte == UInt8(ascii: "["), byte == UInt8(ascii: "[")))
            case UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: "}"):
                if let top = stack.popLast(), byte == UInt8(ascii: "]"), top.allStrings, top.strings > 0 {
                    found.append((top.line, top.strings))
                }
            case UInt8(ascii: ","):
                if !stack.isEmpty { stack[stack.count - 1].atElementStart = true }
            case 32, 9, 10, 13, UInt8(ascii: ":"):
                break
            default:
                if !stack.isEmpty, stack[stack.count - 1].atElementStart {
                    stack[stack.count - 1].elements += 1
                    stack[stack.count - 1].allStrings = false
                    stack[stack.count - 1].atElementStart = false
                }
            }
            index += 1
        }
        return found
    }
}
