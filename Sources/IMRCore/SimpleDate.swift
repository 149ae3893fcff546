/// A calendar date without time or time zone, as letters write them (`01/30/2017`, `11-12-2016`).
public struct SimpleDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `MM/DD/YYYY`, `MM-DD-YYYY`, `M/D/YY` (20YY) or `YYYY-MM-DD`; `nil` for anything else.
    /// The parts are the runs between `/` and `-` (empty runs skipped), each an integer as `Int(_:)`
    /// reads it (an optional `+`, then ASCII digits), scanned as bytes.
    public init?(_ text: some StringProtocol) {
        self.init(scanning: text)
    }

    /// ``init(_:)`` of a `String`, an entry that is not generic, so that callers in other modules
    /// run the scan specialised for `String` instead of through the protocol's witnesses.
    public init?(_ text: String) {
        self.init(scanning: text)
    }

    private init?(scanning text: some StringProtocol) {
        var parts = (0, 0, 0)
        var count = 0
        var value = 0
        var digits = 0
        var sign = false
        var valid = true
        func endPart() -> Bool {
            defer { (value, digits, sign, valid) = (0, 0, false, true) }
            guard digits > 0 || sign || !valid else { return true }
            guard valid, digits > 0, count < 3 else { return false }
            switch count {
            case 0: parts.0 = value
            case 1: parts.1 = value
            default: parts.2 = value
            }
            count += 1
            return true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "/"), UInt8(ascii: "-"):
                guard endPart() else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                if overflow || overflowSum { valid = false }
                value = sum
                digits += 1
            case UInt8(ascii: "+") where digits == 0 && !sign && valid:
                sign = true
            default:
                valid = false
            }
        }
        guard endPart(), count == 3 else { return nil }
        let (a, b, c) = parts
        if a > 31 {
            (year, month, day) = (a, b, c)
        } else {
            (year, month, day) = (c < 100 ? 2000 + c : c, a, b)
        }
        guard (1...12).contains(month), (1...31).contains(day), (1900...2100).contains(year) else { return nil }
    }

    /// Days since 0001-01-01 in the proleptic Gregorian calendar.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day - 307
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: SimpleDate) -> Int { other.dayNumber - dayNumber }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// ISO 8601: `2017-01-30`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = SimpleDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date '\(text)'"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
