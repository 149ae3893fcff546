import IMRCore

/// The shape of a parsed letter as `imr parse --format json` prints it: input and truth side by
/// side for inspection, with every optional field written as an explicit `null`.
public struct LetterDocument: Encodable, Hashable, Sendable {
    /// One item as printed: the request (input) next to its decision and guideline lines (truth).
    public struct Item: Encodable, Hashable, Sendable {
        public var request: String
        public var originalRequest: String?
        public var authorizedPortion: String?
        public var decision: Decision
        public var claimsAdministratorGuideline: String
        public var maximusGuideline: String
        public var citations: [GuidelineCitation]
        public var rationale: String

        enum CodingKeys: String, CodingKey {
            case request, originalRequest, authorizedPortion, decision, claimsAdministratorGuideline
            case maximusGuideline, citations, rationale
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(request, forKey: .request)
            try container.encode(originalRequest, forKey: .originalRequest)
            try container.encode(authorizedPortion, forKey: .authorizedPortion)
            try container.encode(decision, forKey: .decision)
            try container.encode(claimsAdministratorGuideline, forKey: .claimsAdministratorGuideline)
            try container.encode(maximusGuideline, forKey: .maximusGuideline)
            try container.encode(citations.map(CitationDocument.init), forKey: .citations)
            try container.encode(rationale, forKey: .rationale)
        }
    }

    public var file: String
    public var caseNumber: String?
    public var header: LetterHeader
    public var credentials: ReviewerCredentials
    public var summary: String
    public var items: [Item]

    /// The document for `letter`.
    public init(_ letter: Letter) {
        file = letter.input.file
        caseNumber = letter.input.header.caseNumber
        header = letter.input.header
        credentials = letter.input.credentials
        summary = letter.input.summary.text
        items = zip(letter.input.requests, letter.truth.items).map { request, truth in
            Item(
                request: request.request, originalRequest: request.originalRequest,
                authorizedPortion: request.authorizedPortion, decision: truth.decision,
                claimsAdministratorGuideline: truth.claimsAdministratorGuideline,
                maximusGuideline: truth.maximusGuideline, citations: truth.citations, rationale: truth.rationale)
        }
    }

    enum CodingKeys: String, CodingKey {
        case file, caseNumber, header, credentials, summary, items
    }

    enum HeaderKeys: String, CodingKey {
        case caseNumber, dateAssigned, dateOfInjury, decisionDate, urDenialDate, priority, applicationReceived
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(caseNumber, forKey: .caseNumber)
        var fields = container.nestedContainer(keyedBy: HeaderKeys.self, forKey: .header)
        try fields.encode(header.caseNumber, forKey: .caseNumber)
        try fields.encode(header.dateAssigned, forKey: .dateAssigned)
        try fields.encode(header.dateOfInjury, forKey: .dateOfInjury)
        try fields.encode(header.decisionDate, forKey: .decisionDate)
        try fields.encode(header.urDenialDate, forKey: .urDenialDate)
        try fields.encode(header.priority, forKey: .priority)
        try fields.encode(header.applicationReceived, forKey: .applicationReceived)
        try container.encode(credentials, forKey: .credentials)
        try container.encode(summary, forKey: .summary)
        try container.encode(items, forKey: .items)
    }
}

/// A citation with `year` written as an explicit `null` when unknown.
private struct CitationDocument: Encodable {
    var citation: GuidelineCitation

    init(_ citation: GuidelineCitation) {
        self.citation = citation
    }

    enum CodingKeys: String, CodingKey {
        case source, document, year, sections, pages
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(citation.source, forKey: .source)
        try container.encode(citation.document, forKey: .document)
        try container.encode(citation.year, forKey: .year)
        try container.encode(citation.sections, forKey: .sections)
        try container.encode(citation.pages, forKey: .pages)
    }
}
