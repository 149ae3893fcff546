/// "Did you mean" suggestions by edit distance, for every diagnostic that names an unknown word.
public enum Suggestion {
    /// `; did you mean 'x'?` for the candidate closest to `word`, or an empty string.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The candidate closest to `word`, when close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.utf8)
        let limit = max(2, target.count / 3)
        var scratch = EditScratch()
        var best: (String, Int)?
        for candidate in candidates where abs(candidate.utf8.count - target.count) <= limit {
            let distance = scratch.distance(target, Array(candidate.utf8))
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best, distance <= limit else { return nil }
        return candidate
    }

    /// Edit distance over UTF-8 bytes, counting a transposition of neighbours as one edit
    /// (optimal string alignment), so `titel` is closer to `title` than to `cite`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        var scratch = EditScratch()
        return scratch.distance(Array(a.utf8), Array(b.utf8))
    }
}

/// Rows reused across edit-distance computations.
private struct EditScratch {
    var before: [Int] = []
    var previous: [Int] = []
    var current: [Int] = []

    mutating func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        if before.count < width {
            before = [Int](repeating: 0, count: width)
            current = [Int](repeating: 0, count: width)
        }
        previous = Array(0..<width) + [Int](repeating: 0, count: max(0, before.count - width))
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], before[j - 2] + 1)
                }
            }
            swap(&before, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
