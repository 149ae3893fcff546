/// The value of a documented fact. A fact that is not documented is absent from its ``FactSet``.
public enum FactValue: Hashable, Sendable {
    case bool(Bool)
    case number(Double)
    /// A duration in days (`use_duration`, `time_since_injury`).
    case days(Int)
    /// One lexicon term id, e.g. `baclofen`.
    case term(String)
    /// A set of lexicon term ids, sorted, e.g. `["multiple_sclerosis", "radiculopathy"]`.
    case terms([String])
}

/// Where a fact came from: a sentence of the case summary (or of the request / header).
public struct Evidence: Hashable, Sendable, Codable {
    /// Which part of the case input the sentence belongs to.
    public enum Source: String, Hashable, Sendable, Codable {
        case summary, request, header
    }

    public var source: Source
    /// The sentence, as it reads in the normalised text.
    public var sentence: String
    /// UTF-8 offsets of the sentence in the normalised text of `source`
    /// (for `.summary`: ``IMRLetters/NormalizedText/text``).
    public var start: Int
    public var end: Int

    public init(source: Source, sentence: String, start: Int, end: Int) {
        self.source = source
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// A documented fact with its evidence.
public struct Fact: Hashable, Sendable {
    /// A name from ``FactCatalog``.
    public var name: String {
        didSet { ordinal = FactName.ordinal(named: name) }
    }
    public var value: FactValue
    /// The sentences it was read from (empty for facts computed from others, e.g. durations from dates).
    public var evidence: [Evidence]
    /// The ``FactName/ordinal`` of `name`, or -1 for a name Swift does not write (a fact declared
    /// in the cue data): where a ``FactSet`` keeps the fact.
    public private(set) var ordinal: Int

    public init(name: String, value: FactValue, evidence: [Evidence] = []) {
        self.name = name
        self.value = value
        self.evidence = evidence
        self.ordinal = FactName.ordinal(named: name)
    }

    public init(name: FactName, value: FactValue, evidence: [Evidence] = []) {
        self.name = name.name
        self.value = value
        self.evidence = evidence
        self.ordinal = name.ordinal
    }
}

/// The facts known about one request of one case. A name that is absent is *not documented*.
///
/// The facts are kept in an array; a fact named by ``FactName`` is found through a table indexed
/// by the name's ordinal, so that adding, replacing and finding it hashes no name (a fact declared
/// in the cue data is found by comparing names).
public struct FactSet: Hashable, Sendable {
    /// The facts, in the order they were first added.
    public private(set) var all: [Fact] = []
    /// For each ``FactName`` ordinal, the fact's position in `all` plus one (0: not documented).
    /// Empty until a named fact is added.
    private var positions: [UInt16] = []

    public init(_ facts: [Fact] = []) {
        all.reserveCapacity(facts.count)
        for fact in facts { insert(fact) }
    }

    /// The number of facts.
    public var count: Int { all.count }

    /// The position in `all` of the fact named `name` (ordinal `ordinal`), or `nil`.
    @inline(__always) private func position(_ ordinal: Int, _ name: String) -> Int? {
        if ordinal >= 0 {
            guard ordinal < positions.count else { return nil }
            let position = Int(positions[ordinal])
            return position == 0 ? nil : position - 1
        }
        return all.firstIndex { $0.ordinal < 0 && $0.name == name }
    }

    /// The fact named `name`, or `nil` when it is not documented.
    public subscript(name: String) -> Fact? {
        position(FactName.ordinal(named: name), name).map { all[$0] }
    }

    /// The fact `name`, or `nil` when it is not documented.
    public subscript(name: FactName) -> Fact? {
        let ordinal = name.ordinal
        guard ordinal < positions.count else { return nil }
        let position = Int(positions[ordinal])
        return position == 0 ? nil : all[position - 1]
    }

    /// Adds or replaces a fact. The fact is taken (`consuming`): one built for the call is stored
    /// as it is, without a copy of its value, name and evidence retained and the temporary released.
    public mutating func insert(_ fact: consuming Fact) {
        if let position = position(fact.ordinal, fact.name) {
            all[position] = fact
            return
        }
        if fact.ordinal >= 0 {
            if positions.isEmpty { positions = Array(repeating: 0, count: FactName.allCases.count) }
            positions[fact.ordinal] = UInt16(all.count + 1)
        }
        all.append(fact)
    }

    /// Makes room for `count` facts without growing again.
    public mutating func reserveCapacity(_ count: Int) { all.reserveCapacity(count) }

    /// Adds every fact of `other`, replacing facts of the same name.
    public mutating func merge(_ other: FactSet) {
        all.reserveCapacity(all.count + other.all.count)
        for fact in other.all { insert(fact) }
    }

    /// The facts sorted by name.
    public var sorted: [Fact] { all.sorted { $0.name < $1.name } }

    /// Equal when the same facts are documented, whatever the order they were added in.
    public static func == (lhs: FactSet, rhs: FactSet) -> Bool {
        lhs.count == rhs.count && lhs.all.allSatisfy { rhs[$0.name] == $0 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sorted)
    }
}

extension FactSet {
    /// The value of a term fact, or nil.
    public func termValue(_ name: String) -> String? {
        if case .term(let value)? = self[name]?.value { return value }
        return nil
    }

    /// The value of a terms fact, or nil.
    public func termsValue(_ name: String) -> [String]? {
        if case .terms(let value)? = self[name]?.value { return value }
        return nil
    }

    /// The value of a bool fact, or nil.
    public func boolValue(_ name: String) -> Bool? {
        if case .bool(let value)? = self[name]?.value { return value }
        return nil
    }
}
