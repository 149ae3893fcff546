import IMREvaluation
import IMRVocabulary

/// The one text form of a prediction's criteria: the deciding rule's criteria first, then the rules
/// that applied but passed the item on, under "also considered"; each criterion in plain words.
public enum TraceText {
    /// What the reports say of a decision whose rule's guideline wording is recalled (`wording
    /// recalled`), before the rule's note.
    public static let recalledWording = "wording recalled, not checked against the guideline's text"

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
                let statuses = others.filter { $0.rule == rule }.map { "\(statement($0)): \(label($0))" }
                text += "\(indent)  \(rule): \(statuses.joined(separator: "; "))\n"
            }
        }
        return text
    }

    /// One criterion of the deciding rule with its facts and first evidence sentence.
    static func line(_ criterion: CriterionTrace, indent: String) -> String {
        var text = "\(indent)[\(label(criterion))] \(statement(criterion))\n"
        for fact in criterion.facts {
            text += "\(indent)    \(fact.name) = \(fact.value ?? "not documented")"
            if let evidence = fact.evidence.first { text += ": \"\(Format.truncate(evidence.sentence, 100))\"" }
            if fact.value == nil, let mention = fact.mention { text += "; " + unread(mention) }
            text += "\n"
        }
        return text
    }

    /// A mention the engine could not read, as a reviewer reads it: "the summary mentions 'Kenalog'
    /// (paragraph 2) in words the engine could not read; check by hand: \"…\"".
    public static func unread(_ mention: TopicMention) -> String {
        "the summary mentions '\(mention.words)' (paragraph \(mention.paragraph)) in words the engine could not read; check by hand: "
            + "\"\(Format.truncate(mention.evidence.sentence, 100))\""
    }

    /// The criterion's status in words: `met`, `unmet`, `not documented`, or `not documented,
    /// mentioned` when the summary mentions the topic of a fact it reads (``CriterionTrace/isMentioned``).
    static func label(_ criterion: CriterionTrace) -> String {
        criterion.isMentioned ? "not documented, mentioned" : label(criterion.status)
    }

    /// The prediction's confidence as a reviewer reads it: firm, or tentative with each mention it
    /// rests on; empty for an abstention.
    public static func confidence(_ prediction: Prediction, indent: String) -> String {
        guard prediction.outcome != .abstain else { return "" }
        guard prediction.confidence == .tentative else { return "\(indent)confidence: firm\n" }
        var text = "\(indent)confidence: tentative (the outcome rests on criteria the summary mentions in words the engine could not read)"
        text += "\n"
        for mention in prediction.unreadMentions { text += "\(indent)  - \(mention.fact) not documented: \(unread(mention))\n" }
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
