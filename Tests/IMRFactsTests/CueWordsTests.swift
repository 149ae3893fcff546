import IMRVocabulary
import Testing

@testable import IMRFacts

/// The word lists read by word id (``CueWords``) answer as the string lists of the cue data do,
/// for every list of the shipped data and every word the data spells, plus words it does not.
@Suite struct CueWordsTests {
    static let cues = LexiconIndex(shippedLexicon.lexicon).cues

    /// Every word of the table, upper-cased variants, numbers, and words no phrase spells, as tokens of one text.
    static let text: CaseText = {
        let table = cues.wordTable
        var words = (0..<table.count).map { table.spellings[$0] }
        words += ["Two", "SEVEN", "0", "7", "12", "007", "199", "100000", "99999", "1st", "3rd", "x6", "zzqx", "improvingly"]
        words += cues.words(.capitalsOnly).sorted().map { $0.uppercased() }
        return CaseText(words.joined(separator: " ; "), source: .summary, cues: cues)
    }()

    /// Whether `token` is a `capitals_only` word written in lower case: an unknown word, in no list.
    static func isLowerCaseCapitalsOnly(_ token: Token) -> Bool {
        token.id < 0 && cues.words(.capitalsOnly).contains(text.word(of: token))
    }

    @Test func listsAnswerAsTheirWords() {
        for name in CueName.allCases {
            let list = Self.cues.wordList(name)
            let words = Self.cues.words(name)
            let tokens = Self.text.tokens.filter { !Self.isLowerCaseCapitalsOnly($0) }
            let wrong = tokens.filter { list.contains($0) != words.contains(Self.text.word(of: $0)) }.map(Self.text.word(of:))
            #expect(wrong.isEmpty, "\(name.name): \(wrong.prefix(5))")
            let mislabelled = tokens.filter { Self.cues.label(of: $0, in: name) != Self.cues.label(of: Self.text.word(of: $0), in: name) }
            #expect(mislabelled.isEmpty, "\(name.name): \(mislabelled.prefix(5).map(Self.text.word(of:)))")
            #expect(!Self.text.tokens.contains { Self.isLowerCaseCapitalsOnly($0) && list.contains($0) }, "\(name.name)")
        }
        #expect(Self.text.tokens.contains(where: Self.isLowerCaseCapitalsOnly))
    }

    @Test func countsAnswerAsTheirWords() {
        let wrong = Self.text.tokens.filter { Self.cues.count($0) != Self.cues.count(Self.text.word(of: $0)) }.map(Self.text.word(of:))
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(Self.text.tokens.contains { Self.cues.count($0) == 7 })
    }

    /// A union of lists holds a word exactly when one of its lists does: the lists of care results
    /// (made at load), one list, none, and lists of different lengths.
    @Test(arguments: [
        CareResults.tellingSets, [.careResultScant], [], [.numbers, .careResultSettle, .capitalsOnly, .symptomWords],
    ])
    func unionsAnswerAsTheirLists(_ names: [CueName]) {
        let lists = names.map(Self.cues.wordList)
        let union = names == CareResults.tellingSets ? Self.cues.careResultTelling : WordList(union: lists)
        let wrong = Self.text.tokens.filter { token in union.contains(token) != lists.contains { $0.contains(token) } }
        #expect(wrong.isEmpty, "\(names.map(\.name)): \(wrong.prefix(5).map(Self.text.word(of:)))")
        #expect(names.isEmpty || Self.text.tokens.contains(where: union.contains))
    }

    /// The thresholds read at load answer as the labels of their set's words (0 where a set has none).
    @Test func thresholdsAnswerAsTheirLabels() {
        for name in CueName.allCases {
            for threshold in CueThreshold.allCases {
                let label = Self.cues.label(of: threshold.name, in: name).flatMap { Int($0) } ?? 0
                #expect(Self.cues.threshold(threshold, in: name) == label, "\(name.name) \(threshold.name)")
            }
        }
        #expect(Self.cues.threshold(.days, in: .careResultLimits) > 0)
    }

    /// The id sequences of a set are its word sequences that a text can spell.
    @Test func idSequencesSpellTheWordSequences() {
        for name in CueName.allCases {
            let spelled = Self.cues.sequences(name).map(\.words).filter { words in
                words.allSatisfy { Self.cues.wordTable.id($0) >= 0 }
            }
            #expect(Self.cues.idSequences(name).map { $0.map { Self.cues.wordTable.spellings[Int($0)] } } == spelled, "\(name.name)")
        }
    }

    /// A case's ordinal is its position in `allCases`, so set numbers are found without hashing names.
    @Test func ordinalsFollowTheDeclarationOrder() {
        #expect(CueName.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
        // Past 256 cases the tag takes two bytes: a case after the 256th is still found by its index.
        if CueName.allCases.count > 256 { #expect(CueName.allCases[256].ordinal == 256) }
        #expect(CueName.allCases.last?.ordinal == CueName.allCases.count - 1)
        let sorted = shippedLexicon.lexicon.cues.sets.keys.sorted()
        for name in CueName.allCases {
            #expect(Self.cues.number(of: name) == sorted.firstIndex(of: name.name) ?? -1, "\(name.name)")
        }
    }
}
