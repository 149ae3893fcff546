/// `bytes` as a string with each run of blanks (spaces, line feeds, tabs, carriage returns)
/// written as one space, and the blanks before the first other byte and after the last left out:
/// how an evidence sentence of the facts and a sentence of a decision rationale are shown.
public func collapsingBlanks(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard !bytes.isEmpty else { return String() }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
        var written = 0
        var blank = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                blank = true
                continue
            }
            if blank && written > 0 {
                out[written] = 0x20
                written += 1
            }
            blank = false
            out[written] = byte
            written += 1
        }
        return written
    }
}
