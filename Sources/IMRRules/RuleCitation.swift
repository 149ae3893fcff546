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
        if let section { text += ", \(section)" }
        if let pages { text += pages.contains("-") || pages.contains(",") ? ", pp. \(pages)" : ", p. \(pages)" }
        return text
    }
}
