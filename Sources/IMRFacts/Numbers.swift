import IMRVocabulary

/// The count a word of digits names, below 100,000 (a larger figure is not a count, and products
/// of two counts cannot overflow).
func digitCount(_ word: some StringProtocol) -> Int? {
    guard let value = Int(word), value >= 0, value < 100_000 else { return nil }
    return value
}

/// The largest number a letter's figure is read as: a larger one (`#99999999999999999999`, a
/// strength of 2^63 mg) is read as this ceiling, which exceeds every guideline limit, so that no
/// later arithmetic or conversion overflows.
let largestReadNumber = 1e12

/// A decimal number starting at byte `index` (`7.5`, `10`), with the offset after it; clamped to
/// ``largestReadNumber``.
func decimal(in bytes: [UInt8], at index: Int) -> (value: Double, end: Int)? {
    guard index < bytes.count, isDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) && bytes[index - 1] != 46 else {
        return nil
    }
    var end = index
    while end < bytes.count, isDigit(bytes[end]) { end += 1 }
    if end + 1 < bytes.count, bytes[end] == 46, isDigit(bytes[end + 1]) {
        end += 1
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
    }
    guard let value = Double(String(decoding: bytes[index..<end], as: UTF8.self)) else { return nil }
    return (value.isFinite ? min(value, largestReadNumber) : largestReadNumber, end)
}
