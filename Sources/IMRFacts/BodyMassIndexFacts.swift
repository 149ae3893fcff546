import IMRVocabulary

/// The worker's body mass index as the summary states it (`body_mass_index`): a phrase of the
/// `body_mass_index` cue set ("BMI", "body mass index"), then within four words a number ("BMI 42",
/// "body mass index of 38.5", "BMI: 41.2 kg/m2", "body mass index (BMI) is 36"). The latest one
/// stated outside the review's reasoning decides. The figures of a date are passed over ("BMI
/// 1/12/17: 41"); a first figure outside an adult's range (10-99) or a negated phrase reads nothing. CPMTG 2009 p. 22 (Aquatic therapy) asks for reduced weight bearing, "for
/// example extreme obesity": the number is what tells obesity and its degree.
enum BodyMassIndexFacts {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        var latest: (value: Double, sentence: Int)?
        for hit in cues.set(.bodyMassIndex).hits(in: text)
        where !hit.negated && !analysis.isReviewSentence(hit.sentence) {
            let end = min(text.sentences[hit.sentence].tokens.upperBound, hit.last + 5)
            guard hit.last + 1 < end, let value = figure(in: text, tokens: (hit.last + 1)..<end) else { continue }
            latest = (value, hit.sentence)
        }
        if let (value, sentence) = latest { builder.set(.bodyMassIndex, .number(value), [text.evidence(sentence)]) }
    }

    /// The first number of tokens `range` that is no part of a date or a fraction (a `/` or `-`
    /// joined to a digit on either side), if it lies in an adult's range.
    private static func figure(in text: CaseText, tokens range: Range<Int>) -> Double? {
        let bytes = text.bytes
        for index in range {
            let start = text.tokens[index].start
            guard let (value, end) = decimal(in: bytes, at: start) else { continue }
            if joined(bytes, after: end) || joined(bytes, before: start) { continue }
            return value >= 10 && value < 100 ? value : nil
        }
        return nil
    }

    /// Whether a `/` or `-` stands right after offset `end` with a digit after it ("1/12/2017").
    private static func joined(_ bytes: [UInt8], after end: Int) -> Bool {
        end + 1 < bytes.count && (bytes[end] == 47 || bytes[end] == 45) && isDigit(bytes[end + 1])
    }

    /// Whether a digit and a `/` or `-` stand right before offset `start`.
    private static func joined(_ bytes: [UInt8], before start: Int) -> Bool {
        start >= 2 && (bytes[start - 1] == 47 || bytes[start - 1] == 45) && isDigit(bytes[start - 2])
    }
}
