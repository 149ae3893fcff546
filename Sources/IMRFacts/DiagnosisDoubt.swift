/// A diagnosis the words around it leave in doubt or exclude: not a diagnosis made (`diagnoses`,
/// `regional_diagnoses`). Beside the hedges before a phrase that every lexicon mention reads
/// (`hedge_before`: "possible", "rule out") and the alternatives of a differential
/// (``ClinicalFacts/isDifferential(_:_:)``), a diagnosis is doubted when:
/// - a `?` follows it, only spaces between ("? L5 radiculopathy" is doubted by the `?` read as
///   `possible` before it, a `hedge_before` word);
/// - a `diagnosis_doubt_after` phrase follows it within five words, with no `;`, no other diagnosis
///   and no `diagnosis_standing` phrase between ("cervical radiculopathy less likely", "CRPS is
///   not favored", "radiculopathy, which is doubtful");
/// - a `criteria_lead` phrase ends at most three words before it in its clause and a
///   `criteria_unmet` phrase starts at most one word after it, no `;` and no other diagnosis
///   between ("DSM-5 criteria for posttraumatic stress disorder not met");
/// - a `diagnosis_doubt_before` phrase ends at most three words before it in its clause ("less
///   likely cervical radiculopathy", "doubt CRPS", "low suspicion for a tear");
/// - a `differential_lead` phrase ("differential includes", "ddx") opens its clause's list before
///   it, with no `diagnosis_standing` phrase between ("the differential includes facet syndrome,
///   SI joint dysfunction and radiculopathy").
///
/// A diagnosis that stands ("consistent with", "confirmed") is read; so is one another clause
/// hedges ("radiculopathy; a tear is unlikely").
enum DiagnosisDoubt {
    static func isDoubted(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let sentence = mention.sentence
        let tokens = text.sentences[sentence].tokens
        let diagnoses = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .diagnosis }
        let standing = cues.set(.diagnosisStanding).hits(in: text, sentence: sentence)
        // Whether a `;` stands before a token of `from...to`, or tokens `from..<to` hold a standing
        // phrase or (`diagnosesToo`) a diagnosis.
        func broken(_ from: Int, _ to: Int, diagnosesToo: Bool) -> Bool {
            (from...max(from, to)).contains { $0 < tokens.upperBound && text.tokens[$0].semicolonBefore }
                || diagnosesToo && diagnoses.contains { $0.first >= from && $0.last < to }
                || standing.contains { $0.first >= from && $0.last < to }
        }
        // A `?` right after it ("L5 radiculopathy?", "- rotator cuff tear ?"); a question that
        // names it is read as no words (``Questions``).
        var after = text.tokens[mention.last].end
        while after < text.bytes.count, text.bytes[after] == 32 { after += 1 }
        if after < text.bytes.count, text.bytes[after] == 63 { return true }
        if cues.set(.diagnosisDoubtAfter).hits(in: text, sentence: sentence).contains(where: { hit in
            hit.first > mention.last && hit.first - mention.last <= 5 && !broken(mention.last + 1, hit.first, diagnosesToo: true)
        }) {
            return true
        }
        let clauseStart = text.clauseStart(of: mention.first, from: tokens.lowerBound)
        if cues.set(.criteriaLead).hits(in: text, sentence: sentence).contains(where: { lead in
            lead.last < mention.first && lead.first >= clauseStart && mention.first - lead.last <= 4
                && !broken(lead.last + 1, mention.first, diagnosesToo: true)
        }),
            cues.set(.criteriaUnmet).hits(in: text, sentence: sentence).contains(where: { hit in
                hit.first > mention.last && hit.first - mention.last <= 2 && !broken(mention.last + 1, hit.first, diagnosesToo: true)
            })
        {
            return true
        }
        if cues.set(.diagnosisDoubtBefore).hits(in: text, sentence: sentence).contains(where: { hit in
            hit.last < mention.first && hit.first >= clauseStart && mention.first - hit.last <= 4
                && !broken(hit.last + 1, mention.first, diagnosesToo: true)
        }) {
            return true
        }
        return cues.set(.differentialLead).hits(in: text, sentence: sentence).contains { hit in
            hit.last < mention.first && hit.first >= clauseStart && !broken(hit.last + 1, mention.first, diagnosesToo: false)
        }
    }
}
