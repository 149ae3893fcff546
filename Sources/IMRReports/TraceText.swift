import IMREvaluation

/// The one text form of a prediction's criteria: the deciding rule's criteria first, then the rules
/// that applied but passed the item on, under "also considered"; each criterion in plain words.
public enum TraceText {
    /// The criteria of `prediction`, indented by `indent`.
    public static func criteria(_ prediction: Prediction, indent: String) -> String {
        let deciding = prediction.criteria.filter { $0.rule == prediction.rule }
        let others = prediction.criteria.filter { $0.rule != prediction.rule }
        var text = ""
        if let rule = prediction.rule, !deciding.isEmpty {
            text += "\(indent)Criteria of \(rule):\n"
            for criterion in deciding { text += line(criterion, indent: indent + "  ") }
        }
        if !others.isEmpty {
            text += "\(indent)\(prediction.rule == nil ? "considered" : "also considered") (rules that passed the item on):\n"
            var seen: [String] = []
            for criterion in others where !seen.contains(criterion.rule) { seen.append(criterion.rule) }
            for rule in seen {
                let statuses = others.filter { $0.rule == rule }.map { "\(statement($0)): \(label($0.status))" }
                text += "\(indent)  \(rule): \(statuses.joined(separator: "; "))\n"
            }
        }
        return text
    }

    /// One criterion of the deciding rule with its facts and first evidence sentence.
    static func line(_ criterion: CriterionTrace, indent: String) -> String {
        var text = "\(indent)[\(label(criterion.status))] \(statement(criterion))\n"
        for fact in criterion.facts {
            text += "\(indent)    \(fact.name) = \(fact.value ?? "not documented")"
            if let evidence = fact.evidence.first { text += ": \"\(Format.truncate(evidence.sentence, 100))\"" }
            text += "\n"
        }
        return text
    }

    /// `met`, `unmet` or `not documented`.
    static func label(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "met"
        case .unmet: "unmet"
        case .notDocumented: "not documented"
        }
    }

    /// The criterion as a statement without engine negations: `not documented X` → `X not
    /// documented`, `documented X` → `X documented`, `not X` (a fact alone) → `no X`.
    static func statement(_ criterion: CriterionTrace) -> String {
        let text = criterion.criterion
        let isName = { (rest: Substring) in rest.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
        if text.hasPrefix("not documented "), isName(text.dropFirst(15)) { return "\(text.dropFirst(15)) not documented" }
        if text.hasPrefix("documented "), isName(text.dropFirst(11)) { return "\(text.dropFirst(11)) documented" }
        if text.hasPrefix("not "), isName(text.dropFirst(4)) { return "no \(text.dropFirst(4))" }
        return text
    }
}
