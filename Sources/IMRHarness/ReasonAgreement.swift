import IMREvaluation

/// Whether a right prediction rests on a criterion the reviewer named (docs/harness.md).
public enum ReasonAgreement {
    /// `nil` when the prediction is not right or the reviewer named no criterion; otherwise whether a
    /// criterion of the deciding rule reads a fact the reviewer named and the engine's reading of it
    /// matches: for a fact the engine read `true`, the reviewer named it met; `false` or not
    /// documented, missing; any other value (a duration, a term), named at all.
    public static func agrees(_ prediction: Prediction, isCorrect: Bool, named: [NamedCriterion]) -> Bool? {
        guard isCorrect, !named.isEmpty, let rule = prediction.rule else { return nil }
        return !matching(prediction, rule: rule, named: named).isEmpty
    }

    /// The named criteria the deciding rule `rule` of `prediction` agrees with.
    public static func matching(_ prediction: Prediction, rule: String, named: [NamedCriterion]) -> [NamedCriterion] {
        // A rationale names a few criteria: they are searched in place (the last about a fact
        // counts), and one found is recognised by its fact, which no two found share.
        // Only the facts of the criteria and their values are read: no criterion is rendered.
        var found: [NamedCriterion] = []
        for fact in prediction.criterionFacts(of: rule) {
            guard let reviewer = named.last(where: { $0.fact == fact.name }), !found.contains(where: { $0.fact == fact.name }) else {
                continue
            }
            let agrees: Bool =
                switch fact.value {
                case "true": reviewer.status == .met
                case "false", nil: reviewer.status == .missing
                default: true
                }
            if agrees { found.append(reviewer) }
        }
        return found
    }
}
