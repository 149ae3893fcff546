import IMRCore
import IMRVocabulary

/// `imr lint`'s check of cue phrases written with the plural of an initialism (`initialisms` in
/// `Rules/lexicon/words.cues`: "adls", "dtrs"). A summary that writes the plural in capitals
/// with a lower-case "s" ("ADLs") reads it as its singular's plural (``CaseText``), so a folded
/// phrase that lists only the plural ("unable to perform adls") misses that writing: each such
/// phrase is tried as a summary would write it, with the set's own matcher, and a phrase that is not
/// found there is a warning (`C009`) at its location, to be listed with the singular too.
public enum PluralInitialismCheck {
    /// The warnings for the cue phrases of `lexicon`.
    public static func diagnostics(for lexicon: Lexicon) -> [Diagnostic] {
        let book = CueBook(lexicon)
        let initialisms = book.words(.initialisms)
        guard !initialisms.isEmpty else { return [] }
        // The singular of `word` when it is the plural of an initialism.
        func singular(_ word: String) -> String? {
            guard word.hasSuffix("s"), case let stem = String(word.dropLast()), initialisms.contains(stem) else { return nil }
            return stem
        }
        var diagnostics: [Diagnostic] = []
        for definition in lexicon.cues.sets.values.sorted(by: { $0.name < $1.name }) where book.folds(definition.name) {
            let set: CueSet
            if let fact = definition.fact, let declared = book.declaredFacts.first(where: { $0.fact.name == fact.name }) {
                set = declared.cues
            } else if let name = CueName(name: definition.name), name.shape == .phrases, name != .abbreviations {
                // (`abbreviations` is read as short forms of phrases, not matched.)
                set = book.set(name)
            } else {
                continue
            }
            for phrase in definition.phrases where !CuePattern.hasGap(phrase.phrase) {
                let words = phraseWords(phrase.phrase)
                guard words.contains(where: { singular($0) != nil }) else { continue }
                let written = words.map { word in singular(word).map { $0.uppercased() + "s" } ?? word }.joined(separator: " ")
                let text = CaseText(written, source: .summary, cues: book)
                guard !set.hits(in: text).contains(where: { $0.first == 0 && $0.last == text.tokens.count - 1 }) else { continue }
                let listed = words.map { singular($0) ?? $0 }.joined(separator: " ")
                diagnostics.append(
                    Diagnostic(
                        code: VocabularyDiagnosticCode.pluralInitialism.rawValue, severity: .warning,
                        message:
                            "'\(definition.name)' phrase '\(phrase.phrase)' is not found where a summary writes '\(written)' (a plural initialism reads as its singular's plural): list '\(listed)' too",
                        location: phrase.location))
            }
        }
        return diagnostics
    }
}
