import IMRVocabulary

/// The label of a cue phrase as a number of its ``CueBook`` (``CueBook/labelText(_:)`` spells it),
/// so that a ``CueHit`` holds no `String` and arrays of hits are copied and freed without a retain
/// per hit. Every book numbers the labels Swift reads by name (``CueLabel``) first, in their order:
/// a label compares with one of them by number, without the book.
struct CueLabelID: Hashable, Sendable {
    let number: Int32

    init(number: Int32) { self.number = number }

    /// The number of `label` in every cue book.
    init(_ label: CueLabel) { number = Int32(truncatingIfNeeded: caseOrdinal(label)) }

    /// Whether `id` is the label `label` (`hit.label == .yes`).
    static func == (id: CueLabelID, label: CueLabel) -> Bool { id == CueLabelID(label) }

    /// Whether `id` is another label than `label`.
    static func != (id: CueLabelID, label: CueLabel) -> Bool { id != CueLabelID(label) }
}
