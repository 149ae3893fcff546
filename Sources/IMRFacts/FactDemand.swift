import IMRVocabulary

/// The facts asked of the extractor, by ordinal (``Fact/ordinal``): a reader runs only when a fact
/// it writes (``FactReader/writes``) is asked. ``all`` asks for every fact.
public struct FactDemand: Sendable, Equatable {
    /// One bit per fact ordinal.
    private var words: [UInt64]
    /// Every fact, whatever the bits say.
    public private(set) var isAll: Bool

    /// No fact.
    public init() {
        words = []
        isAll = false
    }

    /// The facts named.
    public init(_ names: some Sequence<String>) {
        self.init()
        for name in names { insert(name) }
    }

    /// Every fact: what `imr facts`, `imr gold` and every caller that shows all facts ask.
    public static let all: FactDemand = {
        var demand = FactDemand()
        demand.isAll = true
        return demand
    }()

    /// Asks for the fact of ordinal `ordinal`.
    public mutating func insert(ordinal: Int) {
        let (word, bit) = ordinal.quotientAndRemainder(dividingBy: 64)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word + 1 - words.count)) }
        words[word] |= 1 << UInt64(bit)
    }

    /// Asks for the fact named `name`.
    public mutating func insert(_ name: String) { insert(ordinal: FactName.ordinal(named: name)) }

    /// Asks for `name`.
    public mutating func insert(_ name: FactName) { insert(ordinal: name.ordinal) }

    /// Asks for every fact `other` asks for too.
    public mutating func formUnion(_ other: FactDemand) {
        if other.isAll { isAll = true }
        if other.words.count > words.count { words.append(contentsOf: repeatElement(0, count: other.words.count - words.count)) }
        for index in other.words.indices { words[index] |= other.words[index] }
    }

    /// Whether the fact of ordinal `ordinal` is asked for.
    @inline(__always) public func contains(ordinal: Int) -> Bool {
        if isAll { return true }
        let (word, bit) = ordinal.quotientAndRemainder(dividingBy: 64)
        return word < words.count && words[word] & (1 << UInt64(bit)) != 0
    }

    /// Whether `name` is asked for.
    public func contains(_ name: String) -> Bool { contains(ordinal: FactName.ordinal(named: name)) }

    /// Whether a fact of `other` is asked for.
    @inline(__always) func intersects(_ other: FactDemand) -> Bool {
        if isAll { return true }
        for index in 0..<min(words.count, other.words.count) where words[index] & other.words[index] != 0 { return true }
        return false
    }
}
