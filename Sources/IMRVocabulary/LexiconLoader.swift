import Foundation
import IMRCore

extension Lexicon {
    /// Loads every `*.lexicon`, `*.cues` and `*.schema` file under `directory`, reporting every
    /// problem found.
    ///
    /// Files are read in name order; problems carry `file:line:col` and a stable code:
    /// `L001` syntax, `L002` duplicate term or code, `L003` unknown parent or code term, `L004`
    /// phrase claimed by two terms of the same vocabulary, `L005` unreadable file or directory;
    /// `C001`–`C010` for the cue data, `F001`–`F004` for the fact schema (see `docs/facts.md`).
    public static func load(directory: String) -> (lexicon: Lexicon, diagnostics: [Diagnostic]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            let problem = Diagnostic.vocabulary(
                .unreadable, "cannot read lexicon directory '\(directory)'", at: SourceLocation(file: directory))
            return (Lexicon(), [problem])
        }
        var sources: [DataFileKind: [(file: String, text: String)]] = [:]
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() {
            guard let kind = DataFileKind.allCases.first(where: { name.hasSuffix($0.suffix) }) else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = manager.contents(atPath: path) else {
                diagnostics.append(
                    Diagnostic.vocabulary(.unreadable, "cannot read '\(path)'", at: SourceLocation(file: path)))
                continue
            }
            sources[kind, default: []].append((path, String(decoding: data, as: UTF8.self)))
        }
        var (lexicon, found) = parse(sources: sources[.lexicon] ?? [])
        let (schema, schemaProblems) = FactCatalog.parse(sources: sources[.schema] ?? [], vocabularies: vocabularies)
        let cueSources = sources[.cues] ?? []
        let (cues, cueProblems) = CueLibrary.parse(sources: cueSources, schema: schema)
        lexicon.cues = cues
        lexicon.schema = schema
        diagnostics += found + schemaProblems + cueProblems
        // A lexicon directory without cue files (a test fixture) reads no cue-based facts; with any,
        // every set the extractor reads must be there, and the fact schema.
        if !cueSources.isEmpty {
            diagnostics +=
                cues.check(against: lexicon, directory: directory) + lexicon.checkTerms(directory: directory)
                + lexicon.checkProcedureCategories()
            if sources[.schema] == nil {
                diagnostics.append(
                    Diagnostic.vocabulary(
                        .missingSchema, "no '\(DataFileKind.schema.suffix)' file defines the facts rules may name",
                        at: SourceLocation(file: directory)))
            } else {
                diagnostics += schema.check(directory: directory) + schema.checkProduced(by: cues)
            }
        }
        return (lexicon, diagnostics)
    }

    /// The kinds of file a lexicon directory holds, by file name suffix (`drugs.lexicon`).
    enum DataFileKind: String, DataKeyword {
        case lexicon, cues, schema

        var suffix: String { "." + keyword }
    }

    /// Parses lexicon sources (file name, text) into one lexicon, checking duplicates, parents and
    /// phrase conflicts across all of them.
    public static func parse(sources: [(file: String, text: String)]) -> (lexicon: Lexicon, diagnostics: [Diagnostic]) {
        var parser = LexiconParser()
        for source in sources { parser.parse(source.text, file: source.file) }
        return parser.finish()
    }
}

/// The line-oriented reader of `.lexicon` files (format in `docs/facts.md`).
struct LexiconParser {
    /// Header keyword → vocabulary: a vocabulary's name, or its short form (``Vocabulary/keyword``).
    static let keywords = Dictionary(uniqueKeysWithValues: Vocabulary.allCases.map { ($0.keyword, $0.name) })
    /// The header of a `code CODE: KIND ID, …` line.
    static let codeKeyword = "code"
    /// The indented lines of an entry, by their first word.
    enum EntryLine: String, DataKeyword {
        /// Parent terms.
        case `is`
        /// Parent terms (a procedure's category).
        case category
        /// A drug's ingredients.
        case ingredients
        /// More phrases.
        case also
    }

    /// Which vocabularies a term of each vocabulary may name as a parent.
    static let parentVocabularies = Dictionary(
        uniqueKeysWithValues: Vocabulary.allCases.map { vocabulary in
            let parents: [Vocabulary] =
                switch vocabulary {
                case .drug, .ingredient: [.drugClass]
                case .procedure: [.procedure, .category, .requestKind]
                case .category: [.category, .requestKind]
                case .specialty: [.procedure]
                default: [vocabulary]
                }
            return (vocabulary.name, parents.map(\.name))
        })

    /// A term being read, with the locations needed for later checks.
    struct Draft {
        var entry: LexiconEntry
        var ingredients: [(id: String, location: SourceLocation)] = []
        var parents: [(id: String, location: SourceLocation)] = []
        /// The items of its `category` lines (also among `parents`): a procedure names one.
        var categories: [(id: String, location: SourceLocation)] = []
        var phrases: [(phrase: String, location: SourceLocation)] = []
        /// An ingredient made from a drug without an `ingredients` line (its conflicts are the drug's).
        var implicit = false
    }

    /// A billing or diagnosis code (`code 72148: procedure mri, region lumbar_spine`): its phrases
    /// are added to each term it names, so the code reads as the same concepts as its wording.
    struct CodeLine {
        var code: String
        var location: SourceLocation
        var terms: [(vocabulary: String, id: String, location: SourceLocation)]
    }

    var drafts: [Draft] = []
    var codes: [CodeLine] = []
    /// The phrases made from codes: a code may name several terms of one vocabulary (29827 is an
    /// arthroscopy and a rotator cuff repair), so these are exempt from the one-term-per-phrase check.
    var codePhrases: Set<String> = []
    var diagnostics: [Diagnostic] = []
    /// Whether the line being parsed is ASCII (see ``parse(_:file:)``).
    var ascii = false

    mutating func parse(_ text: String, file: String) {
        // Lines end at LF, CRLF or a lone CR.
        var bytes = Array(text.utf8)
        let hasCR = bytes.contains(13)
        let text = hasCR ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        if hasCR { bytes = Array(text.utf8) }
        var current: Int?
        var lineNumber = 0
        // The lines (split at each LF, the last one after the last LF) are found on a copy of the
        // bytes; a byte offset is a `String.Index` of the text by offsetting (constant time).
        let utf8 = text.utf8
        var nextStart = 0
        var nextStartIndex = utf8.startIndex
        while nextStart <= bytes.count {
            let start = nextStart
            let startIndex = nextStartIndex
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            nextStart = end + 1
            lineNumber += 1
            // In an ASCII line (no CR is left, and a line starts and ends at a `Character` boundary)
            // every byte is a `Character` of its own, so the line is cut on bytes; `Character` by
            // `Character` otherwise (it was a third of the loader's time). Decided per line: one
            // comment with a box-drawing rule would send a whole file the slow way.
            ascii = !bytes[start..<end].contains { $0 >= 0x80 }
            var line: Substring
            if ascii {
                var last = bytes[start..<end].firstIndex(of: UInt8(ascii: "#")) ?? end
                while last > start, Self.isBlank(bytes[last - 1]) || bytes[last - 1] == 13 { last -= 1 }
                line = Substring(utf8[startIndex..<utf8.index(startIndex, offsetBy: last - start)])
            } else {
                line = Substring(utf8[startIndex..<utf8.index(startIndex, offsetBy: end - start)])
                if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
                while let last = line.utf8.last, Self.isBlank(last) || last == 13 { line = dropFirst(0, dropLast: 1, of: line) }
            }
            if end < bytes.count { nextStartIndex = utf8.index(startIndex, offsetBy: end - start + 1) }
            let indent = leadingSpace(line)
            let body = dropFirst(indent, of: line)
            if body.isEmpty { continue }
            let at = { (offset: Int) in SourceLocation(file: file, line: lineNumber, column: offset + 1) }
            if indent == 0 {
                current = nil
                let keyword = firstWord(body)
                if keyword == Self.codeKeyword {
                    parseCode(dropFirst(keyword.utf8.count, of: body), column: keyword.utf8.count, line: lineNumber, file: file)
                    continue
                }
                guard let vocabulary = Self.keywords[keyword] else {
                    error(
                        .lexiconSyntax,
                        "unknown entry kind '\(keyword)'; expected one of: \(Self.keywords.keys.sorted().joined(separator: ", "))",
                        at(0))
                    continue
                }
                let rest = dropFirst(keyword.utf8.count, of: body)
                let (idPart, phrasePart) = split(rest, on: ":")
                let id = trimmed(idPart)
                let idColumn = indent + keyword.utf8.count + leadingSpace(idPart)
                guard isDataName(id) else {
                    error(.lexiconSyntax, "expected a term id (lower-case letters, digits, '_') after '\(keyword)'", at(idColumn))
                    continue
                }
                var draft = Draft(
                    entry: LexiconEntry(vocabulary: vocabulary, id: id, names: [], parents: [], location: at(0)))
                if let phrasePart {
                    let column = indent + keyword.utf8.count + idPart.utf8.count + 1
                    draft.phrases = list(phrasePart, column: column, line: lineNumber, file: file).map {
                        (normalizePhrase($0.item), $0.location)
                    }
                } else {
                    draft.phrases = [(id.replacingOccurrences(of: "_", with: " "), at(idColumn))]
                }
                drafts.append(draft)
                current = drafts.count - 1
                continue
            }
            guard let index = current else {
                error(.lexiconSyntax, "indented line outside an entry", at(indent))
                continue
            }
            let keyword = firstWord(body)
            let rest = dropFirst(keyword.utf8.count, of: body)
            let column = indent + keyword.utf8.count
            let items = list(rest, column: column, line: lineNumber, file: file)
            guard !items.isEmpty else {
                error(.lexiconSyntax, "'\(keyword)' needs a comma-separated list", at(indent))
                continue
            }
            guard let entryLine = EntryLine(keyword: keyword) else {
                error(.lexiconSyntax, "unknown line '\(keyword)'; expected 'is', 'category', 'ingredients' or 'also'", at(indent))
                continue
            }
            switch entryLine {
            case .is, .category:
                for item in items where checkIdentifier(item.item, item.location) {
                    drafts[index].parents.append((item.item, item.location))
                    if entryLine == .category { drafts[index].categories.append((item.item, item.location)) }
                }
            case .ingredients:
                guard drafts[index].entry.vocabulary == .drug else {
                    error(.lexiconSyntax, "only a drug has 'ingredients'", at(indent))
                    continue
                }
                for item in items where checkIdentifier(item.item, item.location) {
                    drafts[index].ingredients.append((item.item, item.location))
                }
            case .also:
                drafts[index].phrases += items.map { (normalizePhrase($0.item), $0.location) }
            }
        }
    }

    /// Reads the rest of a `code CODE: KIND ID, KIND ID, …` line (starting at 0-based `column`).
    mutating func parseCode(_ rest: Substring, column: Int, line: Int, file: String) {
        let (codePart, termPart) = split(rest, on: ":")
        let code = trimmed(codePart)
        let location = SourceLocation(file: file, line: line, column: column + leadingSpace(codePart) + 1)
        let isCode =
            !code.isEmpty && code.utf8.contains { $0 >= 48 && $0 <= 57 }
            && code.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 46 }
        if code.utf8.last == 45, CuePattern.codePrefixWords(code) == nil {
            error(
                .lexiconSyntax,
                "a code prefix is written as in ICD-10: a category of three characters starting with a letter, '.', "
                    + "the characters its codes start with, and '-' (e.g. 'S32.0-', 'S12.-')", location)
            return
        }
        guard isCode || CuePattern.codePrefixWords(code) != nil, let termPart else {
            error(.lexiconSyntax, "expected 'code CODE: KIND ID, …' (CODE: letters, digits and '.', with a digit)", location)
            return
        }
        var terms: [(String, String, SourceLocation)] = []
        let items = list(termPart, column: column + codePart.utf8.count + 1, line: line, file: file)
        for item in items {
            let words = item.item.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2, let vocabulary = Self.keywords[String(words[0])], isDataName(String(words[1])) else {
                error(.lexiconSyntax, "expected 'KIND ID' (e.g. 'procedure mri'), found '\(item.item)'", item.location)
                continue
            }
            terms.append((vocabulary, String(words[1]), item.location))
        }
        if items.isEmpty { error(.lexiconSyntax, "code '\(code)' names no term", location) }
        codes.append(CodeLine(code: code, location: location, terms: terms))
    }

    /// Adds each code's phrases (`m54.16` is read as `m54 16`; also `m5416`) to the terms it names;
    /// a code prefix (`S32.0-`) adds the phrase `s32 0*`, which matches every code written under it
    /// with its dot (`S32.010A`).
    mutating func applyCodes() {
        var seenCodes: [String: SourceLocation] = [:]
        // The first draft of each term, found by key rather than by a search of every draft per code.
        var firstDraft: [DraftKey: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            let key = DraftKey(vocabulary: draft.entry.vocabulary, id: draft.entry.id)
            if firstDraft[key] == nil { firstDraft[key] = index }
        }
        for line in codes {
            let key = line.code.lowercased()
            if let first = seenCodes[key] {
                error(.duplicateTerm, "duplicate code '\(line.code)'; first defined at \(first)", line.location)
                continue
            }
            seenCodes[key] = line.location
            var phrases = [normalizePhrase(line.code)]
            if let prefixWords = CuePattern.codePrefixWords(line.code) {
                // A prefix is read dotted only: its words are the category and a prefix word.
                phrases = [prefixWords.joined(separator: " ")]
            } else {
                // A code is ASCII letters, digits and dots (``parseCode(_:column:line:file:)``): its
                // dots are dropped on its bytes (Foundation's search was 40% of this function).
                let undotted = normalizePhrase(String(decoding: line.code.utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self))
                if !phrases.contains(undotted) { phrases.append(undotted) }
            }
            codePhrases.formUnion(phrases)
            for term in line.terms {
                guard let index = firstDraft[DraftKey(vocabulary: term.vocabulary, id: term.id)] else {
                    let pool = drafts.filter { $0.entry.vocabulary == term.vocabulary }.map(\.entry.id)
                    error(
                        .unknownParent,
                        "unknown \(term.vocabulary) '\(term.id)' in code '\(line.code)'\(Suggestion.didYouMean(term.id, in: pool))",
                        term.location)
                    continue
                }
                drafts[index].phrases += phrases.map { ($0, term.location) }
            }
        }
    }

    /// A term of a draft: its vocabulary and id.
    struct DraftKey: Hashable {
        var vocabulary: String
        var id: String
    }

    /// Resolves parents, adds implicit ingredients and reports conflicts.
    mutating func finish() -> (lexicon: Lexicon, diagnostics: [Diagnostic]) {
        applyCodes()
        var seen: [String: [String: SourceLocation]] = [:]
        var unique: [Draft] = []
        for draft in drafts {
            let entry = draft.entry
            if let first = seen[entry.vocabulary]?[entry.id] {
                error(.duplicateTerm, "duplicate \(entry.vocabulary) term '\(entry.id)'; first defined at \(first)", entry.location)
                continue
            }
            seen[entry.vocabulary, default: [:]][entry.id] = entry.location
            unique.append(draft)
        }
        // A drug without an `ingredients` line is its own single ingredient.
        var implicit: [Draft] = []
        for draft in unique where draft.entry.vocabulary == .drug && draft.ingredients.isEmpty {
            guard seen[Vocabulary.ingredient.name]?[draft.entry.id] == nil else { continue }
            var entry = draft.entry
            entry.vocabulary = Vocabulary.ingredient.name
            var copy = Draft(entry: entry)
            copy.parents = draft.parents.filter { seen[Vocabulary.drugClass.name]?[$0.id] != nil }
            copy.phrases = draft.phrases
            copy.implicit = true
            implicit.append(copy)
            seen[Vocabulary.ingredient.name, default: [:]][entry.id] = entry.location
        }
        var entries: [LexiconEntry] = []
        var claimed: [String: [String: (id: String, location: SourceLocation)]] = [:]
        for var draft in unique + implicit {
            let vocabulary = draft.entry.vocabulary
            for ingredient in draft.ingredients {
                if seen[Vocabulary.ingredient.name]?[ingredient.id] == nil {
                    error(
                        .unknownParent,
                        "unknown ingredient '\(ingredient.id)'\(suggestion(ingredient.id, seen[Vocabulary.ingredient.name]))",
                        ingredient.location
                    )
                }
            }
            for parent in draft.parents {
                let allowed = Self.parentVocabularies[vocabulary] ?? []
                if !allowed.contains(where: { seen[$0]?[parent.id] != nil }) {
                    let pool = allowed.reduce(into: [String: SourceLocation]()) { pool, name in
                        pool.merge(seen[name] ?? [:]) { first, _ in first }
                    }
                    error(
                        .unknownParent, "unknown parent '\(parent.id)' of \(vocabulary) '\(draft.entry.id)'\(suggestion(parent.id, pool))",
                        parent.location)
                }
            }
            checkCategories(of: draft, categories: seen[Vocabulary.category.name] ?? [:])
            for phrase in draft.phrases {
                guard !phrase.phrase.isEmpty else {
                    error(.lexiconSyntax, "empty phrase", phrase.location)
                    continue
                }
                if let owner = claimed[vocabulary]?[phrase.phrase], owner.id != draft.entry.id, !codePhrases.contains(phrase.phrase) {
                    if draft.implicit { continue }
                    error(
                        .phraseConflict,
                        "phrase '\(phrase.phrase)' of \(vocabulary) '\(draft.entry.id)' is already claimed by '\(owner.id)' at \(owner.location)",
                        phrase.location)
                    continue
                }
                claimed[vocabulary, default: [:]][phrase.phrase] = (draft.entry.id, phrase.location)
            }
            var names: [String] = []
            for phrase in draft.phrases.map(\.phrase) where !phrase.isEmpty && !names.contains(phrase) { names.append(phrase) }
            draft.entry.names = names
            var parents = draft.ingredients.map(\.id)
            for parent in draft.parents.map(\.id) where !parents.contains(parent) { parents.append(parent) }
            draft.entry.parents = parents
            entries.append(draft.entry)
        }
        return (Lexicon(entries: entries), diagnostics)
    }

    /// A procedure's `category` lines name one category: a second item is an error (the request's
    /// category would depend on the order of its parents), and so is an item that is not a category
    /// (`category mri` would make it a broader procedure). A procedure with no category at all is
    /// reported by ``Lexicon/checkProcedureCategories(directory:)``.
    mutating func checkCategories(of draft: Draft, categories: [String: SourceLocation]) {
        guard draft.entry.vocabulary == Vocabulary.procedure.name else { return }
        for item in draft.categories where categories[item.id] == nil {
            error(
                .unknownParent,
                "'category' of procedure '\(draft.entry.id)' names '\(item.id)', which is not a category\(suggestion(item.id, categories))",
                item.location)
        }
        if draft.categories.count > 1 {
            let names = draft.categories.map { "'\($0.id)'" }.joined(separator: ", ")
            error(
                .lexiconSyntax,
                "procedure '\(draft.entry.id)' names \(draft.categories.count) categories (\(names)); a procedure has one 'category' line naming one category",
                draft.categories[1].location)
        }
    }

    // MARK: Helpers

    mutating func error(_ code: VocabularyDiagnosticCode, _ message: String, _ location: SourceLocation) {
        diagnostics.append(.vocabulary(code, message, at: location))
    }

    mutating func checkIdentifier(_ text: String, _ location: SourceLocation) -> Bool {
        if isDataName(text) { return true }
        error(.lexiconSyntax, "'\(text)' is not a term id (lower-case letters, digits, '_')", location)
        return false
    }

    func leadingSpace(_ text: Substring) -> Int { text.utf8.prefix(while: Self.isBlank).count }

    /// The leading run of `text` up to a blank.
    func firstWord(_ text: Substring) -> String { String(decoding: text.utf8.prefix { !Self.isBlank($0) }, as: UTF8.self) }

    func split(_ text: Substring, on separator: Character) -> (Substring, Substring?) {
        if ascii, let byte = separator.asciiValue {
            guard let index = text.utf8.firstIndex(of: byte) else { return (text, nil) }
            return (text[..<index], text[text.utf8.index(after: index)...])
        }
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (text[..<index], text[text.index(after: index)...])
    }

    /// `text` without its first `first` and last `last` `Character`s (bytes, in an ASCII file).
    func dropFirst(_ first: Int, dropLast last: Int = 0, of text: Substring) -> Substring {
        ascii ? Substring(text.utf8.dropFirst(first).dropLast(last)) : text.dropFirst(first).dropLast(last)
    }

    /// Splits `text` (starting at 0-based `column`) on commas, with each item's location; scans
    /// UTF-8 bytes (Foundation's trimming and Character splitting were most of the loader's time).
    func list(_ text: Substring, column: Int, line: Int, file: String) -> [(item: String, location: SourceLocation)] {
        var items: [(item: String, location: SourceLocation)] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
            var first = start
            var last = end
            while first < last, Self.isBlank(bytes[first]) { first += 1 }
            while last > first, Self.isBlank(bytes[last - 1]) { last -= 1 }
            if first < last {
                let item = String(decoding: bytes[first..<last], as: UTF8.self)
                items.append((item, SourceLocation(file: file, line: line, column: column + first + 1)))
            }
            start = end + 1
        }
        return items
    }

    /// `text` without leading and trailing spaces and tabs.
    func trimmed(_ text: Substring) -> String {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !Self.isBlank($0) }), let last = bytes.lastIndex(where: { !Self.isBlank($0) }) else {
            return ""
        }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// A phrase as the matcher sees it: lower-case words separated by single spaces.
    func normalizePhrase(_ phrase: String) -> String {
        phraseText(phrase)
    }

    func suggestion(_ word: String, _ pool: [String: SourceLocation]?) -> String {
        pool.map { Suggestion.didYouMean(word, in: $0.keys) } ?? ""
    }
}
