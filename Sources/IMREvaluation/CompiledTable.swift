import IMRCore
import IMRRules
import IMRVocabulary

/// A table compiled for evaluation: each row's key tests on fact slots, with their terms widened by
/// the narrower lexicon terms, and its values by column (a class, so evaluation does not copy it).
final class CompiledTable: Sendable {
    /// A row's test of one key fact: the fact is documented and has one of `terms` (with `only`:
    /// has terms, each one of `terms`). `listed` holds the terms as the row writes them, before the
    /// narrower ones were added: a match on one of them is *exact*.
    struct KeyTest: Sendable {
        let slot: Int
        let terms: Set<String>
        let listed: Set<String>
        let only: Bool
    }

    /// A row: its key tests and its value of each column (`nil`: none given), with the value as
    /// the table writes it (`6 months`).
    struct Row: Sendable {
        let keys: [KeyTest]
        let values: [Double?]
        let texts: [String?]
    }

    let name: String
    /// Where each row is written, then the default row (`imr test` names the rows no example reads).
    let rowLocations: [SourceLocation]
    /// The column names, in the table's order.
    let columns: [String]
    let rows: [Row]
    /// The values read when no row matches (`nil` for a column the default row does not give).
    let defaultRow: Row
    /// The columns whose largest values choose among several matching rows, in order (a tie on the
    /// first is settled by the next); empty: the first of them.
    let choiceColumns: [Int]
    /// The key facts with their slots, in the table's order (a trace shows their values).
    let keySlots: [(name: String, slot: Int)]

    /// Compiles `table`; `widen` adds the narrower lexicon terms of a key fact's vocabulary to a list.
    init(_ table: TableDefinition, slots: inout FactSlots, widen: (String, Set<String>) -> Set<String>) {
        name = table.name
        rowLocations = (table.rows + (table.defaultRow.map { [$0] } ?? [])).map { SourceLocation(file: table.file, $0.position) }
        columns = table.columns.map(\.name)
        keySlots = table.keys.map { ($0.term, slots.slot(for: $0.term)) }
        var compiledRows: [Row] = []
        for row in table.rows {
            let keys = row.keys.map {
                KeyTest(
                    slot: slots.slot(for: $0.fact), terms: widen($0.fact, Set($0.terms.map(\.term))), listed: Set($0.terms.map(\.term)),
                    only: $0.only)
            }
            compiledRows.append(Row(keys: keys, values: table.columns.map { row.value(of: $0.name) }, texts: Self.texts(of: row, table)))
        }
        rows = compiledRows
        defaultRow = Row(
            keys: [], values: table.columns.map { table.defaultRow?.value(of: $0.name) },
            texts: table.defaultRow.map { Self.texts(of: $0, table) } ?? table.columns.map { _ in nil })
        if case .largest(let columns)? = table.choice?.value {
            choiceColumns = columns.compactMap { column in table.columns.firstIndex { $0.name == column.term } }
        } else {
            choiceColumns = []
        }
    }

    /// The values of `row` as written, by column.
    private static func texts(of row: TableDefinition.Row, _ table: TableDefinition) -> [String?] {
        table.columns.map { column in row.cells.first { $0.column == column.name }?.text }
    }

    /// The index of column `name`, if the table has it.
    func columnIndex(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// The row the facts choose: of the rows whose every key test holds (a key fact not documented
    /// holds none), leaving out a row that another matching row *narrows* (on the key facts both
    /// test, the other matches each as exactly and one by a term it lists where this row only
    /// matches a narrower term of one it lists: the hip's row narrows the leg's for a hip), the one
    /// with the largest values of the choice columns (the first of them on a tie), or the first;
    /// the default row when none matches.
    func row(in facts: SlotFacts) -> Row {
        rowIndex(in: facts).map { rows[$0] } ?? defaultRow
    }

    /// The index of the row the facts choose (as ``row(in:)``), `nil` for the default row.
    func rowIndex(in facts: SlotFacts) -> Int? {
        // Each matching row with, by key slot, whether it matches that fact exactly.
        var matching: [(index: Int, exact: [Int: Bool])] = []
        for index in rows.indices {
            if let exact = match(rows[index], facts) { matching.append((index, exact)) }
        }
        var chosen: Int?
        for candidate in matching where !matching.contains(where: { narrows($0.exact, candidate.exact) }) {
            guard let current = chosen else {
                chosen = candidate.index
                if choiceColumns.isEmpty { break }
                continue
            }
            if precedes(rows[candidate.index], rows[current]) { chosen = candidate.index }
        }
        return chosen
    }

    /// Whether a row matching with `a` narrows one matching with `b`: on the key facts both test,
    /// `a` is exact wherever `b` is, and exact on one where `b` is not.
    private func narrows(_ a: [Int: Bool], _ b: [Int: Bool]) -> Bool {
        var narrower = false
        for (slot, exactB) in b {
            guard let exactA = a[slot] else { continue }
            if exactB && !exactA { return false }
            if exactA && !exactB { narrower = true }
        }
        return narrower
    }

    /// Whether `row` has larger values of the choice columns than `other` (the first column that
    /// differs decides; a value not given is the smallest).
    private func precedes(_ row: Row, _ other: Row) -> Bool {
        for column in choiceColumns {
            let a = row.values[column] ?? -.infinity
            let b = other.values[column] ?? -.infinity
            if a != b { return a > b }
        }
        return false
    }

    /// The value of the column at `column` in the row the facts choose (`nil`: none).
    func value(ofColumn column: Int, in facts: SlotFacts) -> Double? {
        row(in: facts).values[column]
    }

    /// The value of the column at `column` in the row the facts choose, as the table writes it.
    func text(ofColumn column: Int, in facts: SlotFacts) -> String? {
        row(in: facts).texts[column]
    }

    /// For a row whose every key test holds, whether each (by key slot) holds by a term the row
    /// lists (exact) rather than a narrower one; `nil` when a test does not hold.
    private func match(_ row: Row, _ facts: SlotFacts) -> [Int: Bool]? {
        var exact: [Int: Bool] = [:]
        for test in row.keys {
            switch facts.value(at: test.slot) {
            case .term(let term)?:
                guard test.terms.contains(term) else { return nil }
                exact[test.slot] = test.listed.contains(term)
            case .terms(let terms)?:
                if test.only {
                    guard !terms.isEmpty, terms.allSatisfy({ test.terms.contains($0) }) else { return nil }
                    exact[test.slot] = terms.allSatisfy { test.listed.contains($0) }
                } else {
                    guard terms.contains(where: { test.terms.contains($0) }) else { return nil }
                    exact[test.slot] = terms.contains { test.listed.contains($0) }
                }
            default:
                return nil
            }
        }
        return exact
    }
}
