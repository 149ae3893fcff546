import IMRFacts

extension Prediction {
    /// A readable trace: outcome, rule, citation, reasons, each criterion with its facts and
    /// evidence, and the missing documentation.
    public var traceText: String {
        var lines: [String] = []
        lines.append("Item \(index + 1): \(request)")
        switch outcome {
        case .abstain:
            lines.append("  Outcome: abstain (\(abstainReason ?? "no rule decided"))")
        case .upheld, .overturned:
            lines.append("  Outcome: \(outcome.rawValue) by \(ruleLabel ?? "?")" + (ruleTitle.map { ": \($0)" } ?? ""))
        }
        if let citation { lines.append("  Citation: \(citation)") }
        for other in citations.dropFirst() { lines.append("  Also cites: \(other)") }
        for reason in reasons { lines.append("  Reason: \(reason)") }
        if !criteria.isEmpty {
            lines.append("  Criteria:")
            for criterion in criteria {
                lines.append("    [\(criterion.status.rawValue)] \(criterion.criterion)  (\(criterion.rule))")
                for fact in criterion.facts {
                    lines.append("      \(fact.name) = \(fact.value ?? "not documented")")
                    for evidence in fact.evidence {
                        lines.append("        \(evidence.source.rawValue): \"\(evidence.sentence)\"")
                    }
                }
            }
        }
        if !missingDocumentation.isEmpty {
            lines.append("  Missing documentation:")
            for line in missingDocumentation { lines.append("    - \(line)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
