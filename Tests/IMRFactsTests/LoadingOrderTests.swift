import IMRCore
import IMRVocabulary
import Testing

@testable import IMRFacts

/// What loading reads on bytes instead of `String`s reads as the `String`s did: a pattern
/// phrase's parts, and the order of a set's phrases.
@Suite struct LoadingOrderTests {
    @Test(arguments: [
        "modified ... request", "positive ...3 tinel ...5 tarsal tunnel", "s32 0*", "pt ...4+ failed", "...x word", ".* a",
        "  two  spaces ", "", "a", "x ...8 y*", "café ... menu",
    ])
    func asciiPartsAreThePartsOfThePhrase(_ phrase: String) {
        var parts: [(text: String, mayBeGap: Bool, mayBePrefix: Bool)] = []
        let cut = CuePattern.forEachASCIIPart(of: phrase) { part in
            parts.append((String(decoding: part, as: UTF8.self), part[0] == 46, part[part.count - 1] == 42))
        }
        #expect(cut == phrase.utf8.allSatisfy { $0 < 0x80 })
        guard cut else { return }
        let expected = CuePattern.parts(of: phrase)
        #expect(parts.map(\.text) == expected.map(\.text))
        #expect(parts.map(\.mayBeGap) == expected.map(\.mayBeGap))
        #expect(parts.map(\.mayBePrefix) == expected.map(\.mayBePrefix))
    }

    /// (phrase, label) pairs written out of order, each with its position in the `String` order.
    @Test(arguments: [
        [("knee pain", "yes", 2), ("knee", "yes", 1), ("ankle", "no", 0)],
        [("knee", "yes", 1), ("knee", "no", 0)],
        [("b", "x", 2), ("a b", "x", 1), ("a", "x", 0)],
        [("Z", "yes", 0), ("a", "yes", 1)],
        [("↓", "decreased", 1), ("(-)", "negative", 0)],
    ])
    func phrasesAreSortedAsStrings(_ rows: [(String, String, Int)]) {
        let location = SourceLocation(file: "t.cues", line: 1)
        let phrases = rows.map { CuePhrase(label: $0.1, phrase: $0.0, location: location) }
        let sorted = sortedPhrases(phrases)
        let expected = rows.sorted { $0.2 < $1.2 }
        #expect(sorted.map(\.phrase) == expected.map(\.0))
        #expect(sorted.map(\.label) == expected.map(\.1))
    }

    @Test func everySetOfTheDataIsSortedAsStrings() {
        for definition in shippedLexicon.lexicon.cues.sets.values {
            let expected = definition.phrases.sorted { ($0.phrase, $0.label) < ($1.phrase, $1.label) }
            let sorted = sortedPhrases(definition.phrases)
            #expect(sorted.map(\.phrase) == expected.map(\.phrase), "\(definition.name)")
            #expect(sorted.map(\.label) == expected.map(\.label), "\(definition.name)")
        }
    }
}
