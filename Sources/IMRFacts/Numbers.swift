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

/// Counts written in several words: tens and a unit ("twenty four", "twenty-four": 24), a unit and
/// a multiplier with what follows ("one hundred", "two hundred fifty", "one hundred twelve"), or a
/// number phrase of the data (`number_phrases`: "a couple of" 2, "a dozen" 12). The values of the
/// words are the data's (`numbers`); a multiplier is a word worth 100 or 1,000. Digits stand alone:
/// "20 4-hour sessions" is not 204.
enum WrittenCount {
    /// The count read from word `start` on, before word `end`, with its last word. `word(i)` is the
    /// value of word `i` as a number word (`nil` for digits and other words); `digits(i)` its value
    /// as digits; `phrase(i)` the value and length of a number phrase starting at word `i`.
    static func read(
        from start: Int, before end: Int, word: (Int) -> Int?, digits: (Int) -> Int?, phrase: (Int) -> (value: Int, length: Int)?
    ) -> (value: Int, last: Int)? {
        guard start < end else { return nil }
        if let (value, length) = phrase(start), start + length <= end { return (value, start + length - 1) }
        if let value = digits(start) { return (value, start) }
        guard let first = word(start) else { return nil }
        func next(_ index: Int) -> Int? { index < end ? word(index) : nil }
        var (value, last) = (first, start)
        if (1...9).contains(first), let multiplier = next(start + 1), multiplier == 100 || multiplier == 1000 {
            (value, last) = (first * multiplier, start + 1)
            guard let rest = next(last + 1), rest < 100 else { return (value, last) }
            value += rest
            last += 1
            guard rest >= 20, rest % 10 == 0 else { return (value, last) }
            if let unit = next(last + 1), (1...9).contains(unit) { (value, last) = (value + unit, last + 1) }
        } else if first >= 20, first < 100, first % 10 == 0, let unit = next(start + 1), (1...9).contains(unit) {
            (value, last) = (first + unit, start + 1)
        }
        return (value, last)
    }

    /// The count whose last word is word `last` (reading from no earlier than word `lower`), with
    /// its first word: the longest read that ends there ("one hundred" before "sessions", not
    /// "hundred"; "twenty four", not "four").
    static func read(
        endingAt last: Int, from lower: Int, word: (Int) -> Int?, digits: (Int) -> Int?, phrase: (Int) -> (value: Int, length: Int)?
    ) -> (value: Int, first: Int)? {
        var start = max(lower, last - 4)
        while start <= last {
            if let found = read(from: start, before: last + 1, word: word, digits: digits, phrase: phrase), found.last == last {
                return (found.value, start)
            }
            start += 1
        }
        return nil
    }
}
