/// `items` without repeats, in first-seen order.
func unique(_ items: [String]) -> [String] {
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
