import IMRVocabulary

extension CueBook {
    /// How many of the dose unit written at `index` of `bytes` (after spaces) make a milligram
    /// (`dose_units`: `mg` 1, `mcg` 1000), or `nil` when no dose unit stands there.
    func doseUnit(in bytes: [UInt8], at index: Int) -> Double? {
        letterWord(in: bytes, at: index).flatMap { label(of: $0, in: .doseUnits) }.flatMap(Double.init)
    }

    /// Whether a `percent_words` word is written at `index` of `bytes` (after spaces): `30 percent`.
    func isPercentWord(in bytes: [UInt8], at index: Int) -> Bool {
        letterWord(in: bytes, at: index).map(words(.percentWords).contains) ?? false
    }

    /// Whether a percent is written at `index` of `bytes`, the end of a number: a `%` or a
    /// `percent_words` word, spaces before either allowed ("30%", "0.075 %", "0.075 percent").
    func isPercent(after index: Int, in bytes: [UInt8]) -> Bool {
        var at = index
        while at < bytes.count, bytes[at] == 32 { at += 1 }
        return (at < bytes.count && bytes[at] == 37) || isPercentWord(in: bytes, at: at)
    }

    /// The first number of `bytes[start..<end]` written as a percent (``isPercent(after:in:)``):
    /// "0.075%", ".0375 %", "0.075 percent"; a number may open with its point, and starts at no
    /// digit's side. `nil` when none is.
    func percent(in bytes: [UInt8], from start: Int, before end: Int) -> Double? {
        var index = start
        while index < end {
            // A number starts at a digit, or at a point before a digit, with no digit before it.
            let atPoint = bytes[index] == 46 && index + 1 < end && isDigit(bytes[index + 1])
            guard isDigit(bytes[index]) || atPoint, index == 0 || !isDigit(bytes[index - 1]) else {
                index += 1
                continue
            }
            var digits = atPoint ? index + 1 : index
            while digits < end, isDigit(bytes[digits]) || (bytes[digits] == 46 && digits + 1 < end && isDigit(bytes[digits + 1])) {
                digits += 1
            }
            if digits < end, isPercent(after: digits, in: bytes),
                let value = Double("0" + String(decoding: bytes[index..<digits], as: UTF8.self))
            {
                return value
            }
            index = digits
        }
        return nil
    }

    /// The first dose strength in `bytes` that starts within the first `limit` bytes, with its
    /// unit (how many make a milligram): `10 mg` → (10, 1), `75 mcg` → (75, 1000); of `10/325 mg`
    /// (a combination product) the first number, in the unit after the second.
    func strength(in bytes: [UInt8], startingWithin limit: Int = .max) -> (value: Double, perMilligram: Double)? {
        var index = 0
        while index < min(bytes.count, limit) {
            guard let (value, end) = decimal(in: bytes, at: index) else {
                index += 1
                continue
            }
            var after = end
            if after < bytes.count, bytes[after] == 47 || bytes[after] == 45, let (_, secondEnd) = decimal(in: bytes, at: after + 1) {
                if let unit = doseUnit(in: bytes, at: secondEnd) { return (value, unit) }
                after = secondEnd
            }
            if let unit = doseUnit(in: bytes, at: end) { return (value, unit) }
            index = max(after, index + 1)
        }
        return nil
    }

    /// Days in the unit of time `word` names (`time_units`: `week` 7), or `nil`.
    func days(inUnit word: String) -> Int? { timeUnitDays[word] }

    /// Days in the unit of time `token` (of a ``CaseText``) names, read by word id.
    func days(inUnit token: Token) -> Int? { cueWords.number(of: token.id, in: number(of: .timeUnits)) }

    /// Whether a sentence of words `words` holds both words of a `score_comparison` pair
    /// (`with` and `without`, `from` and `to`), each as written or abbreviated ("w/" and "w/o").
    func comparesScores(_ words: [String]) -> Bool { scoreComparisons.comparesAny(words) }

    /// Whether `words` hold every word of the `score_comparison` pair `label`, as written or in an
    /// abbreviation of `abbreviations` ("w/o meds vs w/ meds"). An abbreviation inside a longer one
    /// of the other word does not count ("w" in "w o").
    func compares(_ label: String, in words: [String]) -> Bool { scoreComparisons.compares(label, in: words) }

    /// The first word of `words` from `start` on that is written as a `score_comparison` word of
    /// pair `label` (as written or abbreviated): its length in words, or `nil`.
    func comparisonWord(_ label: String, in words: [String], at start: Int) -> Int? {
        scoreComparisons.word(label, in: words, at: start)
    }
}

/// The lower-cased run of ASCII letters at `index` of `bytes` after spaces (`10 MG/ml` at 2 →
/// `mg`), or `nil` when no letter stands there.
func letterWord(in bytes: [UInt8], at index: Int) -> String? {
    var start = index
    while start < bytes.count, bytes[start] == 32 { start += 1 }
    var end = start
    while end < bytes.count, (bytes[end] >= 97 && bytes[end] <= 122) || (bytes[end] >= 65 && bytes[end] <= 90) { end += 1 }
    guard end > start else { return nil }
    return String(decoding: bytes[start..<end].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
}
