import IMREvaluation
import IMRHarness

/// Lists the changes of a baseline comparison for people.
public enum ChangeReport {
    /// `Changes against baseline: 2 better, 1 worse, 0 changed` followed by one entry per change:
    /// the item, the outcome and deciding rule before and after, and why it changed.
    public static func render(_ changes: [PredictionChange], against name: String) -> String {
        let counts = [PredictionChange.Kind.better, .worse, .changed, .added, .removed].map { kind in
            "\(changes.filter { $0.kind == kind }.count) \(kind.rawValue)"
        }
        var text = "\nChanges against \(name): \(counts.joined(separator: ", "))\n"
        for change in changes {
            let before = change.before.map { "\(Outcomes.label($0)) (\(change.beforeRule ?? "-"))" } ?? "none"
            let after = change.after.map { "\(Outcomes.label($0)) (\(change.afterRule ?? "-"))" } ?? "none"
            text += "  \(change.kind.rawValue.uppercased())  \(change.file) #\(change.index + 1)  \(Format.truncate(change.request, 50))\n"
            text += "      actual \(Outcomes.label(change.actual)): \(before) → \(after)\n"
            if let why = why(change) { text += "      why: \(why)\n" }
        }
        return text
    }

    /// Why `change` happened in one line, or `nil` for an item added or removed.
    public static func why(_ change: PredictionChange) -> String? {
        guard change.before != nil, change.after != nil else { return nil }
        guard change.criteriaCompared else { return "the baseline stores no criteria (save it again to see why)" }
        guard let why = change.why else {
            return "no criterion changed status: a rule's outcome, precedence or applies line changed"
        }
        var text = "\(why.rule): "
        if let edited = why.criterionBefore {
            text += "\(edited) \(status(why.before)) → \(why.criterion) \(status(why.after))"
        } else {
            text += "\(why.criterion) \(status(why.before)) → \(status(why.after))"
        }
        let values = zip(why.valuesBefore, why.valuesAfter).filter { $0 != $1 }
        if !values.isEmpty {
            text += " (" + values.map { "\($0) → \(value(of: $1))" }.joined(separator: "; ") + ")"
        } else if let value = (why.valuesAfter.isEmpty ? why.valuesBefore : why.valuesAfter).first {
            text += " (\(value))"
        }
        return text
    }

    static func status(_ status: CriterionStatus?) -> String { status?.rawValue ?? "not considered" }

    /// `true` of `functional_improvement = true`.
    static func value(of assignment: String) -> String {
        assignment.range(of: " = ").map { String(assignment[$0.upperBound...]) } ?? assignment
    }
}
