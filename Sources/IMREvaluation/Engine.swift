import IMRFacts
import IMRLetters
import IMRRules

/// Predicts every requested item of a case from its input only (contract stub: the evaluation stage implements it).
public struct Engine: Sendable {
    public var ruleSet: RuleSet
    public var extractor: FactExtractor

    public init(ruleSet: RuleSet, lexicon: Lexicon) {
        self.ruleSet = ruleSet
        self.extractor = FactExtractor(lexicon: lexicon)
    }

    /// One prediction per request of `input`, in order. Associated services are evaluated after the
    /// surgery they go with, so their rules can read `primary_outcome`.
    public func predict(_ input: CaseInput) -> [Prediction] {
        input.requests.map { Prediction(index: $0.index, request: $0.request, outcome: .abstain, abstainReason: "engine not implemented") }
    }
}
