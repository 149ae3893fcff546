extension FactKind: CustomStringConvertible {
    /// As the schema writes it: `bool`, `number`, `days`, `term drug`, `terms procedure`.
    public var description: String {
        switch self {
        case .bool: "bool"
        case .number: "number"
        case .days: "days"
        case .term(let vocabulary): "term \(vocabulary)"
        case .terms(let vocabulary): "terms \(vocabulary)"
        }
    }
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
