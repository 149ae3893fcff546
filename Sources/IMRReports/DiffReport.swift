import IMRHarness

/// What `imr diff` prints: both runs' headline metrics and every changed item.
public struct DiffReport: Encodable {
    public var before: Metrics
    public var after: Metrics
    public var changes: [PredictionChange]
    public var regressions: [PredictionChange]

    /// The report of two runs over the same corpus and their comparison.
    public init(before: CorpusRun, after: CorpusRun, comparison: BaselineComparison) {
        self.before = Metrics(items: before.items)
        self.after = Metrics(items: after.items)
        changes = comparison.changes
        regressions = comparison.regressions
    }

    /// The text format: `old → new over corpus`, the headline metrics before and after, each change.
    public func text(old: String, new: String, corpus: String) -> String {
        var text = "\(old) → \(new) over \(corpus): \(after.items) items\n"
        text += "  accuracy \(Format.ratio(before.accuracy)) → \(Format.ratio(after.accuracy)), "
        text += "balanced accuracy \(Format.ratio(before.balancedAccuracy)) → \(Format.ratio(after.balancedAccuracy)), "
        text += "MCC \(Format.ratio(before.mcc)) → \(Format.ratio(after.mcc))\n"
        text += ChangeReport.render(changes, against: old)
        return text
    }
}
