import IMRVocabulary

/// The `score_comparison` word pairs of the cue data (`with` and `without`, `from` and `to`), each
/// word with the ways it is written (as written and abbreviated: "w/", "w/o"), spelled once when
/// the cue book is built instead of at every sentence asked about.
struct ScoreComparisons: Sendable {
    /// One way a word of a pair is written: which word of its pair (its place in the pair) and its words.
    typealias Variant = (which: Int, words: [String])

    /// Per label: the number of words of the pair, and every way each word is written, in the pair's order.
    private let pairs: [String: (count: Int, variants: [Variant])]

    /// The pairs of `sequences` (the `score_comparison` entries with their labels, in file order),
    /// each word also as `shortForms` abbreviates it.
    init(_ sequences: [(words: [String], label: String)], shortForms: Abbreviations) {
        var pairs: [String: (count: Int, variants: [Variant])] = [:]
        for entry in sequences {
            let which = pairs[entry.label]?.count ?? 0
            let variants = shortForms.variants(of: entry.words.joined(separator: " ")).map(phraseWords).filter { !$0.isEmpty }
            pairs[entry.label, default: (0, [])].count += 1
            pairs[entry.label, default: (0, [])].variants += variants.map { (which, $0) }
        }
        self.pairs = pairs
    }

    /// The pairs told in time ("before" and "after", "pre" and "post"): their scores are in the
    /// order of their words, and compare a dose only with one named (``PainChange``), so they are
    /// read apart (``inTime(_:)``), not by ``comparesAny(_:)``.
    static let toldInTime = [CueLabel.beforeAfter.name, CueLabel.prePost.name]

    /// Whether `words` hold both words of some pair not told in time (``compares(_:in:)``).
    func comparesAny(_ words: [String]) -> Bool {
        pairs.keys.contains { !Self.toldInTime.contains($0) && compares($0, in: words) }
    }

    /// A pair told in time that `words` hold: where its first word ("before", "pre") and its
    /// second ("after", "post") are first written.
    func inTime(_ words: [String]) -> (first: Int, second: Int)? {
        for label in Self.toldInTime where compares(label, in: words) {
            var places: [Int: Int] = [:]
            for (which, variant) in pairs[label]?.variants ?? [] {
                if let start = words.indices.first(where: { words.hasSequence(variant, at: $0) }) {
                    places[which] = min(places[which] ?? start, start)
                }
            }
            if let first = places[0], let second = places[1] { return (first, second) }
        }
        return nil
    }

    /// Whether `words` hold every word of pair `label`, as written or abbreviated ("w/o meds vs w/
    /// meds"). An abbreviation inside a longer one of the other word does not count ("w" in "w o").
    func compares(_ label: String, in words: [String]) -> Bool {
        let standing = places(label, in: words)
        return (0..<(pairs[label]?.count ?? 0)).allSatisfy { which in standing.contains { $0.word == which } }
    }

    /// Every place in `words` a word of pair `label` is written, as written or abbreviated: its
    /// first word, its length and which word of the pair it is (0: the first, "with"; 1: the
    /// second, "without"). A way of writing inside a longer one is left out ("w" in "w o").
    func places(_ label: String, in words: [String]) -> [(start: Int, count: Int, word: Int)] {
        let pair = pairs[label] ?? (0, [])
        var found: [(start: Int, count: Int, word: Int)] = []
        for (which, variant) in pair.variants {
            for start in words.indices where words.hasSequence(variant, at: start) { found.append((start, variant.count, which)) }
        }
        return found.filter { one in
            !found.contains { $0.count > one.count && $0.start <= one.start && one.start + one.count <= $0.start + $0.count }
        }
    }

    /// The length in words of the longest way a word of pair `label` is written at `words[start]`, or `nil`.
    func word(_ label: String, in words: [String], at start: Int) -> Int? {
        var longest: Int?
        for (_, variant) in pairs[label]?.variants ?? [] where words.hasSequence(variant, at: start) {
            longest = max(longest ?? 0, variant.count)
        }
        return longest
    }
}
