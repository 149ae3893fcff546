import IMREvaluation

/// One criterion of a prediction as a baseline stores it: its rule, its text, its status and the
/// values of the facts it read (`name = value`, or `name = not documented`).
public struct CriterionRecord: Hashable, Sendable, Codable {
    public var rule: String
    public var criterion: String
    public var status: CriterionStatus
    public var values: [String]

    public init(rule: String, criterion: String, status: CriterionStatus, values: [String]) {
        self.rule = rule
        self.criterion = criterion
        self.status = status
        self.values = values
    }

    /// The record of a traced criterion.
    public init(_ trace: CriterionTrace) {
        self.init(
            rule: trace.rule, criterion: trace.criterion, status: trace.status,
            values: trace.facts.map { "\($0.name) = \($0.value ?? "not documented")" })
    }
}

/// Why an item's prediction changed: the first criterion whose status differs between the two
/// traces, with its fact values before and after (docs/harness.md).
public struct FlipReason: Hashable, Sendable, Codable {
    public var rule: String
    public var criterion: String
    /// The criterion's text before, when the rule's text of it was edited.
    public var criterionBefore: String?
    /// The status before, or `nil` when the criterion was not considered before.
    public var before: CriterionStatus?
    /// The status after, or `nil` when the criterion is not considered any more.
    public var after: CriterionStatus?
    public var valuesBefore: [String]
    public var valuesAfter: [String]

    public init(
        rule: String, criterion: String, criterionBefore: String? = nil, before: CriterionStatus?, after: CriterionStatus?,
        valuesBefore: [String], valuesAfter: [String]
    ) {
        self.rule = rule
        self.criterion = criterion
        self.criterionBefore = criterionBefore
        self.before = before
        self.after = after
        self.valuesBefore = valuesBefore
        self.valuesAfter = valuesAfter
    }

    /// The first criterion, in the order of the trace after, whose status differs from the trace
    /// before; then the criteria considered before only, in their order. A criterion's counterpart
    /// is the one of the same rule with the same text, else (an edited criterion) the one at the same
    /// position among its rule's criteria whose text is not otherwise matched; a criterion without a
    /// counterpart differs. `nil` when every criterion kept its status (the rules' outcomes,
    /// precedence or `applies` lines changed instead).
    public static func first(before: [CriterionRecord], after: [CriterionRecord]) -> FlipReason? {
        let counterparts = match(before: before, after: after)
        for (position, record) in after.enumerated() {
            let previous = counterparts[position].map { before[$0] }
            guard previous?.status != record.status else { continue }
            return FlipReason(
                rule: record.rule, criterion: record.criterion,
                criterionBefore: previous.flatMap { $0.criterion == record.criterion ? nil : $0.criterion }, before: previous?.status,
                after: record.status, valuesBefore: previous?.values ?? [], valuesAfter: record.values)
        }
        let matched = Set(counterparts.compactMap { $0 })
        for (position, record) in before.enumerated() where !matched.contains(position) {
            return FlipReason(
                rule: record.rule, criterion: record.criterion, before: record.status, after: nil, valuesBefore: record.values,
                valuesAfter: [])
        }
        return nil
    }

    /// For each record of `after`, the position of its counterpart in `before`, if any.
    static func match(before: [CriterionRecord], after: [CriterionRecord]) -> [Int?] {
        func ordinals(_ records: [CriterionRecord]) -> [Int] {
            var seen: [String: Int] = [:]
            return records.map { record in
                defer { seen[record.rule, default: 0] += 1 }
                return seen[record.rule, default: 0]
            }
        }
        let beforeOrdinals = ordinals(before)
        let afterOrdinals = ordinals(after)
        var used = Set<Int>()
        var result: [Int?] = Array(repeating: nil, count: after.count)
        for (position, record) in after.enumerated() {
            if let same = before.indices.first(where: {
                !used.contains($0) && before[$0].rule == record.rule && before[$0].criterion == record.criterion
            }) {
                result[position] = same
                used.insert(same)
            }
        }
        let afterTexts = Set(after.map { $0.rule + "\u{0}" + $0.criterion })
        for (position, record) in after.enumerated() where result[position] == nil {
            if let edited = before.indices.first(where: {
                !used.contains($0) && before[$0].rule == record.rule && beforeOrdinals[$0] == afterOrdinals[position]
                    && !afterTexts.contains(before[$0].rule + "\u{0}" + before[$0].criterion)
            }) {
                result[position] = edited
                used.insert(edited)
            }
        }
        return result
    }
}
