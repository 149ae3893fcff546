extension CaseText {
    /// Whether token `upper` is the upper end of a range of two pain scores joined by a hyphen, the
    /// lower one the token before it ("average with the medication 3-4, without it 7-8", "pain
    /// 3-4/10"): two counts from 0 to 10, rising, written with nothing but the hyphen between them.
    /// Not a scale ("0-10", "1-10"), nor two numbers of a date or a series ("3-4-2016", "12-3-4").
    ///
    /// A range of scores is read as its upper end, the worse pain, wherever it is told: as the
    /// number before "/10" is in "7-8/10", so a range reads the same with or without its scale, and
    /// a relief from two ranges compares their upper ends ("3-4 with, 7-8 without": 50%, near the
    /// midpoints' 53%; a lower end against an upper one would read more relief than either told).
    func isScoreRangeUpperEnd(_ upper: Int) -> Bool {
        guard upper > 0, upper < tokens.count else { return false }
        let (low, high) = (tokens[upper - 1], tokens[upper])
        guard low.end + 1 == high.start, bytes[low.end] == 45, (0...10).contains(low.digits), (0...10).contains(high.digits),
            low.digits < high.digits, !(low.digits <= 1 && high.digits == 10)
        else { return false }
        // Not a number joined to another before the lower end or after the upper end.
        let before = low.start > 1 && [45, 46, 47].contains(bytes[low.start - 1]) && isDigit(bytes[low.start - 2])
        let after = high.end + 1 < bytes.count && [45, 46].contains(bytes[high.end]) && isDigit(bytes[high.end + 1])
        return !before && !after
    }

    /// The upper end of the range of pain scores whose lower end is token `lower`
    /// (``isScoreRangeUpperEnd(_:)``), if it is one.
    func scoreRangeUpperEnd(ofLower lower: Int) -> Int? {
        isScoreRangeUpperEnd(lower + 1) ? lower + 1 : nil
    }
}
