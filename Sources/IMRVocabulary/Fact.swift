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
    public var name: String
    public var value: FactValue
    /// The sentences it was read from (empty for facts computed from others, e.g. durations from dates).
    public var evidence: [Evidence]

    public init(name: String, value: FactValue, evidence: [Evidence] = []) {
        self.name = name
        self.value = value
        self.evidence = evidence
    }
}

/// The facts known about one request of one case. A name that is absent is *not documented*.
public struct FactSet: Hashable, Sendable {
    public private(set) var facts: [String: Fact]

    public init(_ facts: [Fact] = []) {
        self.facts = Dictionary(minimumCapacity: facts.count)
        for fact in facts { insert(fact) }
    }

    /// The fact named `name`, or `nil` when it is not documented.
    public subscript(name: String) -> Fact? { facts[name] }

    /// Adds or replaces a fact.
    public mutating func insert(_ fact: Fact) { facts[fact.name] = fact }

    /// Makes room for `count` facts without growing again (growing hashes every name again).
    public mutating func reserveCapacity(_ count: Int) { facts.reserveCapacity(count) }

    /// Adds every fact of `other`, replacing facts of the same name.
    public mutating func merge(_ other: FactSet) {
        // One resize at most (a resize hashes every name again).
        facts.reserveCapacity(facts.count + other.facts.count)
        for fact in other.facts.values { insert(fact) }
    }

    /// The facts sorted by name.
    public var sorted: [Fact] { facts.values.sorted { $0.name < $1.name } }
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
