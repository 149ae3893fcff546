/// The guideline a rule encodes: document, section and pages, as letters cite them.
public struct RuleCitation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The guideline document, e.g. `MTUS Chronic Pain Medical Treatment Guidelines 2009`.
    public var guideline: String
    /// The section, e.g. `Muscle relaxants (for pain)`.
    public var section: String?
    /// The pages, e.g. `63-66`.
    public var pages: String?

    public init(guideline: String, section: String? = nil, pages: String? = nil) {
        self.guideline = guideline
        self.section = section
        self.pages = pages
    }

    /// `MTUS Chronic Pain Medical Treatment Guidelines 2009, Muscle relaxants (for pain), pp. 63-66`.
    public var description: String {
        var text = guideline
        if let section {
            text += ", "
            text += section
        }
        if let pages {
            text += Self.isRange(pages) ? ", pp. " : ", p. "
            text += pages
        }
        return text
    }

    /// Whether `pages` names more than one page: it holds a `-` or a `,` (as `Character`s; an ASCII
    /// text is searched on its bytes, where each byte is a `Character`, at a fraction of the cost).
    private static func isRange(_ pages: String) -> Bool {
        if pages.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return pages.utf8.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ",") }
        }
        return pages.contains("-") || pages.contains(",")
    }
}
