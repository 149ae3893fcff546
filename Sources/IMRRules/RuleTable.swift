/// A table of the rule language: rows that map key terms of request or case facts to numbers and
/// durations, with the guideline it transcribes (`table NAME` … in a `.rules` file). A rule reads
/// it by the case's facts: `prior_sessions + visits_requested <= postsurgical.general_course`.
public struct TableDefinition: Hashable, Sendable {
    /// A column of values: numbers, or durations (in days).
    public struct Column: Hashable, Sendable {
        /// What a column holds.
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            case number, days
        }

        public var name: String
        public var kind: Kind
        public var position: SourcePosition
        /// `half COLUMN`: each row's value is one half of that column's value, rounded down (the
        /// checker holds every row to it).
        public var halfOf: LocatedTerm?

        public init(name: String, kind: Kind, position: SourcePosition, halfOf: LocatedTerm? = nil) {
            self.name = name
            self.kind = kind
            self.position = position
            self.halfOf = halfOf
        }
    }

    /// A row's test of one key fact: the fact has one of the terms (or a narrower one), or with
    /// `only`, it has terms and each is one of them (or narrower), as the quantifiers of rules.
    public struct KeyTest: Hashable, Sendable {
        public var fact: String
        public var position: SourcePosition
        public var terms: [LocatedTerm]
        /// `FACT only [..]`: every term of the fact is listed (a set with no term holds none).
        public var only: Bool

        public init(fact: String, position: SourcePosition, terms: [LocatedTerm], only: Bool = false) {
            self.fact = fact
            self.position = position
            self.terms = terms
            self.only = only
        }
    }

    /// A row's value of one column: `general_course 24`, `period 6 months` (a duration in days), or
    /// `unlimited`: the guideline sets that row no limit of the column (ODG's 50 sessions for severe
    /// major depression or PTSD name no weeks), which a comparison reads as a bound above every value.
    public struct Cell: Hashable, Sendable {
        public var column: String
        public var position: SourcePosition
        /// The number, or the duration in days; infinity for `unlimited`.
        public var value: Double
        public var unit: DurationUnit?
        public var valuePosition: SourcePosition

        public init(column: String, position: SourcePosition, value: Double, unit: DurationUnit?, valuePosition: SourcePosition) {
            self.column = column
            self.position = position
            self.value = value
            self.unit = unit
            self.valuePosition = valuePosition
        }

        /// Whether the cell is `unlimited` (no limit).
        public var isUnlimited: Bool { value == .infinity }

        /// The value as written: `24`, `6 months`, `1 week`, `unlimited`.
        public var text: String {
            if isUnlimited { return TableDefinition.unlimited }
            guard let unit else { return RuleToken.format(value) }
            let count = value / Double(unit.days)
            return RuleToken.format(count) + " " + unit.rawValue + (count == 1 ? "" : "s")
        }
    }

    /// A `row` (its key tests and values) or the `default` row (values only).
    public struct Row: Hashable, Sendable {
        public var position: SourcePosition
        public var keys: [KeyTest]
        public var cells: [Cell]

        public init(position: SourcePosition, keys: [KeyTest] = [], cells: [Cell] = []) {
            self.position = position
            self.keys = keys
            self.cells = cells
        }

        /// The row's value of `column`, if it gives one.
        public func value(of column: String) -> Double? {
            cells.first { $0.column == column }?.value
        }
    }

    /// How one row is chosen when several match the case.
    public enum Choice: Hashable, Sendable {
        /// The row with the largest value of the first column, then of the next on a tie, and so on
        /// (the first of them in the table when all tie).
        case largest([LocatedTerm])
        /// The first matching row in the table's order.
        case first
    }

    /// The word of a cell that sets no limit.
    public static let unlimited = "unlimited"

    /// A column's value as a message writes it: a number, or `unlimited`.
    static func format(_ value: Double) -> String {
        value == .infinity ? unlimited : RuleToken.format(value)
    }

    public var name: String
    public var file: String
    /// Where the `table` keyword is.
    public var position: SourcePosition
    public var namePosition: SourcePosition
    public var title: Located<String>?
    public var citation: Located<RuleCitation>?
    /// The facts a row may test (`key index_surgery, body_regions`).
    public var keys: [LocatedTerm]
    public var columns: [Column]
    public var choice: Located<Choice>?
    public var rows: [Row]
    /// The values read when no row matches (`default period 6 months`).
    public var defaultRow: Row?
    /// Whether a directive of the table failed to parse (the table is then left out).
    public var isMalformed = false

    public init(name: String, file: String, position: SourcePosition, namePosition: SourcePosition) {
        self.name = name
        self.file = file
        self.position = position
        self.namePosition = namePosition
        self.keys = []
        self.columns = []
        self.rows = []
    }

    /// The column named `name`, if the table has one.
    public func column(_ name: String) -> Column? {
        columns.first { $0.name == name }
    }
}

/// A rule's reading of a table column, `TABLE.COLUMN`: the value of the column in the row the
/// case's key facts choose.
public struct TableReference: Hashable, Sendable {
    public var table: String
    public var column: String
    /// Where the reference is written.
    public var position: SourcePosition

    public init(table: String, column: String, position: SourcePosition) {
        self.table = table
        self.column = column
        self.position = position
    }

    /// `postsurgical.general_course`.
    public var text: String { table + "." + column }

    /// The reference a word `TABLE.COLUMN` names (two identifiers joined by one `.`), or `nil`.
    public init?(word: String, position: SourcePosition) {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, TokenCursor.isIdentifier(parts[0]), TokenCursor.isIdentifier(parts[1]) else { return nil }
        self.init(table: String(parts[0]), column: String(parts[1]), position: position)
    }
}
