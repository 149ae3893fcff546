/// Which hits of a declared fact's phrases are left unread, one option per `skips NAME` line of its
/// `fact` entry in a `.cues` file (``table`` names them).
public struct Skips: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A finding stated as past ("Hx of radiculopathy", "radicular pain, resolved"): the fact is
    /// about the current record (`skips past`; implies ``earlier``).
    public static let past = Skips(rawValue: 1 << 0)
    /// A finding left in doubt ("r/o radiculopathy", "possible radiculopathy"): the fact is about
    /// what was found (`skips doubted`).
    public static let doubted = Skips(rawValue: 1 << 1)
    /// A phrase affirmed in the label that opens its sentence ("Aberrancy: UDS c/w Rx"): the label
    /// names a topic and asserts nothing; what follows it is read (`skips labels`). A phrase denied
    /// there ("Aberrant behaviors: none") is still read.
    public static let labels = Skips(rawValue: 1 << 2)
    /// A finding an earlier visit found, which a later visit states absent in its kind ("a small
    /// effusion that evening" and "no effusion" at the latest examination): the fact is about the
    /// latest record (`skips earlier`).
    public static let earlier = Skips(rawValue: 1 << 3)
    /// A programme told stopped, read as its absence ("a home exercise sheet, which he stopped using
    /// in September"): the fact is about a programme kept up (`skips stopped`).
    public static let stopped = Skips(rawValue: 1 << 4)
    /// A programme ordered or given and told never done, read as its absence ("physical therapy was
    /// ordered in October but she never went"): the fact is about a programme done, under way or
    /// planned, and an order never followed is none of these (`skips undone`; implied by
    /// ``stopped``).
    public static let undone = Skips(rawValue: 1 << 5)
    /// A check's phrase read through what it found: a negation of its result is no negation of the
    /// check ("no other prescribers on CURES", "PDMP unremarkable"), a check told not done is its
    /// absence ("CURES not checked"), and a check only planned states nothing ("will check CURES")
    /// (`skips results`).
    public static let results = Skips(rawValue: 1 << 6)
    /// A finding told of another person than the worker ("family history of DVT", "his mother's
    /// pulmonary embolism"): the fact is about the worker's own record (`skips others`).
    public static let others = Skips(rawValue: 1 << 7)

    /// One option's name in a `skips` line and its words in `docs/facts.md`'s cue tables.
    public struct Entry: Sendable {
        public var name: String
        public var option: Skips
        public var documentation: String
    }

    /// Every option, in the order the parser's message and the cue tables list them.
    public static let table: [Entry] = [
        Entry(name: "past", option: .past, documentation: "past findings skipped"),
        Entry(name: "doubted", option: .doubted, documentation: "doubted findings skipped"),
        Entry(name: "labels", option: .labels, documentation: "labels skipped"),
        Entry(name: "earlier", option: .earlier, documentation: "earlier visits' findings denied later skipped"),
        Entry(name: "stopped", option: .stopped, documentation: "a programme stopped read as its absence"),
        Entry(name: "undone", option: .undone, documentation: "a programme never done read as its absence"),
        Entry(name: "results", option: .results, documentation: "a check's empty result read as the check done, a plan skipped"),
        Entry(name: "others", option: .others, documentation: "another person's findings skipped"),
    ]

    /// The option named `name` in a `skips` line, or nil.
    public init?(named name: String) {
        guard let entry = Self.table.first(where: { $0.name == name }) else { return nil }
        self = entry.option
    }
}
