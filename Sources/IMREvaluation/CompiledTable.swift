import IMRRules
import IMRVocabulary

/// A table compiled for evaluation: each row's key tests on fact slots, with their terms widened by
/// the narrower lexicon terms, and its values by column (a class, so evaluation does not copy it).
final class CompiledTable: Sendable {
    /// A row's test of one key fact: the fact is documented and has one of `terms` (with `only`:
    /// has terms, each one of `terms`).
    struct KeyTest: Sendable {
        let slot: Int
        let terms: Set<String>
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
        columns = table.columns.map(\.name)
        keySlots = table.keys.map { ($0.term, slots.slot(for: $0.term)) }
        var compiledRows: [Row] = []
        for row in table.rows {
            let keys = row.keys.map {
                KeyTest(slot: slots.slot(for: $0.fact), terms: widen($0.fact, Set($0.terms.map(\.term))), only: $0.only)
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

    /// The row the facts choose: of the rows whose every key test holds (a key fact
    /// not documented holds none), the one with the largest values of the choice columns (the first
    /// of them on a tie), or the first; the default row when none matches.
    func row(in facts: SlotFacts) -> Row {
        var chosen: Row?
        for row in rows where matches(row, facts) {
            guard let current = chosen else {
                chosen = row
                if choiceColumns.isEmpty { break }
                continue
            }
            if precedes(row, current) { chosen = row }
        }
        return chosen ?? defaultRow
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

    private func matches(_ row: Row, _ facts: SlotFacts) -> Bool {
        row.keys.allSatisfy { test in
            switch facts.value(at: test.slot) {
            case .term(let term)?: test.terms.contains(term)
            case .terms(let terms)?:
                test.only ? !terms.isEmpty && terms.allSatisfy { test.terms.contains($0) } : terms.contains { test.terms.contains($0) }
            default: false
            }
        }
    }
}
