import Foundation
import IMRCore
import IMRFacts
import IMRVocabulary

/// The cue phrases with which the harness reads a letter's decision rationale (the truth side)
/// into the criteria the reviewer named met or missing. Loaded from `Rules/reasons/*.reasons`;
/// never read by the engine. The format is in `docs/harness.md`:
///
/// ```
/// case      "the patient", "in this case", "not documented"
/// negation  "no", "not", "without", "lack of"
/// after     "not documented", "not demonstrated"
/// boundary  "but", "however"
/// criterion functional_improvement: "functional improvement", "improved function"
/// criterion neurologic_deficit, regional_neuro_findings: "neurologic deficit"
/// ```
public struct ReasonCues: Hashable, Sendable {
    /// One criterion a reviewer may name: the fact it is about and the phrases that name it (the
    /// phrases of every `criterion` line of the fact, in order; `location` is its first line).
    public struct Criterion: Hashable, Sendable {
        public var fact: String
        /// Each phrase as lowercase words.
        public var phrases: [[String]]
        public var location: SourceLocation
    }

    /// Phrases that mark a sentence as speaking about the case rather than quoting a guideline.
    public var caseMarkers: [[String]] = []
    /// Phrases that, before a criterion in its clause, say it is missing ("no", "lack of").
    public var negations: [[String]] = []
    /// Phrases that, shortly after a criterion in its clause, say it is missing ("not documented").
    public var afterNegations: [[String]] = []
    /// Words that end a clause.
    public var boundaries: Set<String> = []
    public var criteria: [Criterion] = []

    public init() {}

    /// The cues of `<rules>/reasons/`, checked against the facts of `catalog`.
    public static func load(rules: String, catalog: FactCatalog) -> (cues: ReasonCues, diagnostics: [Diagnostic]) {
        load(directory: (rules.hasSuffix("/") ? String(rules.dropLast()) : rules) + "/reasons", facts: Set(catalog.definitions.keys))
    }

    /// Whether no criterion is defined (nothing can be read from a rationale).
    public var isEmpty: Bool { criteria.isEmpty }

    /// Loads every `*.reasons` file of `directory` (sorted by name). A missing directory gives no
    /// cues and no diagnostic; `facts`, when given, are the fact names a criterion may name.
    public static func load(directory: String, facts: Set<String>? = nil) -> (cues: ReasonCues, diagnostics: [Diagnostic]) {
        var cues = ReasonCues()
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (cues, [])
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".reasons") }.sorted()
        for name in names {
            let path = base + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(Diagnostic(code: "A001", message: "cannot read file", location: SourceLocation(file: path)))
                continue
            }
            diagnostics += cues.parse(String(decoding: data, as: UTF8.self), file: path, facts: facts)
        }
        return (cues, diagnostics)
    }

    /// Adds the directives of `text` (read from `file`); returns the problems found.
    public mutating func parse(_ text: String, file: String, facts: Set<String>? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let indent = line.utf8.count - trimmed.utf8.count
            func at(_ offset: Int) -> SourceLocation { SourceLocation(file: file, line: number + 1, column: indent + offset + 1) }
            let keyword = String(trimmed.prefix { $0 != " " && $0 != "\t" })
            var rest = trimmed.dropFirst(keyword.count)
            var restOffset = keyword.utf8.count
            var factNames: [String] = []
            if keyword == "criterion" {
                let leading = rest.prefix { $0 == " " || $0 == "\t" }.utf8.count
                rest = rest.dropFirst(leading)
                restOffset += leading
                guard let colon = rest.firstIndex(of: ":") else {
                    diagnostics.append(
                        Diagnostic(code: "A002", message: "expected 'criterion FACT[, FACT…]: \"phrase\", …'", location: at(restOffset)))
                    continue
                }
                let names = rest[..<colon].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if let unknown = names.first(where: { name in name.isEmpty || facts.map { !$0.contains(name) } ?? false }) {
                    diagnostics.append(
                        Diagnostic(
                            code: "A003",
                            message: unknown.isEmpty
                                ? "expected a fact name" : "unknown fact '\(unknown)'\(Suggestion.didYouMean(unknown, in: facts ?? []))",
                            location: at(restOffset)))
                    continue
                }
                factNames = names
                restOffset += rest[..<colon].utf8.count + 1
                rest = rest[rest.index(after: colon)...]
            } else if !["case", "negation", "after", "boundary"].contains(keyword) {
                diagnostics.append(
                    Diagnostic(
                        code: "A002",
                        message: "unknown directive '\(keyword)'; expected 'case', 'negation', 'after', 'boundary' or 'criterion'",
                        location: at(0)))
                continue
            }
            let (phrases, problem) = Self.phrases(rest)
            if let problem {
                diagnostics.append(Diagnostic(code: "A004", message: problem.message, location: at(restOffset + problem.offset)))
                continue
            }
            switch keyword {
            case "case": caseMarkers += phrases
            case "negation": negations += phrases
            case "after": afterNegations += phrases
            case "boundary":
                for phrase in phrases { boundaries.formUnion(phrase) }
            default:
                for fact in factNames {
                    if let existing = criteria.firstIndex(where: { $0.fact == fact }) {
                        criteria[existing].phrases += phrases
                    } else {
                        criteria.append(Criterion(fact: fact, phrases: phrases, location: at(0)))
                    }
                }
            }
        }
        return diagnostics
    }

    /// The quoted, comma-separated phrases of `text` as lowercase words, or the problem and its
    /// byte offset in `text`.
    static func phrases(_ text: Substring) -> ([[String]], (message: String, offset: Int)?) {
        var phrases: [[String]] = []
        var offset = 0
        var expectPhrase = true
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.first {
            if byte == 32 || byte == 9 {
                bytes = bytes.dropFirst()
                offset += 1
            } else if byte == 44 && !expectPhrase {
                expectPhrase = true
                bytes = bytes.dropFirst()
                offset += 1
            } else if byte == 34 && expectPhrase {
                guard let close = bytes.dropFirst().firstIndex(of: 34) else {
                    return ([], ("unterminated phrase", offset))
                }
                let words = ReasonText.words(String(decoding: bytes[(bytes.startIndex + 1)..<close], as: UTF8.self))
                guard !words.isEmpty else { return ([], ("empty phrase", offset)) }
                phrases.append(words)
                offset += close - bytes.startIndex + 1
                bytes = bytes[(close + 1)...]
                expectPhrase = false
            } else {
                return ([], (expectPhrase ? "expected a quoted phrase" : "expected ',' between phrases", offset))
            }
        }
        if phrases.isEmpty || expectPhrase { return ([], ("expected a quoted phrase", offset)) }
        return (phrases, nil)
    }
}
