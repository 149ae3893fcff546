/// A lexicon term id as a number: the position of its data name (`baclofen`, `lumbar_spine`)
/// among every term id of the lexicon, sorted. Readers hold and compare these instead of strings
/// (no hashing of text, no reference counting); ``TermIDs/name(of:)`` gives the data name back
/// where a fact's value is written. Numbered in sorted order, ids sort and compare as their names do.
/// One id stands for a name in every vocabulary that defines it (a drug and the ingredient of
/// the same name share it).
public struct TermID: Hashable, Comparable, Sendable {
    /// The position of the name among the lexicon's sorted term ids (`-1`: a name it lacks).
    public let rawValue: Int32

    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The id of a name the lexicon lacks: equal to no term's id.
    public static let missing = TermID(rawValue: -1)

    @inlinable public static func < (lhs: TermID, rhs: TermID) -> Bool { lhs.rawValue < rhs.rawValue }

    @inlinable public static func == (lhs: TermID, rhs: TermID) -> Bool { lhs.rawValue == rhs.rawValue }
}

/// The numbering of a lexicon's term ids (``TermID``): every term id of every vocabulary, sorted.
public struct TermIDs: Sendable {
    /// The data names, by id.
    public let names: [String]
    @usableFromInline let byName: [String: TermID]
    /// The id of each term Swift names (``Term``), in `allCases` order (``TermID/missing`` for one
    /// the lexicon lacks).
    private let named: [TermID]

    /// The numbering of `names` (duplicates count once).
    public init(_ names: some Sequence<String>) {
        self.names = Set(names).sorted()
        byName = Dictionary(uniqueKeysWithValues: self.names.enumerated().map { ($1, TermID(rawValue: Int32($0))) })
        named = Term.allCases.map { [byName] in byName[$0.name] ?? .missing }
    }

    /// The id of term id `name`, or `nil` when the lexicon lacks it.
    public func id(_ name: String) -> TermID? { byName[name] }

    /// The ids of the names the lexicon has among `names` (inlinable: specialized for the
    /// caller's collection, as readers call it per request).
    @inlinable public func ids(_ names: some Sequence<String>) -> TermSet { TermSet(names.compactMap { byName[$0] }) }

    /// The id of `term` (``TermID/missing`` when the lexicon lacks it).
    public subscript(term: Term) -> TermID { named[Term.names.ordinal(of: term)] }

    /// The data name of `id`.
    public func name(of id: TermID) -> String { names[Int(id.rawValue)] }

    /// The data names of `ids`, in sorted order.
    public func names(of ids: TermSet) -> [String] { ids.map { names[Int($0.rawValue)] } }

    /// How many term ids the lexicon has.
    public var count: Int { names.count }
}
