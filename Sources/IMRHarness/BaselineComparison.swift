import IMREvaluation
import IMRLetters

/// An item whose prediction differs between a baseline and the current run.
public struct PredictionChange: Hashable, Sendable, Codable {
    /// How the change affects correctness.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Wrong before, right now.
        case better
        /// Right before, wrong now (a regression), or right before and gone now.
        case worse
        /// Wrong both times, or right both times with another rule.
        case changed
        /// Not in the baseline.
        case added
        /// In the baseline but not in this run (its letter failed or was removed).
        case removed
    }

    public var kind: Kind
    public var file: String
    public var index: Int
    public var request: String
    public var actual: Decision
    public var before: PredictedOutcome?
    public var beforeRule: String?
    public var after: PredictedOutcome?
    public var afterRule: String?
    /// The first criterion whose status changed, when both sides' criteria are known and one did.
    public var why: FlipReason?
    /// Whether both sides' criteria were known (a baseline saved before criteria were stored has none).
    public var criteriaCompared: Bool

    /// Whether the change made a right item wrong (or lost it).
    public var isRegression: Bool { kind == .worse }
}

/// The changes between a baseline and a run.
public struct BaselineComparison: Hashable, Sendable {
    /// Every change, by file then index.
    public var changes: [PredictionChange]

    /// The changes that are regressions.
    public var regressions: [PredictionChange] { changes.filter(\.isRegression) }

    /// Compares `current` with `baseline`: an item whose outcome or deciding rule differs is a change.
    public init(baseline: Baseline, current: Baseline) {
        var before: [String: Baseline.Entry] = [:]
        for entry in baseline.items { before[Self.key(entry)] = entry }
        var changes: [PredictionChange] = []
        var seen = Set<String>()
        for entry in current.items {
            let key = Self.key(entry)
            seen.insert(key)
            guard let old = before[key] else {
                changes.append(Self.change(.added, entry, old: nil, new: entry))
                continue
            }
            guard old.predicted != entry.predicted || old.rule != entry.rule else { continue }
            let kind: PredictionChange.Kind =
                switch (old.wasCorrect, entry.wasCorrect) {
                case (false, true): .better
                case (true, false): .worse
                default: .changed
                }
            changes.append(Self.change(kind, entry, old: old, new: entry))
        }
        for entry in baseline.items where !seen.contains(Self.key(entry)) {
            changes.append(Self.change(entry.wasCorrect ? .worse : .removed, entry, old: entry, new: nil))
        }
        self.changes = changes.sorted { ($0.file, $0.index) < ($1.file, $1.index) }
    }

    static func key(_ entry: Baseline.Entry) -> String { "\(entry.file)#\(entry.index)" }

    static func change(
        _ kind: PredictionChange.Kind, _ item: Baseline.Entry, old: Baseline.Entry?, new: Baseline.Entry?
    ) -> PredictionChange {
        let compared = old?.criteria != nil && new?.criteria != nil
        return PredictionChange(
            kind: kind, file: item.file, index: item.index, request: item.request, actual: item.actual,
            before: old?.predicted, beforeRule: old?.rule, after: new?.predicted, afterRule: new?.rule,
            why: compared ? FlipReason.first(before: old?.criteria ?? [], after: new?.criteria ?? []) : nil,
            criteriaCompared: compared)
    }
}
