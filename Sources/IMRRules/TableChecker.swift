import IMRCore
import IMRVocabulary

/// The checks of the tables of the rule files and of the rules' readings of them.
extension RuleChecker {
    /// The tables that passed their checks, by name; every table's diagnostics; and the names of
    /// every table declared (those with errors too, so that a rule reading one is not told the
    /// table is unknown).
    func checkTables(in files: [RuleFile]) -> (tables: [String: TableDefinition], declared: Set<String>, diagnostics: [Diagnostic]) {
        var tables: [String: TableDefinition] = [:]
        var first: [String: TableDefinition] = [:]
        var diagnostics: [Diagnostic] = []
        for table in files.flatMap(\.tables) {
            if let earlier = first[table.name] {
                diagnostics.append(
                    .rule(
                        .table, "duplicate table name '\(table.name)'", file: table.file, at: table.namePosition,
                        notes: ["first defined at \(SourceLocation(file: earlier.file, earlier.namePosition))"]))
                continue
            }
            first[table.name] = table
            let problems = check(table)
            diagnostics += problems
            if !table.isMalformed && !problems.contains(where: { $0.severity == .error }) { tables[table.name] = table }
        }
        return (tables, Set(first.keys), diagnostics)
    }

    /// The problems of one table: its directives, key facts, columns, rows and values.
    func check(_ table: TableDefinition) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let file = table.file
        func problem(_ code: RuleDiagnosticCode, _ message: String, at position: SourcePosition, notes: [String] = []) {
            out.append(.rule(code, message, file: file, at: position, notes: notes))
        }
        if table.title == nil { problem(.missingDirective, "table '\(table.name)' has no 'title'", at: table.position) }
        if table.citation == nil {
            problem(.missingCitation, "table '\(table.name)' has no citation ('cite \"GUIDELINE\" section \"…\"')", at: table.position)
        }
        if table.keys.isEmpty && !table.isMalformed {
            problem(.table, "table '\(table.name)' has no 'key' (the facts its rows test)", at: table.position)
        }
        if table.columns.isEmpty && !table.isMalformed {
            problem(.table, "table '\(table.name)' has no 'column'", at: table.position)
        }
        if table.rows.isEmpty && !table.isMalformed { problem(.table, "table '\(table.name)' has no 'row'", at: table.position) }
        if table.choice == nil && !table.isMalformed {
            problem(
                .table,
                "table '\(table.name)' does not say which row is read when several match ('choose largest COLUMN' or 'choose first')",
                at: table.position)
        }
        // Key facts: known, and terms (a row tests them against lists of terms).
        var vocabularies: [String: String] = [:]
        var seenKeys: Set<String> = []
        for key in table.keys {
            guard seenKeys.insert(key.term).inserted else {
                problem(.table, "key '\(key.term)' given twice in table '\(table.name)'", at: key.position)
                continue
            }
            guard let definition = catalog[key.term] else {
                problem(.unknownFact, "unknown fact '\(key.term)'" + Suggestion.didYouMean(key.term, in: factNames), at: key.position)
                continue
            }
            switch definition.kind {
            case .term(let vocabulary), .terms(let vocabulary): vocabularies[key.term] = vocabulary
            default:
                problem(
                    .invalidOperator, "key '\(key.term)' is \(definition.kind.described); a table's key is a term or a set of terms",
                    at: key.position)
            }
        }
        // Columns: unique names; `half` names another number column.
        var seenColumns: Set<String> = []
        for column in table.columns where !seenColumns.insert(column.name).inserted {
            problem(.table, "column '\(column.name)' given twice in table '\(table.name)'", at: column.position)
        }
        let columnNames = table.columns.map(\.name)
        for column in table.columns {
            guard let half = column.halfOf else { continue }
            if let other = table.column(half.term) {
                if other.kind != column.kind || other.name == column.name {
                    problem(
                        .table, "column '\(column.name)' is one half of '\(half.term)': both must be \(column.kind.rawValue) columns",
                        at: half.position)
                }
            } else {
                problem(
                    .unknownColumn,
                    "unknown column '\(half.term)' of table '\(table.name)'" + Suggestion.didYouMean(half.term, in: columnNames),
                    at: half.position)
            }
        }
        if case .largest(let columns)? = table.choice?.value {
            for column in columns where table.column(column.term) == nil {
                problem(
                    .unknownColumn,
                    "unknown column '\(column.term)' of table '\(table.name)'" + Suggestion.didYouMean(column.term, in: columnNames),
                    at: column.position)
            }
        }
        // Rows: key tests on key facts with known terms, a value for every column, the halving rule.
        var rowsByKey: [[String]: TableDefinition.Row] = [:]
        for row in table.rows {
            out += checkKeys(of: row, in: table, vocabularies: vocabularies)
            out += checkCells(of: row, in: table, requireEvery: true)
            let key = row.keys.map { "\($0.fact) \($0.only ? "only " : "")[\($0.terms.map(\.term).sorted().joined(separator: ", "))]" }
                .sorted()
            guard !key.isEmpty else { continue }
            if let earlier = rowsByKey[key] {
                problem(
                    .duplicateTableKey, "table '\(table.name)' has two rows for \(key.joined(separator: "; "))", at: row.position,
                    notes: ["first row at \(SourceLocation(file: file, earlier.position))"])
            } else {
                rowsByKey[key] = row
            }
        }
        if let defaultRow = table.defaultRow { out += checkCells(of: defaultRow, in: table, requireEvery: false) }
        return out
    }

    /// The problems of a row's key tests: each on a key fact, with terms of its vocabulary.
    private func checkKeys(of row: TableDefinition.Row, in table: TableDefinition, vocabularies: [String: String]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if row.keys.isEmpty {
            out.append(
                .rule(
                    .table, "a row of table '\(table.name)' tests no key fact (use 'default' for the values of every other case)",
                    file: table.file, at: row.position))
        }
        var seen: Set<String> = []
        for test in row.keys {
            guard table.keys.contains(where: { $0.term == test.fact }) else {
                out.append(
                    .rule(
                        .table,
                        "'\(test.fact)' is not a key of table '\(table.name)'"
                            + Suggestion.didYouMean(test.fact, in: table.keys.map(\.term)), file: table.file, at: test.position))
                continue
            }
            guard seen.insert(test.fact).inserted else {
                out.append(.rule(.table, "'\(test.fact)' tested twice in one row", file: table.file, at: test.position))
                continue
            }
            if let vocabulary = vocabularies[test.fact] { out += checkTerms(test.terms, vocabulary: vocabulary, file: table.file) }
        }
        return out
    }

    /// The problems of a row's values: known columns, once each, of the column's kind; every column
    /// given when `requireEvery`; a `half` column one half of its column, rounded down.
    private func checkCells(of row: TableDefinition.Row, in table: TableDefinition, requireEvery: Bool) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let file = table.file
        var seen: Set<String> = []
        for cell in row.cells {
            guard let column = table.column(cell.column) else {
                out.append(
                    .rule(
                        .unknownColumn,
                        "unknown column '\(cell.column)' of table '\(table.name)'"
                            + Suggestion.didYouMean(cell.column, in: table.columns.map(\.name)), file: file, at: cell.position))
                continue
            }
            guard seen.insert(cell.column).inserted else {
                out.append(.rule(.repeatedDirective, "'\(cell.column)' given twice in one row", file: file, at: cell.position))
                continue
            }
            switch (column.kind, cell.unit) {
            case (.number, let unit?):
                out.append(
                    .rule(
                        .unitOnNonDuration, "unit '\(unit.rawValue)' on '\(cell.column)', which is a number column", file: file,
                        at: cell.valuePosition))
            case (.days, nil) where !cell.isUnlimited:
                out.append(
                    .rule(
                        .missingUnit, "'\(cell.column)' is a duration column; give a unit (days, weeks, months, years)", file: file,
                        at: cell.valuePosition))
            default: break
            }
        }
        if requireEvery {
            for column in table.columns where !seen.contains(column.name) {
                out.append(.rule(.table, "the row gives no '\(column.name)'", file: file, at: row.position))
            }
        }
        for column in table.columns {
            guard let half = column.halfOf, let value = row.value(of: column.name), let whole = row.value(of: half.term),
                let cell = row.cells.first(where: { $0.column == column.name })
            else { continue }
            // One half of `unlimited` is `unlimited`.
            let expected = (whole / 2).rounded(.down)
            if value != expected {
                out.append(
                    .rule(
                        .halvingRule,
                        "'\(column.name)' \(TableDefinition.format(value)) is not one half of '\(half.term)' \(TableDefinition.format(whole)) "
                            + "(\(TableDefinition.format(expected)), rounded down)", file: file, at: cell.valuePosition))
            }
        }
        return out
    }

    /// The problems of a rule's reading of `reference`: an unknown table or column, a column of
    /// another kind than `kind` (when given), a table keyed on a case fact read in `applies`.
    func checkReference(_ reference: TableReference, kind: FactKind?, file: String, inApplies: Bool, tableNames: Set<String>)
        -> [Diagnostic]
    {
        guard let table = tables[reference.table] else {
            if tableNames.contains(reference.table) {
                return [
                    .rule(
                        .unknownColumn, "table '\(reference.table)' has errors; a rule cannot read it", file: file,
                        at: reference.position)
                ]
            }
            return [
                .rule(
                    .unknownColumn, "unknown table '\(reference.table)'" + Suggestion.didYouMean(reference.table, in: tableNames.sorted()),
                    file: file, at: reference.position)
            ]
        }
        guard let column = table.column(reference.column) else {
            return [
                .rule(
                    .unknownColumn,
                    "unknown column '\(reference.column)' of table '\(table.name)'"
                        + Suggestion.didYouMean(reference.column, in: table.columns.map(\.name)), file: file, at: reference.position)
            ]
        }
        var out: [Diagnostic] = []
        switch (kind, column.kind) {
        case (nil, _), (.number?, .number), (.days?, .days): break
        case (let kind?, _):
            out.append(
                .rule(
                    .valueKind,
                    "'\(reference.text)' is a \(column.kind == .days ? "duration" : "number") column; it does not compare with \(kind.described)",
                    file: file, at: reference.position))
        }
        if inApplies, let caseKey = table.keys.first(where: { catalog[$0.term]?.scope == .case }) {
            out.append(
                .rule(
                    .caseFactInApplies,
                    "table '\(table.name)' is keyed by the case fact '\(caseKey.term)'; 'applies' may name request facts only (read the table in 'when')",
                    file: file, at: reference.position))
        }
        return out
    }
}
