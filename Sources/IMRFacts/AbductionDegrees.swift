import IMRVocabulary

/// `abduction_degrees`: the abduction of the requested side in degrees, the last told outside the
/// review and the plan (ODG Shoulder, Surgery for adhesive capsulitis: "abduction less than 90
/// degrees"). An `abduction_words` phrase ("abduction", "abd", "abducts to"), not negated, not
/// after a `motion_other_parts` word (the hip's, a finger's abduction) and told of the requested
/// side (``TreatmentHistoryFacts/History/isOnRequestedSide(sentence:first:last:within:)``) in a
/// sentence that names a requested region or none (``TreatmentHistoryFacts/History/inRegion(_:)``), then
/// within six words in its clause, before a comma or a `motion_other_words` word, a number from 0 to
/// `abduction_range`'s degrees (the shoulder's range, 180) that a `motion_degree_units` word, a `°`,
/// a punctuation mark or the clause's end follows ("abduction 125 degrees", "abd 85°", "abducts to
/// 70, flexion 120"); of a series of measures joined by commas or `motion_series_joiners` words the last
/// ("abduction 105, 115, then 125 degrees": 125); or the degrees before it, joined by a
/// `motion_degree_links` word ("175 degrees of shoulder abduction"). A strength ("abduction 4/5"), a time ("abduction
/// sling for 6 weeks") and a phrase with no number ("abduction pillow") tell none.
enum AbductionDegrees {
    static func read(_ history: TreatmentHistoryFacts.History, into builder: inout FactBuilder) {
        let analysis = history.analysis
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (others, units, joiners, motions, links) = (
            cues.wordList(.motionOtherParts), cues.wordList(.motionDegreeUnits), cues.wordList(.motionSeriesJoiners),
            cues.wordList(.motionOtherWords), cues.wordList(.motionDegreeLinks)
        )
        let range = Int32(cues.threshold(.degrees, in: .abductionRange))
        var latest: (degrees: Int, sentence: Int)?
        for hit in cues.set(.abductionWords).hits(in: text)
        where !hit.negated && !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanSection(hit.sentence)
            && (hit.first == text.sentences[hit.sentence].tokens.lowerBound || !others.contains(text.tokens[hit.first - 1]))
            && history.isOnRequestedSide(sentence: hit.sentence, first: hit.first, last: hit.last, within: 8)
            && (history.inRegion(hit.sentence) || !analysis.mentions(inSentence: hit.sentence).contains { $0.term.kind == .bodyRegion })
        {
            let clause = text.clause(sentence: hit.sentence, token: hit.first)
            // "175 degrees of shoulder abduction": the degrees before the word.
            if hit.first - 3 >= clause.lowerBound, links.contains(text.tokens[hit.first - 1]), units.contains(text.tokens[hit.first - 2]),
                text.tokens[hit.first - 3].digits >= 0, text.tokens[hit.first - 3].digits <= range
            {
                latest = (Int(text.tokens[hit.first - 3].digits), hit.sentence)
                continue
            }
            guard hit.last < clause.upperBound, let first = firstNumber(after: hit.last, clause, text, motions),
                var degrees = measure(at: first, clause, text, units, links, range: range)
            else { continue }
            // A series: the next measure after a comma or a joiner ("105, 115, then 125").
            var place = first
            while place + 1 <= clause.upperBound {
                var next = place + 1
                while next <= clause.upperBound, joiners.contains(text.tokens[next]) { next += 1 }
                guard next <= clause.upperBound, next - place <= 2, text.tokens[next].digits >= 0,
                    next > place + 1 || text.tokens[next].commaBefore,
                    let value = measure(at: next, clause, text, units, links, range: range)
                else { break }
                (degrees, place) = (value, next)
            }
            latest = (degrees, hit.sentence)
        }
        if let latest { builder.set(.abductionDegrees, .number(Double(latest.degrees)), [text.evidence(latest.sentence)]) }
    }

    /// The first number within six words after token `last` in `clause`, before a comma (but one
    /// right after `last`) or a `motion_other_words` word ("abduction weakness, ER 20 degrees").
    private static func firstNumber(after last: Int, _ clause: ClosedRange<Int>, _ text: CaseText, _ motions: WordList) -> Int? {
        for index in (last + 1)...min(clause.upperBound, last + 6) {
            let token = text.tokens[index]
            if token.digits >= 0 { return index }
            if motions.contains(token) || index > last + 1 && token.commaBefore { return nil }
        }
        return nil
    }

    /// The number of token `index` as degrees of motion: from 0 to `range`, a degree unit (not followed
    /// by a `motion_degree_links` word: "170 degrees of flexion" is the flexion's), a `°`, a
    /// punctuation mark other than `/`, `%` or `-`, or the clause's end right after it.
    private static func measure(
        at index: Int, _ clause: ClosedRange<Int>, _ text: CaseText, _ units: WordList, _ links: WordList, range: Int32
    ) -> Int? {
        let token = text.tokens[index]
        guard token.digits >= 0, token.digits <= range else { return nil }
        let bytes = text.bytes
        let end = token.end
        if end < bytes.count, [47, 37, 45, 46].contains(bytes[end]), end + 1 < bytes.count, isDigit(bytes[end + 1]) { return nil }
        if end < bytes.count, bytes[end] == 47 || bytes[end] == 37 { return nil }
        // "°" (UTF-8 0xC2 0xB0) right after the number.
        if end + 1 < bytes.count, bytes[end] == 0xC2, bytes[end + 1] == 0xB0 { return Int(token.digits) }
        guard index < clause.upperBound else { return Int(token.digits) }
        // "... and 170 degrees of shoulder flexion": the degrees of the motion after them.
        if units.contains(text.tokens[index + 1]) {
            return index + 2 <= clause.upperBound && links.contains(text.tokens[index + 2]) ? nil : Int(token.digits)
        }
        let gap = bytes[end..<text.tokens[index + 1].start]
        return gap.contains(where: { [44, 59, 46, 41, 58, 10].contains($0) }) ? Int(token.digits) : nil
    }
}
