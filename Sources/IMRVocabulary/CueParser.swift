import IMRCore

/// A named list of lexicon term ids from a `.cues` file, grouped by label (`group region_family:
/// body_region` with `lower: lumbar_spine, knee, …`): knowledge about terms that Swift reads by name.
public struct TermGroupDefinition: Hashable, Sendable {
    public var name: String
    /// The vocabulary every id must belong to.
    public var vocabulary: String
    /// (label, term id, location) in file order.
    public var members: [CuePhrase]
    public var location: SourceLocation

    public init(name: String, vocabulary: String, members: [CuePhrase] = [], location: SourceLocation) {
        self.name = name
        self.vocabulary = vocabulary
        self.members = members
        self.location = location
    }

    /// The labels used, in first-use order.
    public var labels: [String] {
        var seen: [String] = []
        for member in members where !seen.contains(member.label) { seen.append(member.label) }
        return seen
    }
}

/// The line-oriented reader of `.cues` files (format in `docs/facts.md`):
///
/// ```
/// set past                         # a cue set Swift reads by name
///   yes: status post, s/p, underwent
/// fact spasm                       # a boolean fact read from its phrases
///   yes: spasm, myospasm
///   no: no spasm
/// group region_family: body_region # term ids grouped by label
///   lower: lumbar_spine, knee
/// topic functional_improvement     # words of a fact's topic (``CueSetDefinition/topic``)
///   words: function, ADLs, walking
/// ```
struct CueParser {
    var sets: [CueSetDefinition] = []
    var groups: [TermGroupDefinition] = []
    var diagnostics: [Diagnostic] = []
    private var seen: [String: SourceLocation] = [:]
    /// Per set of `sets`: its phrases by the FNV-1a hash of their bytes, entry `n` the set's phrase
    /// `n` (a duplicate is found without comparing it with every phrase before it, and without the
    /// `Dictionary`'s hashing: every phrase of every cue file, every slot's, is added at every load).
    private var phrasePositions: [OpenAddressTable<String, Void>] = []
    /// Set name → its position in `sets`, for slots.
    private var setIndices: [String: Int] = [:]

    private enum Current {
        case set(Int)
        case group(Int)
    }

    mutating func parse(_ text: String, file: String) {
        var current: Current?
        var lineNumber = 0
        // The lines (split at each LF, the last one after the last LF), found on a copy of the bytes.
        let bytes = Array(text.utf8)
        var nextStart = 0
        while nextStart <= bytes.count {
            var end = nextStart
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var line = Array(bytes[nextStart..<end])
            nextStart = end + 1
            lineNumber += 1
            if let hash = line.firstIndex(of: UInt8(ascii: "#")) { line.removeSubrange(hash...) }
            while let last = line.last, last == 32 || last == 9 || last == 13 { line.removeLast() }
            let indent = line.prefix(while: { $0 == 32 || $0 == 9 }).count
            guard indent < line.count else { continue }
            let at = { (offset: Int) in SourceLocation(file: file, line: lineNumber, column: offset + 1) }
            let keywordEnd = line[indent...].firstIndex(where: { $0 == 32 || $0 == 9 }) ?? line.count
            let keyword = String(decoding: line[indent..<keywordEnd], as: UTF8.self)
            if indent == 0 {
                current = header(keyword, line, keywordEnd: keywordEnd, at: at)
                continue
            }
            guard let entry = current else {
                error(.cueSyntax, "indented line outside a 'set', 'fact', 'group' or 'topic' entry", at(indent))
                continue
            }
            if keyword.hasSuffix(":") {
                let label = String(keyword.dropLast())
                guard isDataName(label) || Double(label) != nil else {
                    error(.cueSyntax, "'\(label)' is not a label (lower-case letters, digits, '_', or a number)", at(indent))
                    continue
                }
                let items = Self.list(line, from: keywordEnd, line: lineNumber, file: file)
                guard !items.isEmpty else {
                    error(.cueSyntax, "'\(keyword)' needs a comma-separated list", at(indent))
                    continue
                }
                add(items, label: label, to: entry)
            } else {
                directive(keyword, Self.trimmed(line, from: keywordEnd), entry: entry, column: indent, at: at)
            }
        }
    }

    /// Reads an entry header; returns the entry it opens, or `nil` (after a diagnostic).
    private mutating func header(_ keyword: String, _ line: [UInt8], keywordEnd: Int, at: (Int) -> SourceLocation) -> Current? {
        let rest = Self.trimmed(line, from: keywordEnd)
        let nameColumn = keywordEnd + (line[keywordEnd...].prefix(while: { $0 == 32 || $0 == 9 }).count)
        switch keyword {
        case "set", "fact", "topic":
            guard isDataName(rest) else {
                error(.cueSyntax, "expected a name (lower-case letters, digits, '_') after '\(keyword)'", at(nameColumn))
                return nil
            }
            // A topic's set is named apart from the fact's own (`topic NAME`), so both may be written.
            let name = keyword == "topic" ? CueSetDefinition.topicSetName(of: rest) : rest
            guard claim(name, at(nameColumn)) else { return nil }
            let fact = keyword == "fact" ? DeclaredFact(name: rest) : nil
            if keyword != "topic" { setIndices[rest] = sets.count }
            // A topic's location is its fact's name, where a diagnostic of the name points.
            var definition = CueSetDefinition(name: name, location: at(keyword == "topic" ? nameColumn : 0), fact: fact)
            if keyword == "topic" { definition.topic = rest }
            sets.append(definition)
            phrasePositions.append(OpenAddressTable())
            return .set(sets.count - 1)
        case "group":
            let parts = rest.split(separator: ":", maxSplits: 1).map { String($0).trimmingBlanks }
            guard parts.count == 2, isDataName(parts[0]), isDataName(parts[1]) else {
                error(.cueSyntax, "expected 'group NAME: VOCABULARY'", at(nameColumn))
                return nil
            }
            guard claim(parts[0], at(nameColumn)) else { return nil }
            groups.append(TermGroupDefinition(name: parts[0], vocabulary: parts[1], location: at(0)))
            return .group(groups.count - 1)
        default:
            error(.cueSyntax, "unknown entry kind '\(keyword)'; expected 'set', 'fact', 'group' or 'topic'", at(0))
            return nil
        }
    }

    /// Records a set or group name; reports a duplicate.
    private mutating func claim(_ name: String, _ location: SourceLocation) -> Bool {
        if let first = seen[name] {
            error(.duplicateCueSet, "duplicate cue set '\(name)'; first defined at \(first)", location)
            return false
        }
        seen[name] = location
        return true
    }

    private mutating func add(_ items: [(item: String, location: SourceLocation)], label: String, to entry: Current) {
        switch entry {
        case .set(let index):
            for (item, location) in items {
                guard item.utf8.contains(UInt8(ascii: "<")) else {
                    insert(item, label: label, into: index, at: location)
                    continue
                }
                for expanded in slotExpansions(item, in: index, at: location) {
                    insert(expanded, label: label, into: index, at: location)
                }
            }
        case .group(let index):
            for (item, location) in items {
                guard isDataName(item) else {
                    error(.cueSyntax, "'\(item)' is not a term id (lower-case letters, digits, '_')", location)
                    continue
                }
                groups[index].members.append(CuePhrase(label: label, phrase: item, location: location))
            }
        }
    }

    /// Adds one written item to set `index`: its canonical phrase, unless the set holds it already.
    private mutating func insert(_ item: String, label: String, into index: Int, at location: SourceLocation) {
        var phrase: String
        switch CuePattern.canonical(item) {
        case .success(let canonical): phrase = canonical
        case .failure(let problem):
            var at = location
            at.column = (at.column ?? 1) + problem.offset
            error(.cueSyntax, problem.message, at)
            return
        }
        // A symbol ("↓", "(-)") is read as written, in `symbols` and `result_marks` only.
        if phrase.isEmpty && (sets[index].name == CueName.symbols.name || sets[index].name == CueName.resultMarks.name) { phrase = item }
        guard !phrase.isEmpty else {
            error(.cueSyntax, "'\(item)' has no words", location)
            return
        }
        var bytes = phrase
        let hash = bytes.withUTF8 { FNV1a.hash($0, 0, $0.count) }
        if let position = phrasePositions[index].index(of: phrase, hash: hash) {
            let other = sets[index].phrases[position]
            if other.label != label {
                error(
                    .conflictingLabel, "phrase '\(phrase)' is labelled '\(other.label)' at \(other.location) and '\(label)' here", location)
            }
            return
        }
        phrasePositions[index].append(phrase, (), hash: hash)
        sets[index].phrases.append(CuePhrase(label: label, phrase: phrase, location: location))
    }

    /// The items `item` stands for when it holds slots: each `<NAME>` replaced by every phrase of
    /// the set `NAME` (a `set` or `fact` entry defined above this line, in this file or an earlier
    /// one: files load in name order), in that set's order; several slots give every combination.
    /// A broken slot, an unknown or later set, or more than ``largestExpansion`` items is an error
    /// at the slot, and the item adds nothing.
    private mutating func slotExpansions(_ item: String, in index: Int, at location: SourceLocation) -> [String] {
        let bytes = Array(item.utf8)
        // The pieces as bytes, joined into each phrase's bytes (a `String` made once a phrase).
        var pieces: [[[UInt8]]] = []
        var literalStart = 0
        var cursor = 0
        var count = 1
        while cursor < bytes.count {
            guard bytes[cursor] == UInt8(ascii: "<") else {
                cursor += 1
                continue
            }
            var at = location
            at.column = (at.column ?? 1) + cursor
            guard let close = bytes[cursor...].firstIndex(of: UInt8(ascii: ">")) else {
                error(.cueSyntax, "a slot is '<NAME>', the name of a cue set; this '<' is not closed", at)
                return []
            }
            let name = String(decoding: bytes[(cursor + 1)..<close], as: UTF8.self)
            guard isDataName(name) else {
                error(.cueSyntax, "a slot is '<NAME>', the name of a cue set (lower-case letters, digits, '_'); not '<\(name)>'", at)
                return []
            }
            guard let source = setIndices[name], source != index else {
                let pool = setIndices.keys.filter { $0 != sets[index].name }
                let reason = setIndices[name] == index ? "a set cannot fill a slot of its own" : "unknown cue set '\(name)'"
                error(
                    .unknownSlotSet,
                    "\(reason) in slot '<\(name)>'; a slot names a set defined above it\(Suggestion.didYouMean(name, in: pool))",
                    at)
                return []
            }
            sets[source].fillsSlots = true
            let members = sets[source].phrases.map(\.phrase)
            count *= max(members.count, 1)
            guard count <= Self.largestExpansion else {
                error(.cueSyntax, "this item stands for more than \(Self.largestExpansion) phrases; split it", location)
                return []
            }
            pieces.append([Array(bytes[literalStart..<cursor])])
            pieces.append(members.map { Array($0.utf8) })
            cursor = close + 1
            literalStart = cursor
        }
        pieces.append([Array(bytes[literalStart...])])
        let phrases = pieces.reduce([[UInt8]()]) { prefixes, choices in prefixes.flatMap { prefix in choices.map { prefix + $0 } } }
        return phrases.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The most phrases one item with slots may stand for.
    static let largestExpansion = 2_000

    private mutating func directive(_ keyword: String, _ value: String, entry: Current, column: Int, at: (Int) -> SourceLocation) {
        if case .set(let index) = entry, sets[index].topic != nil {
            switch keyword {
            case "scope" where value == "region": sets[index].topicScopedToRegion = true
            case "with" where isDataName(value): sets[index].topicContext = value
            default:
                error(.cueSyntax, "unknown line '\(keyword)'; a topic takes 'words: phrase, …', 'scope region' or 'with SET'", at(column))
            }
            return
        }
        guard case .set(let index) = entry, sets[index].fact != nil else {
            error(.cueSyntax, "expected 'LABEL: phrase, …'", at(column))
            return
        }
        switch keyword {
        case "wins":
            guard let winner = DeclaredFact.Winner(rawValue: value) else {
                error(.cueSyntax, "'wins' takes 'yes' or 'no'", at(column))
                return
            }
            sets[index].fact?.winner = winner
        case "reads" where value == "review sentences":
            sets[index].fact?.readsReviewSentences = true
        case "skips":
            guard let option = Skips(named: value) else {
                error(.cueSyntax, "'skips' takes \(Self.skipsNames)", at(column))
                return
            }
            sets[index].fact?.skips.insert(option)
        default:
            error(
                .cueSyntax,
                "unknown line '\(keyword)'; expected 'LABEL: phrase, …', 'wins yes|no', 'reads review sentences' or 'skips NAME' (NAME \(Self.skipsNames))",
                at(column))
        }
    }

    /// The names a `skips` line takes, for its error messages: "'past', 'doubted' … or 'stopped'".
    private static let skipsNames: String = {
        let names = Skips.table.map { "'\($0.name)'" }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }()

    private mutating func error(_ code: VocabularyDiagnosticCode, _ message: String, _ location: SourceLocation) {
        diagnostics.append(.vocabulary(code, message, at: location))
    }

    /// The comma-separated items of `line` after byte `start`, each with its location.
    static func list(_ line: [UInt8], from start: Int, line number: Int, file: String) -> [(item: String, location: SourceLocation)] {
        var items: [(item: String, location: SourceLocation)] = []
        var itemStart = start
        while itemStart <= line.count {
            var end = itemStart
            while end < line.count, line[end] != UInt8(ascii: ",") { end += 1 }
            var first = itemStart
            var last = end
            while first < last, line[first] == 32 || line[first] == 9 { first += 1 }
            while last > first, line[last - 1] == 32 || line[last - 1] == 9 { last -= 1 }
            if first < last {
                items.append(
                    (String(decoding: line[first..<last], as: UTF8.self), SourceLocation(file: file, line: number, column: first + 1)))
            }
            itemStart = end + 1
        }
        return items
    }

    static func trimmed(_ line: [UInt8], from start: Int) -> String {
        String(decoding: line[start...], as: UTF8.self).trimmingBlanks
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { $0 != 32 && $0 != 9 }), let last = bytes.lastIndex(where: { $0 != 32 && $0 != 9 })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}

extension CueLibrary {
    /// Parses `.cues` sources (file name, text) into one library, reporting syntax errors and
    /// duplicate names across all of them, and declared facts at odds with `schema`.
    public static func parse(sources: [(file: String, text: String)], schema: FactCatalog) -> (
        cues: CueLibrary, diagnostics: [Diagnostic]
    ) {
        var parser = CueParser()
        for source in sources { parser.parse(source.text, file: source.file) }
        let library = CueLibrary(sets: parser.sets, groups: parser.groups)
        return (library, parser.diagnostics + library.checkDeclaredFacts(against: schema) + library.checkTopics(against: schema))
    }
}
