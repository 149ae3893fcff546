import IMRCore
import IMRVocabulary

/// The bytes of one text (a summary, a request) as its evidence reads them: a sentence's text, its
/// white space runs collapsed to one space, is made when a report asks for it, not when a fact
/// cites the sentence (most runs print no evidence). It holds the text's bytes only, so the facts
/// that cite a text do not keep its tokens and tables.
final class SentenceText: EvidenceText {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func sentence(from start: Int, to end: Int) -> String { Self.collapse(bytes, start, end) }

    /// The text of `[start, end)` of `bytes` with runs of white space collapsed to one space
    /// (``collapsingBlanks(_:)``).
    static func collapse(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        guard start < end else { return String() }
        return bytes.withUnsafeBufferPointer { collapsingBlanks(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
