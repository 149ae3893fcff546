import IMRCore

extension FactCatalog {
    /// Parses fact schema sources (file name, text) into one catalog: `SCOPE NAME (KIND): SUMMARY`
    /// lines and `values NAME: a, b` lists (format in `docs/facts.md`). Problems carry
    /// `file:line:col`: `F001` syntax, `F002` a fact or list defined twice, `F003` an unknown
    /// vocabulary (neither one of `vocabularies` nor a `values` list).
    public static func parse(sources: [(file: String, text: String)], vocabularies: Set<String>) -> (
        catalog: FactCatalog, diagnostics: [Diagnostic]
    ) {
        var parser = FactSchemaParser()
        for source in sources { parser.parse(source.text, file: source.file) }
        return parser.finish(vocabularies: vocabularies)
    }
}

/// The line-oriented reader of `.schema` files. A line whose first character (after blanks) is
/// `#` is a comment; a summary may hold `#` (`number of units requested (#60)`).
struct FactSchemaParser {
    /// The first word of a `values NAME: a, b` line.
    static let valuesKeyword = "values"
    private var definitions: [FactDefinition] = []
    private var enumerations: [String: (values: [String], location: SourceLocation)] = [:]
    /// (vocabulary, where a kind names it) for the check once every file is read.
    private var references: [(vocabulary: String, location: SourceLocation)] = []
    private var diagnostics: [Diagnostic] = []

    mutating func parse(_ text: String, file: String) {
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine)
            let start = line.firstIndex { !Self.isBlank($0) } ?? line.count
            guard start < line.count, line[start] != UInt8(ascii: "#") else { continue }
            let at = { (index: Int) in SourceLocation(file: file, line: lineNumber, column: index + 1) }
            let keyword = word(line, from: start)
            let word = String(decoding: line[keyword], as: UTF8.self)
            if word == Self.valuesKeyword {
                values(line, after: keyword.upperBound, at: at)
            } else if let scope = FactScope(rawValue: word) {
                fact(scope, line, after: keyword.upperBound, at: at)
            } else {
                error(
                    .schemaSyntax, "expected 'request NAME (KIND): SUMMARY', 'case NAME (KIND): SUMMARY' or 'values NAME: a, b'", at(start))
            }
        }
    }

    /// Reads `NAME (KIND): SUMMARY` after the scope.
    private mutating func fact(_ scope: FactScope, _ line: [UInt8], after index: Int, at: (Int) -> SourceLocation) {
        let nameRange = word(line, from: skipBlanks(line, from: index), stoppingAt: UInt8(ascii: "("))
        let name = String(decoding: line[nameRange], as: UTF8.self)
        guard isDataName(name) else {
            return error(.schemaSyntax, "expected a fact name (lower-case letters, digits, '_')", at(nameRange.lowerBound))
        }
        let open = skipBlanks(line, from: nameRange.upperBound)
        guard open < line.count, line[open] == UInt8(ascii: "("),
            let close = line[open...].firstIndex(of: UInt8(ascii: ")")), close + 1 < line.count, line[close + 1] == UInt8(ascii: ":")
        else { return error(.schemaSyntax, "expected '(KIND): SUMMARY' after '\(name)'", at(open)) }
        let kindStart = skipBlanks(line, from: open + 1)
        let parts = String(decoding: line[kindStart..<close], as: UTF8.self).split(separator: " ").map(String.init)
        guard let kind = FactKind(words: parts) else {
            return error(.schemaSyntax, "unknown kind; expected bool, number, days, term VOCABULARY or terms VOCABULARY", at(kindStart))
        }
        if let vocabulary = kind.vocabulary { references.append((vocabulary, at(kindStart + parts[0].utf8.count + 1))) }
        let summary = String(decoding: line[(close + 2)...], as: UTF8.self).trimmingBlanks
        guard !summary.isEmpty else { return error(.schemaSyntax, "fact '\(name)' needs a summary after ':'", at(close + 1)) }
        if let first = definitions.first(where: { $0.name == name })?.location {
            return error(.duplicateFact, "duplicate fact '\(name)'; first defined at \(first)", at(nameRange.lowerBound))
        }
        definitions.append(FactDefinition(name, kind, scope, summary, location: at(0)))
    }

    /// Reads `NAME: a, b, c` after `values`.
    private mutating func values(_ line: [UInt8], after index: Int, at: (Int) -> SourceLocation) {
        let nameRange = word(line, from: skipBlanks(line, from: index), stoppingAt: UInt8(ascii: ":"))
        let name = String(decoding: line[nameRange], as: UTF8.self)
        guard isDataName(name), nameRange.upperBound < line.count, line[nameRange.upperBound] == UInt8(ascii: ":") else {
            return error(.schemaSyntax, "expected 'values NAME: a, b'", at(nameRange.lowerBound))
        }
        let items = CueParser.list(line, from: nameRange.upperBound + 1, line: 0, file: "")
        if let bad = items.first(where: { !isDataName($0.item) }) {
            return error(
                .schemaSyntax, "'\(bad.item)' is not a term id (lower-case letters, digits, '_')", at((bad.location.column ?? 1) - 1))
        }
        guard !items.isEmpty else {
            return error(.schemaSyntax, "'values \(name):' needs a comma-separated list", at(nameRange.lowerBound))
        }
        if let first = enumerations[name]?.location {
            return error(.duplicateFact, "duplicate values '\(name)'; first defined at \(first)", at(nameRange.lowerBound))
        }
        enumerations[name] = (items.map(\.item), at(0))
    }

    func finish(vocabularies: Set<String>) -> (catalog: FactCatalog, diagnostics: [Diagnostic]) {
        var diagnostics = diagnostics
        let known = vocabularies.union(enumerations.keys)
        for reference in references where !known.contains(reference.vocabulary) {
            diagnostics.append(
                Diagnostic.vocabulary(
                    .unknownVocabulary,
                    "unknown vocabulary '\(reference.vocabulary)'\(Suggestion.didYouMean(reference.vocabulary, in: known))",
                    at: reference.location))
        }
        return (FactCatalog(definitions: definitions, enumerations: enumerations.mapValues(\.values)), diagnostics)
    }

    // MARK: Helpers

    private mutating func error(_ code: VocabularyDiagnosticCode, _ message: String, _ location: SourceLocation) {
        diagnostics.append(.vocabulary(code, message, at: location))
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 }

    private func skipBlanks(_ line: [UInt8], from index: Int) -> Int {
        line[index...].firstIndex { !Self.isBlank($0) } ?? line.count
    }

    /// The run of bytes from `start` up to a blank or `stop`.
    private func word(_ line: [UInt8], from start: Int, stoppingAt stop: UInt8? = nil) -> Range<Int> {
        start..<(line[start...].firstIndex { Self.isBlank($0) || $0 == stop } ?? line.count)
    }
}
