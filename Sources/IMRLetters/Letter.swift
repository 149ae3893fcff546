import IMRCore

/// A parsed IMR final determination letter: what the engine may read (``CaseInput``) and what
/// only the harness may compare against (``Truth``), kept apart.
public struct Letter: Hashable, Sendable {
    /// The case input: header, credentials, clinical case summary and the requested items.
    public var input: CaseInput
    /// The truth: each item's decision, guideline lines and rationale, in the order of `input.requests`.
    public var truth: Truth

    public init(input: CaseInput, truth: Truth) {
        self.input = input
        self.truth = truth
    }
}

/// Everything a prediction may be made from. Contains no decision, guideline line or rationale.
public struct CaseInput: Hashable, Sendable, Codable {
    /// The path of the letter as given by the user (or a label such as `-` for stdin).
    public var file: String
    public var header: LetterHeader
    public var credentials: ReviewerCredentials
    /// The clinical case summary, normalised, with offsets back into the original text.
    public var summary: NormalizedText
    /// The disputed items, in letter order.
    public var requests: [RequestedItem]

    public init(
        file: String, header: LetterHeader, credentials: ReviewerCredentials, summary: NormalizedText,
        requests: [RequestedItem]
    ) {
        self.file = file
        self.header = header
        self.credentials = credentials
        self.summary = summary
        self.requests = requests
    }
}

/// The letter's header fields; each is `nil` when the layout does not carry it.
public struct LetterHeader: Hashable, Sendable, Codable {
    public var caseNumber: String?
    public var dateAssigned: SimpleDate?
    public var dateOfInjury: SimpleDate?
    public var decisionDate: SimpleDate?
    public var urDenialDate: SimpleDate?
    public var priority: String?
    public var applicationReceived: SimpleDate?

    public init(
        caseNumber: String? = nil, dateAssigned: SimpleDate? = nil, dateOfInjury: SimpleDate? = nil,
        decisionDate: SimpleDate? = nil, urDenialDate: SimpleDate? = nil, priority: String? = nil,
        applicationReceived: SimpleDate? = nil
    ) {
        self.caseNumber = caseNumber
        self.dateAssigned = dateAssigned
        self.dateOfInjury = dateOfInjury
        self.decisionDate = decisionDate
        self.urDenialDate = urDenialDate
        self.priority = priority
        self.applicationReceived = applicationReceived
    }
}

/// The expert reviewer's credentials as the letter states them.
public struct ReviewerCredentials: Hashable, Sendable, Codable {
    /// States of licensure, e.g. `["California", "Texas"]`.
    public var licensure: [String]
    /// Certifications / specialties, e.g. `["Occupational Medicine"]`.
    public var specialties: [String]

    public init(licensure: [String] = [], specialties: [String] = []) {
        self.licensure = licensure
        self.specialties = specialties
    }
}

/// One disputed item as requested (input only: no decision).
public struct RequestedItem: Hashable, Sendable, Codable {
    /// 0-based position of the item in the letter.
    public var index: Int
    /// The request under review, whole and re-joined when wrapped. For a modified request this is
    /// the remaining IMR-eligible portion.
    public var request: String
    /// For a modified request: the original request, when the letter states it.
    public var originalRequest: String?
    /// For a modified request: the part UR authorized, when the letter states it.
    public var authorizedPortion: String?

    public init(index: Int, request: String, originalRequest: String? = nil, authorizedPortion: String? = nil) {
        self.index = index
        self.request = request
        self.originalRequest = originalRequest
        self.authorizedPortion = authorizedPortion
    }
}
