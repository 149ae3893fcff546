import IMRCore

/// The directives of a `table` block.
extension RuleParser {
    /// Parses one directive of a table (`title`, `cite`, `key`, `column`, `choose`, `row`,
    /// `default`) into `table`.
    func parseTableDirective(
        _ directive: String, at first: RuleToken, into table: inout TableDefinition, cursor: inout TokenCursor,
        diagnostics: inout [Diagnostic]
    ) throws(Diagnostic) {
        let position = first.position
        func repeated(_ earlier: SourcePosition?) -> Bool {
            guard let earlier else { return false }
            diagnostics.append(
                .rule(
                    .repeatedDirective, "'\(directive)' given twice in table '\(table.name)'", file: file, at: position,
                    notes: ["first given at \(SourceLocation(file: file, earlier))"]))
            return true
        }
        switch directive {
        case "title":
            let title = try cursor.string("a title")
            try cursor.end()
            if !repeated(table.title?.position) { table.title = Located(title, at: position) }
        case "cite":
            let citation = try parseCitation(&cursor, at: position, diagnostics: &diagnostics)
            if !repeated(table.citation?.position) { table.citation = Located(citation, at: position) }
        case "key":
            var keys: [LocatedTerm] = []
            repeat {
                let (fact, factPosition) = try cursor.identifier("a fact name")
                keys.append(LocatedTerm(term: fact, position: factPosition))
            } while cursor.skip(",")
            try cursor.end(expecting: "',' or end of line")
            if !repeated(table.keys.first?.position) { table.keys = keys }
        case "column":
            let (name, namePosition) = try cursor.identifier("a column name")
            let kind = try cursor.keyword(TableDefinition.Column.Kind.self, "the column's kind (number, days)")
            var column = TableDefinition.Column(name: name, kind: kind, position: namePosition)
            if cursor.peek?.word == "half" {
                _ = cursor.next()
                let (other, otherPosition) = try cursor.identifier("the column it is one half of")
                column.halfOf = LocatedTerm(term: other, position: otherPosition)
            }
            try cursor.end(expecting: "'half COLUMN' or end of line")
            table.columns.append(column)
        case "choose":
            let choice: TableDefinition.Choice
            if cursor.peek?.word == "first" {
                _ = cursor.next()
                choice = .first
            } else if cursor.peek?.word == "largest" {
                _ = cursor.next()
                var columns: [LocatedTerm] = []
                repeat {
                    let (column, columnPosition) = try cursor.identifier("a column name")
                    columns.append(LocatedTerm(term: column, position: columnPosition))
                } while cursor.skip(",")
                choice = .largest(columns)
            } else {
                throw cursor.unexpected("'largest COLUMN' or 'first'")
            }
            try cursor.end(expecting: "',' or end of line")
            if !repeated(table.choice?.position) { table.choice = Located(choice, at: position) }
        case "row":
            table.rows.append(try parseRow(at: position, cursor: &cursor, isDefault: false))
        default:  // default
            let row = try parseRow(at: position, cursor: &cursor, isDefault: true)
            if !repeated(table.defaultRow?.position) { table.defaultRow = row }
        }
    }

    /// `ITEM (; ITEM)*` after `row` or `default`, where an item is a key test `FACT [TERM, …]` or a
    /// value `COLUMN NUMBER [UNIT]` or `COLUMN unlimited`; the default row has values only.
    private func parseRow(at position: SourcePosition, cursor: inout TokenCursor, isDefault: Bool) throws(Diagnostic)
        -> TableDefinition.Row
    {
        var row = TableDefinition.Row(position: position)
        repeat {
            let (name, namePosition) = try cursor.identifier(isDefault ? "a column name" : "a key fact or a column name")
            guard let next = cursor.peek else {
                throw cursor.unexpected(
                    isDefault ? "a number or 'unlimited'" : "'[' (the key's terms), a number or 'unlimited' (the column's value)")
            }
            let only = next.word == "only"
            if next.isSymbol("[") || only {
                guard !isDefault else {
                    throw .rule(
                        .table, "the default row tests no key: it gives the values of every other case", file: file, at: namePosition)
                }
                if only { _ = cursor.next() }
                row.keys.append(TableDefinition.KeyTest(fact: name, position: namePosition, terms: try cursor.list(), only: only))
                continue
            }
            if next.word == TableDefinition.unlimited {
                _ = cursor.next()
                row.cells.append(
                    TableDefinition.Cell(column: name, position: namePosition, value: .infinity, unit: nil, valuePosition: next.position))
                continue
            }
            guard case .number(let number) = next.kind else {
                throw cursor.unexpected(
                    isDefault ? "a number or 'unlimited'" : "'[' (the key's terms), a number or 'unlimited' (the column's value)")
            }
            _ = cursor.next()
            var unit: DurationUnit?
            if let word = cursor.peek?.word, let found = DurationUnit(word: word) {
                unit = found
                _ = cursor.next()
            }
            row.cells.append(
                TableDefinition.Cell(
                    column: name, position: namePosition, value: number * Double(unit?.days ?? 1), unit: unit,
                    valuePosition: next.position))
        } while cursor.skip(";") && cursor.peek != nil
        try cursor.end(expecting: "';' or end of line")
        return row
    }
}
