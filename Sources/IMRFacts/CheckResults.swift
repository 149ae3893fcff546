import IMRVocabulary

/// A check read through what it found (CPMTG 2009 p. 78, the fourth A; MTUS Opioid Treatment
/// Guidelines 2016: the prescriber checks CURES before prescribing; a fact that `skips results`:
/// `cures_checked`).
///
/// - **Its empty result is no denial of it.** A negation before a `check_result_links` word right
///   before the check (a determiner between), with a word between them that is not one of the
///   check's own words (`check_own_words`) nor a word of its doing (`check_done_words`), denies what
///   the check found: "no other prescribers on CURES", "none noted on the PDMP", "no outside fills
///   found when CURES was run" (but "no report from CURES" denies the report, and "not reviewed on
///   CURES" the check). So does a `check_results` word right before it or within four
///   words after it in its clause ("negative CURES report", "CURES unremarkable", "the PDMP was
///   negative for outside prescriptions"), and the negation opening a label's list ("CURES: no early
///   refills") unless an own word or a `check_done_words` word follows it ("CURES: not done").
/// - **A check told not done is its absence**: a `check_undone` phrase within four words after it
///   ("CURES not checked", "the PDMP has never been queried").
/// - **A check only planned states nothing**: a `selection_not_yet` phrase in its part of the
///   sentence, before it or within three words after it, with no `check_done_words` word or
///   `selection_done` phrase before that phrase in the part ("we will check CURES", "CURES to be
///   run"; "we ran CURES and will repeat it" is done).
enum CheckResults {
    /// The hits of a check's phrases read through what the check found, a planned check's left out.
    static func read(_ hits: [CueHit], _ analysis: CaseAnalysis) -> [CueHit] {
        hits.compactMap { hit in
            guard hit.label == .yes else { return hit }
            var hit = hit
            if isUndone(hit, analysis) {
                hit.negated = true
            } else if hit.negated, isEmptyResult(hit, analysis) {
                hit.negated = false
            }
            return !hit.negated && isPlanned(hit, analysis) ? nil : hit
        }
    }

    /// Whether a `check_undone` phrase starts within four words after `hit`, in its clause.
    private static func isUndone(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let clause = analysis.text.clause(sentence: hit.sentence, token: hit.first)
        return analysis.index.cues.set(.checkUndone).hits(in: analysis.text, sentence: hit.sentence).contains {
            $0.first > hit.last && $0.first - hit.last <= 4 && clause.contains($0.first)
        }
    }

    /// Whether the negation that denies `hit` denies what the check found, not the check.
    private static func isEmptyResult(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        isToldWithResult(hit, analysis) || isSourceOfAbsence(hit, analysis) || isLabelOfResult(hit, analysis)
    }

    /// Whether a `check_results` phrase ends right before `hit` (a determiner between) or starts
    /// within four words after it, in its clause: "negative CURES report", "CURES unremarkable".
    private static func isToldWithResult(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let clause = text.clause(sentence: hit.sentence, token: hit.first)
        let before = determinerStart(before: hit.first, in: hit.sentence, analysis)
        return analysis.index.cues.set(.checkResults).hits(in: text, sentence: hit.sentence).contains {
            $0.last == before - 1 || $0.first > hit.last && $0.first - hit.last <= 4 && clause.contains($0.first)
        }
    }

    /// Whether `hit` is where an absence was read: a `check_result_links` word right before it (a
    /// determiner between), a pre-negation in its clause before that link, and a word between them
    /// that is not one of the check's own words nor a `check_done_words` word ("no other prescribers
    /// on CURES"; "not reviewed on CURES" denies the check).
    private static func isSourceOfAbsence(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let link = determinerStart(before: hit.first, in: hit.sentence, analysis) - 1
        let range = text.sentences[hit.sentence].tokens
        guard link > range.lowerBound, cues.wordList(.checkResultLinks).contains(text.tokens[link]) else { return false }
        let negation = text.marks.previousNegation(before: link)
        let clauseStart = text.clauseStart(of: hit.first, from: max(range.lowerBound, hit.first - NegationDetector.window))
        guard negation >= clauseStart, negation < link - 1 else { return false }
        let (own, done) = (cues.wordList(.checkOwnWords), cues.wordList(.checkDoneWords))
        return !((negation + 1)..<link).contains { own.contains(text.tokens[$0]) || done.contains(text.tokens[$0]) }
    }

    /// Whether `hit` opens its sentence's label and a pre-negation opens the list after it, not
    /// followed by an own word or a `check_done_words` word: "CURES: no early refills" (not "CURES:
    /// not done", "PDMP: no report").
    private static func isLabelOfResult(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let negation = hit.last + 1
        let range = text.sentences[hit.sentence].tokens
        guard negation + 1 < range.upperBound, text.isInOpeningLabel(hit), text.marks.previousNegation(before: negation + 1) == negation
        else { return false }
        let next = text.tokens[negation + 1]
        return !cues.wordList(.checkOwnWords).contains(next) && !cues.wordList(.checkDoneWords).contains(next)
    }

    /// Whether `hit` is only planned: a `selection_not_yet` phrase in its part of the sentence,
    /// before it or within three words after it, with no `check_done_words` word or `selection_done`
    /// phrase before that phrase in the part.
    private static func isPlanned(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
        let done = cues.wordList(.checkDoneWords)
        let doneHits = cues.set(.selectionDone).hits(in: text, sentence: hit.sentence).filter { part.contains($0.first) }
        return cues.set(.selectionNotYet).hits(in: text, sentence: hit.sentence).contains { plan in
            guard part.contains(plan.first), plan.first < hit.first || plan.first > hit.last && plan.first - hit.last <= 3 else {
                return false
            }
            return !(part.lowerBound..<plan.first).contains { done.contains(text.tokens[$0]) }
                && !doneHits.contains { $0.first < plan.first }
        }
    }

    /// The first token of the determiners right before token `index` of sentence `sentence`
    /// (`phrase_openers`: "the", "a"), or `index` when none stands there.
    private static func determinerStart(before index: Int, in sentence: Int, _ analysis: CaseAnalysis) -> Int {
        let (text, openers) = (analysis.text, analysis.index.cues.wordList(.phraseOpeners))
        let start = text.sentences[sentence].tokens.lowerBound
        var first = index
        while first > start, openers.contains(text.tokens[first - 1]) { first -= 1 }
        return first
    }
}
