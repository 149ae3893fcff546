import IMRCore
import IMRVocabulary
import Testing

/// Word-order patterns in cue phrases (`modified the ... request`): how an item is written, read
/// and reported when broken.
@Suite struct CuePatternTests {
    @Test(arguments: [
        ("modified the ... request", "modified the ... request"),
        ("Modified the … request", "modified the ... request"),
        ("pain ...2 improved", "pain ...2 improved"),
        ("pain ...4 improved", "pain ... improved"),
        ("S/P ...3 release", "s p ...3 release"),
        ("improvement ... pain ... function", "improvement ... pain ... function"),
        ("x-ray", "x ray"),
        ("  Tab\tseparated  words ", "tab separated words"),
        ("naïve pain", "na ve pain"),
        ("S32.0-", "s32 0*"),
    ])
    func aPatternIsReadAsWordsAndGaps(_ item: String, _ canonical: String) {
        #expect(CuePattern.canonical(item) == .success(canonical))
    }

    /// Each broken item is reported at the byte where it goes wrong.
    @Test(arguments: [
        ("... pain", 0),
        ("pain ...", 5),
        ("pain ... ... better", 9),
        ("pain ...9 better", 5),
        ("pain ...0 better", 5),
        ("pain ...x better", 5),
        ("pain...better", 4),
        ("- ... pain", 2),
    ])
    func aBrokenPatternIsAnErrorAtItsGap(_ item: String, _ offset: Int) {
        guard case .failure(let problem) = CuePattern.canonical(item) else {
            Issue.record("'\(item)' was read")
            return
        }
        #expect(problem.offset == offset, "\(problem.message)")
    }

    @Test func gapWordsGiveTheirCounts() {
        #expect(CuePattern.gap("...") == CuePattern.defaultGap)
        #expect(CuePattern.gap("...3") == 3)
        #expect(CuePattern.gap("pain") == nil)
        #expect(CuePattern.hasGap("modified the ... request"))
        #expect(!CuePattern.hasGap("modified the request"))
    }

    /// Gap and prefix words are found among the phrase's space-separated words, on the bytes of ASCII
    /// phrases and by `Character` otherwise: a space followed by a combining mark is no word break.
    @Test(arguments: [
        ("s32 0*", false, true),
        ("s12 *", false, true),
        ("pain ...2+ improved", true, false),
        ("pain ..", false, false),
        ("0* pain", false, true),
        ("pain *x", false, false),
        ("  s32   0*  ", false, true),
        ("", false, false),
        ("douleur ... améliorée", true, false),
        ("s32 0* \u{301}x", false, false),
        ("pain ... \u{301}x", false, false),
    ])
    func gapAndPrefixWordsAreFoundAmongTheWords(_ phrase: String, _ gap: Bool, _ prefix: Bool) {
        #expect(CuePattern.hasGap(phrase) == gap)
        #expect(CuePattern.hasPrefix(phrase) == prefix)
        #expect(CuePattern.hasGap(phrase) == phrase.split(separator: " ").contains { CuePattern.gap($0) != nil })
        #expect(CuePattern.hasPrefix(phrase) == phrase.split(separator: " ").contains { CuePattern.prefix($0) != nil })
    }

    @Test func aBrokenPatternInACueFileIsALintErrorAtItsColumn() {
        let cues = "set partial_again\n  yes: modified to, modified the ...12 request\n"
        let (_, diagnostics) = CueLibrary.parse(sources: [("t.cues", cues)], schema: shipped.lexicon.schema)
        #expect(diagnostics.map(\.code) == ["C001"])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.cues", line: 2, column: 34))
    }
}
