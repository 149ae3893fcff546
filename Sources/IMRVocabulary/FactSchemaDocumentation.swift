extension FactKind: CustomStringConvertible {
    /// The first word of a kind as the schema writes it.
    enum Keyword: String, DataKeyword {
        case bool, number, days, term, terms

        /// Whether a vocabulary name follows (`term drug`).
        var takesVocabulary: Bool { self == .term || self == .terms }
    }

    var keyword: Keyword {
        switch self {
        case .bool: .bool
        case .number: .number
        case .days: .days
        case .term: .term
        case .terms: .terms
        }
    }

    /// The vocabulary of a term or terms fact.
    var vocabulary: String? {
        switch self {
        case .term(let vocabulary), .terms(let vocabulary): vocabulary
        case .bool, .number, .days: nil
        }
    }

    /// The kind the schema's words name (`["terms", "procedure"]`), if any.
    init?(words: [String]) {
        guard let first = words.first, let keyword = Keyword(keyword: first),
            words.count == (keyword.takesVocabulary ? 2 : 1)
        else { return nil }
        switch keyword {
        case .bool: self = .bool
        case .number: self = .number
        case .days: self = .days
        case .term, .terms:
            guard isDataName(words[1]) else { return nil }
            self = keyword == .term ? .term(vocabulary: words[1]) : .terms(vocabulary: words[1])
        }
    }

    /// As the schema writes it: `bool`, `number`, `days`, `term drug`, `terms procedure`.
    public var description: String { [keyword.keyword, vocabulary].compactMap { $0 }.joined(separator: " ") }
}

extension FactCatalog {
    /// The fact schema table of `docs/facts.md`: one row per fact in file order, then the `values` lists.
    public func markdownTable() -> String {
        var out = "| fact | scope | kind | meaning |\n|---|---|---|---|\n"
        for definition in ordered {
            let summary = definition.summary.replacingOccurrences(of: "|", with: "\\|")
            out += "| `\(definition.name)` | \(definition.scope.rawValue) | \(definition.kind) | \(summary) |\n"
        }
        out += "\nValues lists: "
        out += enumerations.keys.sorted().map { "`\($0)` (\(enumerations[$0, default: []].joined(separator: ", ")))" }.joined(
            separator: "; ")
        return out + ".\n"
    }
}
