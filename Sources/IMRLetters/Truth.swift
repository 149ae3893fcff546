/// What the letter decided: compared against predictions by the harness, never read by the engine.
public struct Truth: Hashable, Sendable, Codable {
    /// One entry per requested item, in the order of ``CaseInput/requests``.
    public var items: [ItemTruth]

    public init(items: [ItemTruth]) {
        self.items = items
    }
}

/// The IMR decision on one item.
public enum Decision: String, Hashable, Sendable, Codable, CaseIterable {
    /// The UR denial stands: not medically necessary.
    case upheld
    /// The item is medically necessary.
    case overturned
}

/// The truth part of one disputed item.
public struct ItemTruth: Hashable, Sendable, Codable {
    public var decision: Decision
    /// The text after `Claims Administrator guideline:`.
    public var claimsAdministratorGuideline: String
    /// The text after `MAXIMUS guideline:`.
    public var maximusGuideline: String
    /// `maximusGuideline` parsed into citations.
    public var citations: [GuidelineCitation]
    /// The text after `Decision rationale:`.
    public var rationale: String

    public init(
        decision: Decision, claimsAdministratorGuideline: String, maximusGuideline: String,
        citations: [GuidelineCitation], rationale: String
    ) {
        self.decision = decision
        self.claimsAdministratorGuideline = claimsAdministratorGuideline
        self.maximusGuideline = maximusGuideline
        self.citations = citations
        self.rationale = rationale
    }
}

/// One guideline a letter cites, e.g. MTUS "Chronic Pain Medical Treatment" 2016, section
/// "Muscle relaxants (for pain)", pages 63-66.
public struct GuidelineCitation: Hashable, Sendable, Codable {
    /// Which body of guidance.
    public enum Source: String, Hashable, Sendable, Codable {
        case mtus, odg, other
    }

    public var source: Source
    /// The document, e.g. `Chronic Pain Medical Treatment`, `Low Back Complaints`, `Official Disability Guidelines`.
    public var document: String
    public var year: Int?
    /// Section names, e.g. `["Muscle relaxants (for pain)"]`.
    public var sections: [String]
    /// Page references as written, e.g. `["63-66"]` or `["78"]`.
    public var pages: [String]

    public init(source: Source, document: String, year: Int? = nil, sections: [String] = [], pages: [String] = []) {
        self.source = source
        self.document = document
        self.year = year
        self.sections = sections
        self.pages = pages
    }
}
