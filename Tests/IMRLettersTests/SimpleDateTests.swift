import IMRCore
import Testing

/// `SimpleDate(_:)` scans bytes; it reads every text as splitting at `/` and `-` and reading each
/// part with `Int(_:)` does.
@Suite struct SimpleDateTests {
    static func splitReading(_ text: String) -> SimpleDate? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let (year, month, day) = a > 31 ? (a, b, c) : (c < 100 ? 2000 + c : c, a, b)
        guard (1...12).contains(month), (1...31).contains(day), (1900...2100).contains(year) else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    static let texts = [
        "11/23/2016", "11-23-2016", "1/2/16", "2016-11-23", "2016/11/23", "13/01/2016", "12/32/2016", "12/31/1899", "12/31/2101",
        "0/1/2016", "1/0/2016", "//11//23//2016//", "11/23", "11/23/2016/1", "11/23/", "", "/", "--", "+1/+2/+2016", "+/1/2",
        "1+/2/2016", "++1/2/2016", "1/2/2016.", "1/2/2016,", " 1/2/2016", "a/b/c", "1/2/99999999999999999999",
        "99999999999999999999/1/2", "00000000000000000000001/02/2016", "１/2/2016", "1/2/２０16", "1−2−2016", "1-\u{301}2-2016",
        "12/25/00", "12/25/99", "31/12/2016", "32/12/25", "2016-2-29", "7/4/1776",
    ]

    @Test(arguments: texts) func readsAsSplitting(_ text: String) {
        #expect(SimpleDate(text) == Self.splitReading(text))
        #expect(SimpleDate(Substring(text)) == Self.splitReading(text))
    }

    @Test func readsTheUsualForms() {
        #expect(SimpleDate("11/23/2016") == SimpleDate(year: 2016, month: 11, day: 23))
        #expect(SimpleDate("2016-11-23") == SimpleDate(year: 2016, month: 11, day: 23))
        #expect(SimpleDate("1/2/16") == SimpleDate(year: 2016, month: 1, day: 2))
        #expect(SimpleDate("13/01/2016") == nil)
    }
}
