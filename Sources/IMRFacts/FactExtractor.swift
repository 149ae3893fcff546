import IMRLetters

/// The facts of a case that do not depend on the request (contract stub: the facts stage fills it).
public struct CaseFacts: Sendable {
    public var input: CaseInput
    public var facts: FactSet

    public init(input: CaseInput, facts: FactSet) {
        self.input = input
        self.facts = facts
    }
}

/// Reads facts from a case input and its requests, each with its evidence.
/// (Contract stub: the facts stage implements it.)
public struct FactExtractor: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The request-independent facts of `input`.
    public func caseFacts(for input: CaseInput) -> CaseFacts {
        CaseFacts(input: input, facts: FactSet())
    }

    /// All facts for `request`: its request facts, the case facts, and the case facts that depend
    /// on the request (e.g. `use_duration` of the requested drug).
    public func facts(for request: RequestedItem, in caseFacts: CaseFacts) -> FactSet {
        caseFacts.facts
    }
}
