import IMRCore

/// Spans of dates written in a summary, and whether they closed before the reference date: a work
/// status that ended ("TTD 6/15-7/16", ``WorkReturns/hasEnded(_:_:)``), a course dated from its
/// first to its last visit ("6 individual sessions, 09/19 to 10/31/2016",
/// ``TreatmentHistoryFacts``).
enum DateSpans {
    /// Whether a span of dates starts at token `token` of `sentence` and closed before the reference
    /// date (`onReference`: or on it): its last date, read as ``endReadings(_:reference:)`` reads it,
    /// is before the reference date in every reading. The span: a run of digits, `/` and `-` holding both separators (two
    /// dates joined by a dash: "6/15-7/16", "7/1-10/2/16"), its piece after the last dash; a run, a
    /// `date_span_ends` word and a run ("07/01/2016 to 10/02/2016", "09/19 to 10/31/2016"), the
    /// second; or, with `endOnly`, a `date_span_ends` word and a run ("until 10/02/2016"). A
    /// `date_span_leads` word may open it ("from", "between").
    static func closed(at token: Int, sentence: Int, _ analysis: CaseAnalysis, endOnly: Bool, onReference: Bool = false) -> Bool {
        guard let reference = analysis.referenceDate else { return false }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (tokens, bytes) = (text.tokens, text.bytes)
        let end = text.sentences[sentence].tokens.upperBound
        let (leads, ends) = (cues.wordList(.dateSpanLeads), cues.wordList(.dateSpanEnds))
        // The written run of digits, slashes and dashes that starts at token `token`.
        func run(at token: Int) -> Range<Int>? {
            guard token < end, tokens[token].digits != Token.notDigits else { return nil }
            var stop = tokens[token].start
            while stop < bytes.count, isDigit(bytes[stop]) || bytes[stop] == 47 || bytes[stop] == 45 { stop += 1 }
            return tokens[token].start..<stop
        }
        func isBefore(_ piece: ArraySlice<UInt8>) -> Bool {
            let readings = endReadings(piece, reference: reference)
            return !readings.isEmpty && readings.allSatisfy { $0 < reference || onReference && $0 == reference }
        }
        var place = token
        guard place < end else { return false }
        if ends.contains(tokens[place]) { return endOnly && (run(at: place + 1).map { isBefore(bytes[$0]) } ?? false) }
        if leads.contains(tokens[place]) { place += 1 }
        guard let first = run(at: place) else { return false }
        let written = bytes[first]
        if written.contains(47), let dash = written.lastIndex(of: 45) { return isBefore(written[(dash + 1)...]) }
        guard let next = (place..<end).first(where: { tokens[$0].start >= first.upperBound }), ends.contains(tokens[next]),
            let second = run(at: next + 1)
        else { return false }
        return isBefore(bytes[second])
    }

    /// Whether a span of dates with both its ends written (``closed(at:sentence:_:endOnly:onReference:)``)
    /// starts somewhere in `tokens` of `sentence` and closed before the reference date or on it: a
    /// course dated from its first to its last visit ("12 visits, 10/03 to 11/16/2016").
    static func holdsClosedSpan(_ tokens: Range<Int>, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        return tokens.contains { token in
            text.tokens[token].digits != Token.notDigits
                && (token == tokens.lowerBound || text.tokens[token - 1].digits == Token.notDigits
                    || text.bytes[text.tokens[token - 1].end..<text.tokens[token].start].contains(32))
                && closed(at: token, sentence: sentence, analysis, endOnly: false, onReference: true)
        }
    }

    /// The dates a span's last piece may be: "10/2/16" its date; "7/16" July 16 of the reference
    /// date's year and July 2016 (read at its 28th), whichever are dates; a piece of no slash none.
    static func endReadings(_ piece: ArraySlice<UInt8>, reference: SimpleDate) -> [SimpleDate] {
        let parts = piece.split(separator: 47, omittingEmptySubsequences: false).map { part in
            part.isEmpty || part.count > 4 ? -1 : part.reduce(0) { $0 * 10 + Int($1) - 48 }
        }
        if parts.count == 3 { return SimpleDate(String(decoding: piece, as: UTF8.self)).map { [$0] } ?? [] }
        guard parts.count == 2, (1...12).contains(parts[0]) else { return [] }
        var readings: [SimpleDate] = []
        if (1...31).contains(parts[1]) { readings.append(SimpleDate(year: reference.year, month: parts[0], day: parts[1])) }
        let year = parts[1] < 100 ? 2000 + parts[1] : parts[1]
        if (1950...2030).contains(year) { readings.append(SimpleDate(year: year, month: parts[0], day: 28)) }
        return readings
    }
}
