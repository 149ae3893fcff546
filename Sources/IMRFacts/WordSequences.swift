/// `items` without repeats, in first-seen order: a few items (a request's terms, as a rule) are
/// compared with those kept, more go through a set of those seen.
func unique(_ items: [String]) -> [String] {
    guard items.count > 16 else {
        var kept: [String] = []
        kept.reserveCapacity(items.count)
        for item in items where !kept.contains(item) { kept.append(item) }
        return kept
    }
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
}

/// Whether `words` contains `phrase` as consecutive words.
func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard phrase.count <= words.count else { return false }
    return (0...(words.count - phrase.count)).contains { start in
        phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
    }
}
