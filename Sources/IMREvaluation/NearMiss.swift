import IMRCore
import IMRFacts
import IMRVocabulary

/// "Did you mean" for a request the lexicon does not recognise: the drug or procedure name that a
/// word of the request most likely misspells (`Norko 10/325` → `norco`).
struct NearMiss: Sendable {
    /// One-word names of drugs, ingredients and procedures, by length.
    private let names: [Int: [String]]

    init(_ lexicon: Lexicon) {
        var names: Set<String> = []
        for vocabulary in ["drug", "ingredient", "procedure"] {
            for id in lexicon.terms(in: vocabulary) {
                for name in lexicon.entry(id, in: vocabulary)?.names ?? [] where Self.isWord(name) { names.insert(name) }
            }
        }
        self.names = Dictionary(grouping: names.sorted(), by: { $0.utf8.count })
    }

    /// The closest name to a word of `request` (5 letters or more), when a word is within one edit
    /// per four letters of it; the longest such word is tried first.
    func suggestion(for request: String) -> String? {
        let words = request.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.utf8.count >= 5 && Self.isWord($0) }
        for word in words.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            let limit = max(1, word.utf8.count / 4)
            var best: (name: String, distance: Int)?
            for length in (word.utf8.count - limit)...(word.utf8.count + limit) {
                for name in names[length] ?? [] {
                    let distance = Suggestion.editDistance(word, name)
                    if distance <= limit, best == nil || distance < best!.distance { best = (name, distance) }
                }
            }
            if let best, best.distance > 0 { return best.name }
        }
        return nil
    }

    /// Whether `text` is one word of ASCII letters.
    private static func isWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) }
    }
}
