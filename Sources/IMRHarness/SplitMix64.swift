/// SplitMix64 (Steele, Lea, Flood 2014): a small seeded generator, so that the same seed selects
/// the same quiz items on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), by rejection so that no value is favoured.
    public mutating func below(_ bound: Int) -> Int {
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// `count` distinct elements of `elements`, chosen by a partial Fisher–Yates shuffle.
    public mutating func sample<T>(_ elements: [T], count: Int) -> [T] {
        var pool = elements
        let take = min(max(count, 0), pool.count)
        for position in 0..<take {
            pool.swapAt(position, position + below(pool.count - position))
        }
        return Array(pool.prefix(take))
    }
}
