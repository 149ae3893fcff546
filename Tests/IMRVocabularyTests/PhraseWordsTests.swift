import IMRVocabulary
import Testing

/// `phraseWords`: runs of ASCII letters and digits, lower-cased; every other byte (punctuation,
/// blanks, any byte of a non-ASCII character) separates words.
@Suite struct PhraseWordsTests {
    @Test(arguments: [
        ("S/P L4-5", ["s", "p", "l4", "5"]),
        ("", []),
        ("  ", []),
        ("Norco 10/325 mg #90", ["norco", "10", "325", "mg", "90"]),
        ("x-ray", ["x", "ray"]),
        ("TENS unit, 30-day trial.", ["tens", "unit", "30", "day", "trial"]),
        ("Café naïve", ["caf", "na", "ve"]),
        ("...a", ["a"]),
        ("Z@[`{", ["z"]),
        ("ÀBC", ["bc"]),
    ])
    func wordsOfAText(_ text: String, _ words: [String]) {
        #expect(phraseWords(text) == words)
    }

    /// The byte scan against a direct reading of the definition (split the UTF-8 bytes on every
    /// byte that is not an ASCII letter or digit, lower-case A-Z), on texts mixing every kind of byte.
    @Test func theScanReadsAsTheDefinition() {
        let pieces = ["Ab", "9", " ", "-", "é", "Ω", "😀", "/", "Z", "a\u{301}", "\t", "@", "[", "`", "{", "0"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let expected = text.utf8.split(whereSeparator: { !isWordByte($0) }).map { word in
                String(decoding: word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
            }
            #expect(phraseWords(text) == expected, "\(text)")
        }
    }
}
