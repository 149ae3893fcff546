import IMRVocabulary

/// A cognitive behavioural therapy programme given, under way or planned, against one only offered
/// and declined, a referral not taken, or the discipline of a report's author (`cbt_program`; CPMTG
/// 2009 pp. 24-25, Biofeedback: "an option in a cognitive behavioral therapy (CBT) program"). The
/// programme's phrases are the fact's own (`fact cbt_program`); this reads what is told of each:
/// - the name of a document or its author, not a programme: a `program_documents` word within two
///   words after the phrase, in its clause ("Pain psychology report, 11/22/2016 (Psy.D.)", "pain
///   psychologist's evaluation"), or right before it with a `program_document_links` word between
///   ("an evaluation by a pain psychologist"): the phrase is left out, unless its clause tells the
///   programme taken up (below);
/// - taken up: a `program_uptake` phrase, not negated, in the phrase's sentence ("Cognitive
///   behavioral therapy began on 09/29/2016", "6 CBT sessions to date", "is scheduled to start"):
///   the phrase stands;
/// - declined: a `program_declined` `yes` phrase in the phrase's sentence ("was offered CBT but
///   declined", "never attended the pain psychology sessions"), or an `offer` there and, in the
///   next sentence, a refusal naming no other treatment after it and no programme taken up ("CBT
///   was offered at intake. He declined it ..., has had no sessions, and none is scheduled."): the
///   phrase reads as negated (no programme).
///
/// A programme only offered, referred or recommended, with nothing told of its uptake, stands
/// as planned (the schema's "planned").
enum ProgramStatements {
    /// `hits` (the `cbt_program` phrases) with documents and authors left out and declined
    /// programmes negated.
    static func programs(_ hits: [CueHit], _ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let documents = cues.wordList(.programDocuments)
        let links = cues.wordList(.programDocumentLinks)
        let declined = cues.set(.programDeclined)
        let uptake = cues.set(.programUptake)
        func takenUp(_ sentence: Int, after token: Int = -1) -> Bool {
            uptake.hits(in: text, sentence: sentence).contains { !$0.negated && $0.first > token }
        }
        // A refusal whose object is another treatment ("declined the injection") is not this one's.
        func refusesOther(_ refusal: CueHit) -> Bool {
            analysis.mentions(inSentence: refusal.sentence).contains {
                ($0.term.kind == .procedure || $0.term.kind == .drug) && $0.first > refusal.last && $0.first - refusal.last <= 3
            }
        }
        var found: [CueHit] = []
        for var hit in hits {
            guard !hit.negated else {
                found.append(hit)
                continue
            }
            let sentence = hit.sentence
            let range = text.sentences[sentence].tokens
            // A document or its author.
            let clauseEnd = text.clauseEnd(after: hit.last, before: range.upperBound)
            let after = (hit.last + 1)..<min(clauseEnd, hit.last + 3)
            let named =
                after.contains { documents.contains(text.tokens[$0]) }
                || (hit.first - 2 >= range.lowerBound && links.contains(text.tokens[hit.first - 1])
                    && documents.contains(text.tokens[hit.first - 2]))
                || (hit.first - 3 >= range.lowerBound && links.contains(text.tokens[hit.first - 2])
                    && documents.contains(text.tokens[hit.first - 3]))
            if takenUp(sentence) {
                found.append(hit)
                continue
            }
            if named { continue }
            let statements = declined.hits(in: text, sentence: sentence)
            var refused = statements.contains { $0.label == .yes && !refusesOther($0) }
            if !refused, statements.contains(where: { $0.label == .offer }), sentence + 1 < text.sentences.count {
                let next = declined.hits(in: text, sentence: sentence + 1).filter { $0.label == .yes && !refusesOther($0) }
                if let refusal = next.first, !takenUp(sentence + 1, after: refusal.last) { refused = true }
            }
            if refused { hit.negated = true }
            found.append(hit)
        }
        return found
    }
}
