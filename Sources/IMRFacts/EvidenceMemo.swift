/// The evidence text of each sentence of one summary (``CaseText/evidence(_:)``), collapsed the
/// first time a reader cites the sentence: many facts, and every request's readings, cite the
/// same sentences, and citing one again costs a look-up instead of a copy of its bytes.
final class EvidenceMemo: @unchecked Sendable {
    private let lock = MemoLock()
    @exclusivity(unchecked) private var texts: [String?]

    /// A memo for a text of `count` sentences.
    init(sentences count: Int) { texts = Array(repeating: nil, count: count) }

    /// The text of sentence `index`, made by `make` the first time.
    func text(of index: Int, _ make: () -> String) -> String {
        lock.lock()
        if let text = texts[index] {
            lock.unlock()
            return text
        }
        lock.unlock()
        let text = make()
        lock.lock()
        texts[index] = text
        lock.unlock()
        return text
    }
}
