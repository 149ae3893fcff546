/// SHA-256 (FIPS 180-4), written out so the engine needs no dependency to fingerprint its rule set.
///
/// The state is eight stored words and the pending bytes one fixed 64-byte block, so hashing
/// allocates nothing; a block's words are read big-endian straight from its bytes and the 64 rounds
/// are unrolled eight at a time, the working variables changing roles instead of being shifted.
public struct SHA256: Sendable {
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private var h0: UInt32 = 0x6a09_e667
    private var h1: UInt32 = 0xbb67_ae85
    private var h2: UInt32 = 0x3c6e_f372
    private var h3: UInt32 = 0xa54f_f53a
    private var h4: UInt32 = 0x510e_527f
    private var h5: UInt32 = 0x9b05_688c
    private var h6: UInt32 = 0x1f83_d9ab
    private var h7: UInt32 = 0x5be0_cd19
    /// The bytes of an incomplete block: the first `pendingCount` of these 64.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var length: UInt64 = 0

    public init() {}

    /// Adds `bytes` to the message. Contiguous bytes (an array, a buffer) are compressed a block at a
    /// time straight from their storage; other sequences through a small buffer.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
        guard done == nil else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { chunk in
            var count = 0
            for byte in bytes {
                chunk[count] = byte
                count += 1
                if count == chunk.count {
                    update(buffer: UnsafeBufferPointer(chunk))
                    count = 0
                }
            }
            update(buffer: UnsafeBufferPointer(rebasing: chunk[0..<count]))
        }
    }

    private mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        length &+= UInt64(buffer.count)
        var start = 0
        if pendingCount > 0 {
            let taken = min(64 - pendingCount, buffer.count)
            let filled = pendingCount
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: filled).copyMemory(from: base, byteCount: taken) }
            pendingCount += taken
            start = taken
            guard pendingCount == 64 else { return }
            compressPending()
        }
        let blocks = (buffer.count - start) / 64
        if blocks > 0 {
            compress(UnsafeRawPointer(base + start), blocks: blocks)
            start += 64 * blocks
        }
        let rest = buffer.count - start
        if rest > 0 {
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base + start, byteCount: rest) }
            pendingCount = rest
        }
    }

    private mutating func compressPending() {
        var block = pending
        withUnsafeBytes(of: &block) { compress($0.baseAddress!, blocks: 1) }
        pendingCount = 0
    }

    /// The digest of the message so far, as 64 lower-case hex digits.
    public func hexDigest() -> String {
        var copy = self
        let bitLength = length &* 8
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            tail.initialize(repeating: 0)
            withUnsafeBytes(of: pending) {
                tail.baseAddress!.update(from: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: pendingCount)
            }
            tail[pendingCount] = 0x80
            let total = pendingCount < 56 ? 64 : 128
            for index in 0..<8 { tail[total - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * index)) }
            copy.compress(UnsafeRawPointer(tail.baseAddress!), blocks: total / 64)
        }
        let state = [copy.h0, copy.h1, copy.h2, copy.h3, copy.h4, copy.h5, copy.h6, copy.h7]
        return String(unsafeUninitializedCapacity: 64) { hex in
            let digits: StaticString = "0123456789abcdef"
            var at = 0
            for word in state {
                for shift in stride(from: 28, through: 0, by: -4) {
                    hex[at] = digits.utf8Start[Int((word >> UInt32(shift)) & 0xf)]
                    at += 1
                }
            }
            return 64
        }
    }

    /// The digest of `bytes`, as 64 lower-case hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.hexDigest()
    }

    /// Compresses `blocks` consecutive 64-byte blocks starting at `bytes` into the state.
    private mutating func compress(_ bytes: UnsafeRawPointer, blocks: Int) {
        Self.roundConstants.withUnsafeBufferPointer { constants in
            let k = constants.baseAddress!
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                let w = schedule.baseAddress!
                var (s0, s1, s2, s3, s4, s5, s6, s7) = (h0, h1, h2, h3, h4, h5, h6, h7)
                for block in 0..<blocks {
                    let data = bytes + 64 * block
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: data.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        let x = w[i - 15]
                        let y = w[i - 2]
                        let sigma0 = Self.rotate(x, 7) ^ Self.rotate(x, 18) ^ (x >> 3)
                        let sigma1 = Self.rotate(y, 17) ^ Self.rotate(y, 19) ^ (y >> 10)
                        w[i] = w[i - 16] &+ sigma0 &+ w[i - 7] &+ sigma1
                    }
                    var (a, b, c, d, e, f, g, h) = (s0, s1, s2, s3, s4, s5, s6, s7)
                    var i = 0
                    while i < 64 {
                        Self.round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                        Self.round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                        Self.round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                        Self.round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                        Self.round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
                        Self.round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
                        Self.round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
                        Self.round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
                        i += 8
                    }
                    s0 &+= a
                    s1 &+= b
                    s2 &+= c
                    s3 &+= d
                    s4 &+= e
                    s5 &+= f
                    s6 &+= g
                    s7 &+= h
                }
                (h0, h1, h2, h3, h4, h5, h6, h7) = (s0, s1, s2, s3, s4, s5, s6, s7)
            }
        }
    }

    /// One round: `d` gains the round's first sum, `h` becomes the new `a`. Called with the eight
    /// working variables in rotated roles, so nothing is shifted between rounds.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32
    ) {
        let choice = g ^ (e & (f ^ g))
        let t1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ choice &+ constantAndWord
        let majority = (a & b) | (c & (a | b))
        d &+= t1
        h = t1 &+ (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ majority
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 { (value >> count) | (value << (32 - count)) }
}
