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

/// A text evidence is read from, asked for a sentence's text only when someone reads it (a report,
/// an explanation, the facts output): a run that prints no evidence makes no sentence.
public protocol EvidenceText: AnyObject, Sendable {
    /// The text of the UTF-8 range `[start, end)` as evidence shows it.
    func sentence(from start: Int, to end: Int) -> String
}

/// Where a fact came from: a sentence of the case summary (or of the request / header).
public struct Evidence: Hashable, Sendable, Codable {
    /// Which part of the case input the sentence belongs to.
    public enum Source: String, Hashable, Sendable, Codable {
        case summary, request, header
    }

    public var source: Source
    /// The sentence, as it reads in the normalised text: as given, or read from the text the
    /// evidence was found in when asked for.
    public var sentence: String {
        get { text?.sentence(from: start, to: end) ?? written }
        set {
            written = newValue
            text = nil
        }
    }
    /// UTF-8 offsets of the sentence in the normalised text of `source`
    /// (for `.summary`: ``IMRLetters/NormalizedText/text``).
    public var start: Int {
        didSet { fixSentence(start: oldValue, end: end) }
    }
    public var end: Int {
        didSet { fixSentence(start: start, end: oldValue) }
    }
    /// The sentence as given (empty while `text` reads it).
    private var written: String
    /// The text the sentence is read from, on demand.
    private var text: (any EvidenceText)?

    public init(source: Source, sentence: String, start: Int, end: Int) {
        self.source = source
        self.written = sentence
        self.start = start
        self.end = end
    }

    /// Evidence for the sentence at `[start, end)` of `text`, whose text is read when asked for.
    public init(source: Source, start: Int, end: Int, in text: any EvidenceText) {
        self.source = source
        self.written = ""
        self.start = start
        self.end = end
        self.text = text
    }

    /// Keeps the sentence of `[start, end)` when the offsets change: the offsets locate it, they do
    /// not choose it.
    private mutating func fixSentence(start: Int, end: Int) {
        guard let text else { return }
        written = text.sentence(from: start, to: end)
        self.text = nil
    }

    /// Equal when they tell the same sentence at the same place, however the sentence is kept.
    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        lhs.source == rhs.source && lhs.start == rhs.start && lhs.end == rhs.end && lhs.sentence == rhs.sentence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(sentence)
        hasher.combine(start)
        hasher.combine(end)
    }

    enum CodingKeys: String, CodingKey {
        case source, sentence, start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decode(Source.self, forKey: .source), sentence: try container.decode(String.self, forKey: .sentence),
            start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
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
    /// The ordinal of `name`: its ``FactName/ordinal``, or for a name Swift does not write (a fact
    /// declared in the cue data) a number after those, the same for every fact of that name in the
    /// process. Where a ``FactSet`` keeps the fact.
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
/// The facts are kept in an array; a fact is found through a table indexed by its name's ordinal
/// (``Fact/ordinal``), so that adding, replacing and finding it hashes and compares no name.
public struct FactSet: Hashable, Sendable {
    /// The facts, in the order they were first added.
    public private(set) var all: [Fact] = []
    /// For each fact ordinal, the fact's position in `all` plus one (0: not documented). Empty until
    /// a fact is added; as long as the largest ordinal added.
    private var positions: [UInt16] = []
    /// Mentions given as they are (``TopicMention``): for the facts not documented, the first word of
    /// each one's topic the summary writes, what the summary mentions and the engine could not read.
    /// Not a fact: two sets documenting the same facts are equal whatever their mentions.
    public var mentions: [TopicMention] = []
    /// Where the other mentions are read from when asked (the summary's topics, ``TopicMentionSource``).
    public var mentionSource: (any TopicMentionSource)?

    public init(_ facts: [Fact] = []) {
        all.reserveCapacity(facts.count)
        for fact in facts { insert(fact) }
    }

    /// The number of facts.
    public var count: Int { all.count }

    /// The position in `all` of the fact of ordinal `ordinal`, or `nil`.
    @inline(__always) private func position(_ ordinal: Int) -> Int? {
        guard ordinal < positions.count else { return nil }
        let position = Int(positions[ordinal])
        return position == 0 ? nil : position - 1
    }

    /// The fact named `name`, or `nil` when it is not documented.
    public subscript(name: String) -> Fact? {
        FactName.knownOrdinal(named: name).flatMap(position).map { all[$0] }
    }

    /// The fact `name`, or `nil` when it is not documented.
    public subscript(name: FactName) -> Fact? {
        let ordinal = name.ordinal
        guard ordinal < positions.count else { return nil }
        let position = Int(positions[ordinal])
        return position == 0 ? nil : all[position - 1]
    }

    /// The value of the fact `name`, or `nil` when it is not documented: read in place, without a
    /// copy of the fact's name and evidence (as `self[name]?.value` makes).
    public func value(_ name: FactName) -> FactValue? {
        let ordinal = name.ordinal
        guard ordinal < positions.count else { return nil }
        let position = Int(positions[ordinal])
        return position == 0 ? nil : all[position - 1].value
    }

    /// The value of the fact named `name`, or `nil` when it is not documented (as the lookup by ``FactName``).
    public func value(_ name: String) -> FactValue? {
        FactName.knownOrdinal(named: name).flatMap(position).map { all[$0].value }
    }

    /// Adds or replaces a fact. The fact is taken (`consuming`): one built for the call is stored
    /// as it is, without a copy of its value, name and evidence retained and the temporary released.
    public mutating func insert(_ fact: consuming Fact) {
        let ordinal = fact.ordinal
        if let position = position(ordinal) {
            all[position] = fact
            return
        }
        if ordinal >= positions.count {
            positions.append(contentsOf: repeatElement(0, count: max(ordinal + 1, FactName.count) - positions.count))
        }
        positions[ordinal] = UInt16(all.count + 1)
        // A set holds a few dozen facts: room for sixteen at the first, so that it does not grow
        // through one, two, four and eight.
        if all.capacity == 0 { all.reserveCapacity(16) }
        all.append(fact)
    }

    /// Removes the fact named `name`, if it is documented; the others keep their order.
    public mutating func remove(named name: String) {
        guard let position = FactName.knownOrdinal(named: name).flatMap(position) else { return }
        positions[all.remove(at: position).ordinal] = 0
        for index in position..<all.count { positions[all[index].ordinal] = UInt16(index + 1) }
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

    /// The topic mention of fact `name` when it is not documented: one given (``mentions``), else the
    /// source's (``mentionSource``); `nil` when the fact is documented or its topic not mentioned.
    public func mention(of name: String) -> TopicMention? {
        guard value(name) == nil else { return nil }
        return mentions.first { $0.fact == name } ?? mentionSource?.mention(of: name, for: self)
    }

    /// Whether a mention may be asked for (some are given, or a source reads them).
    public var mayMention: Bool { !mentions.isEmpty || mentionSource != nil }

    /// Every topic mention of the facts not documented: those given, then the source's for other facts.
    public var allMentions: [TopicMention] {
        let given = mentions.filter { value($0.fact) == nil }
        return given + (mentionSource?.mentions(for: self).filter { read in !given.contains { $0.fact == read.fact } } ?? [])
    }

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
        if case .term(let value)? = self.value(name) { return value }
        return nil
    }

    /// The value of a terms fact, or nil.
    public func termsValue(_ name: String) -> [String]? {
        if case .terms(let value)? = self.value(name) { return value }
        return nil
    }

    /// The value of a bool fact, or nil.
    public func boolValue(_ name: String) -> Bool? {
        if case .bool(let value)? = self.value(name) { return value }
        return nil
    }
}
