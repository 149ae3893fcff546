/// The 64-bit FNV-1a hash, on bytes: the hash the word tables of the facts stage and of the
/// reason reader look their words up by.
public enum FNV1a {
    /// The offset basis: the hash of no bytes.
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` extended by `byte`.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The hash of `bytes[start..<end]`.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var value = offsetBasis
        for index in start..<end { value = step(value, bytes[index]) }
        return value
    }
}
