import Foundation
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

@testable import IMRHarness

/// ``ReasonReader`` (interned words, phrases indexed by their first word) reads every corpus
/// rationale into the same criteria as the direct reading of the rules of ``ReasonText/named(in:cues:)``
/// below, which compares word strings phrase by phrase.
@Suite struct ReasonReaderTests {
    @Test func readsTheCorpusAsTheDirectReading() throws {
        let root = ReasonTextScanTests.root.path
        let schema = Lexicon.load(directory: root + "/Rules/lexicon").lexicon.schema
        let (cues, problems) = ReasonCues.load(rules: root + "/Rules", catalog: schema)
        #expect(problems.isEmpty)
        let reader = ReasonReader(cues)
        var named = 0
        let extra = [
            "In this case there is no functional improvement; however the patient returned to work. In this case there is no functional improvement; however the patient returned to work.",
            "The patient’s functional improvement is not documented in this case; no spasm.",
            "In THIS CASE, FUNCTIONAL IMPROVEMENT was Not Documented, but the worker's spasm was.",
            "  The patient has functional improvement.\n\n\tThe worker has no spasm.  ",
            "The patient\thas\n\nfunctional   improvement. 2 visits; the worker's spasm is not documented.Next the patient has no "
                + "functional improvement! Yes? The claimant has spasm",
            "The patient has spasm.\u{0B}The worker has no spasm. \u{0B} The patient has no spasm",
            "The patient has spasm; ; no functional improvement; ;",
            "The patient has no spasm.\r\nThe patient has spasm. Functional improvement is not documented in this case.",
            "Spasm. Functional improvement. The patient. No spasm in this case.   ",
            "", "  \n\t ", "'s spasm; 's ; ' ;functional improvement of the patient's. 3 patients have spasm.The worker has spasm",
            "The patient has spasm.  \n  Functional improvement? no. e.g. The worker's functional improvement! 'S",
            "The patient has no spasm:\tfunctional improvement;the worker '' has spasm ...  The patient has spasm.\u{0C}Next",
        ]
        for text in ReasonTextScanTests.texts + extra + Self.rewritten(ReasonTextScanTests.texts.prefix(60)) {
            let fast = reader.named(in: text)
            #expect(fast == DirectReasonReading.named(in: text, cues: cues), "\(text.prefix(80))")
            named += fast.count
        }
        #expect(named > 100)
    }

    /// `texts` with their blanks, sentence ends and word edges rewritten at random (a fixed seed):
    /// runs of spaces, line breaks and tabs, a full stop before a capital or a digit, `;`, `'s`.
    static func rewritten(_ texts: some Sequence<String>) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let inserts = ["  ", "\n", "\t", " \n\t ", ". ", ". The", "; ", "'s ", " ' ", "! 3 ", "? A", ".\n\nIn"]
        return texts.map { text in
            var bytes = Array(text.utf8)
            for _ in 0..<12 where !bytes.isEmpty {
                let at = next(bytes.count)
                if bytes[at] == 0x20 || next(4) == 0 {
                    bytes.replaceSubrange(at..<at + (bytes[at] == 0x20 ? 1 : 0), with: Array(inserts[next(inserts.count)].utf8))
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func wordTableFindsWordsByTheirBytes() {
        var table = WordTable()
        let words = (0..<200).map { "w\($0)" } + ["", "don't", "x"]
        let ids = words.map { table.intern($0) }
        #expect(Set(ids).count == words.count)
        for (word, id) in zip(words, ids) {
            #expect(table.id(of: word) == id)
            var bytes = Array(word.uppercased().utf8)
            #expect(bytes.withUnsafeBufferPointer { table.id(of: $0) } == id)
            bytes.append(0x71)
            #expect(bytes.withUnsafeBufferPointer { table.id(of: $0) } == table.id(of: word + "q"))
        }
        #expect(table.id(of: "unknown") == -1)
    }
}

/// The rules of ``ReasonText/named(in:cues:)`` read directly: every phrase searched for in word strings.
private enum DirectReasonReading {
    static func named(in rationale: String, cues: ReasonCues) -> [NamedCriterion] {
        guard !cues.isEmpty else { return [] }
        var order: [String] = []
        var latest: [String: NamedCriterion] = [:]
        for sentence in ReasonText.sentences(rationale) {
            let sentenceWords = ReasonText.words(sentence)
            guard cues.caseMarkers.contains(where: { !occurrences(of: $0, in: sentenceWords).isEmpty }) else { continue }
            for part in sentence.split(separator: ";") {
                let tokens = ReasonText.words(String(part))
                let clauses = clauseStarts(tokens, cues: cues)
                var mentions: [(start: Int, fact: String, negated: Bool)] = []
                for criterion in cues.criteria {
                    for phrase in criterion.phrases {
                        for start in occurrences(of: phrase, in: tokens) {
                            let end = start + phrase.count
                            let clause = clauseRange(containing: start, starts: clauses, count: tokens.count)
                            let negated =
                                cues.negations.contains { negation in
                                    occurrences(of: negation, in: tokens).contains {
                                        $0 >= clause.lowerBound && $0 + negation.count <= start
                                            && start - ($0 + negation.count) < ReasonText.negationWindow
                                    }
                                }
                                || cues.afterNegations.contains { negation in
                                    occurrences(of: negation, in: tokens).contains {
                                        $0 >= end && $0 + negation.count <= clause.upperBound && $0 - end < ReasonText.afterWindow
                                    }
                                }
                            mentions.append((start, criterion.fact, negated))
                        }
                    }
                }
                for mention in mentions.sorted(by: { $0.start < $1.start }) {
                    if latest[mention.fact] == nil { order.append(mention.fact) }
                    if let previous = latest[mention.fact], previous.sentence == sentence, previous.status == .missing { continue }
                    latest[mention.fact] = NamedCriterion(fact: mention.fact, status: mention.negated ? .missing : .met, sentence: sentence)
                }
            }
        }
        return order.compactMap { latest[$0] }
    }

    /// The positions where `phrase` starts in `tokens`.
    static func occurrences(of phrase: [String], in tokens: [String]) -> [Int] {
        guard let first = phrase.first, phrase.count <= tokens.count else { return [] }
        var found: [Int] = []
        for start in 0...(tokens.count - phrase.count) where tokens[start] == first {
            if (1..<phrase.count).allSatisfy({ tokens[start + $0] == phrase[$0] }) { found.append(start) }
        }
        return found
    }

    /// The token positions at which a clause starts (0, and after each boundary word).
    static func clauseStarts(_ tokens: [String], cues: ReasonCues) -> [Int] {
        [0] + tokens.indices.filter { cues.boundaries.contains(tokens[$0]) }.map { $0 + 1 }
    }

    static func clauseRange(containing position: Int, starts: [Int], count: Int) -> Range<Int> {
        let start = starts.last { $0 <= position } ?? 0
        let end = starts.first { $0 > position }.map { $0 - 1 } ?? count
        return start..<max(start, end)
    }
}
