import Testing

@testable import IMRLetters

/// The byte reading of `MAXIMUS guideline:` lines (``CitationBytes``) gives the citations of the
/// `Character` reading, on every corpus line and on lines rewritten from them.
@Suite struct CitationBytesTests {
    /// The corpus letters' MAXIMUS lines and the quirk table's lines.
    static let lines: [String] = {
        var lines = QuirkTests.citationCases.map(\.line)
        for name in TestSupport.corpusNames {
            guard let letter = try? LetterParser.parse(TestSupport.corpusBytes(name), file: name) else { continue }
            lines += letter.truth.items.map(\.maximusGuideline)
        }
        return lines
    }()

    /// Pieces the parser's rules turn on, inserted into the lines.
    static let pieces = [
        ", ", ",", ",  ", " , ", ", and ", " and ", "Section(s):", "Section(s): ", "Page(s):", "Page(s): 63-66, , 70.", ".", "..", " topic",
        "& ", ", & ", "Decision based on ", "Decision based on MTUS ", "Decision based on Non-MTUS Citation ", "MTUS ",
        "Chronic Pain Treatment Guidelines ", " Guidelines", " 2016", " +2016", " 1989", " 2101", "2004,", "ODG ", "ODG guidelines ",
        "Official Disability Guidelines (ODG) ", "Web Version, ", " and Other Medical Treatment Guidelines ", "NSAIDs, ", "TENS",
        "3.3.9 Opioids, ", "12, ", "chronic pain, ", "Low back, ", "a", "A", " ", "  ",
    ]

    /// `count` rewrites of `line`: pieces inserted at word boundaries, words dropped, first letters'
    /// case switched (a fixed pseudo-random sequence, so that a failure repeats).
    static func variants(of line: String, count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        var variants: [String] = []
        for _ in 0..<count {
            var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<(1 + next(4)) {
                switch next(4) {
                case 0, 1: words.insert(pieces[next(pieces.count)], at: next(words.count + 1))
                case 2: if !words.isEmpty { words.remove(at: next(words.count)) }
                default:
                    guard !words.isEmpty else { continue }
                    let position = next(words.count)
                    let word = words[position]
                    words[position] = word.prefix(1).uppercased() == word.prefix(1) ? word.lowercased() : word.capitalized
                }
            }
            variants.append(words.joined(separator: " "))
        }
        return variants
    }

    @Test func corpusLinesAndTheirRewrites() {
        var compared = 0
        for (index, line) in Self.lines.enumerated() {
            for text in [line] + Self.variants(of: line, count: 12, seed: UInt64(index + 1)) {
                guard let citations = CitationBytes.parse(text) else { continue }
                #expect(citations == CitationParser.characterCitations(text), "\(text)")
                compared += 1
            }
        }
        #expect(compared > 2_000)
    }

    @Test func nonASCIIAndCarriageReturnLinesAreReadAsCharacters() {
        #expect(CitationBytes.parse("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): épicondylite") == nil)
        #expect(CitationBytes.parse("Decision based on MTUS Low Back Complaints 2004,\r\nSection(s): Physical Methods") == nil)
        #expect(CitationBytes.parse("Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods") != nil)
    }
}
