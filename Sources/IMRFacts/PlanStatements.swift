import IMRVocabulary

extension CaseAnalysis {
    /// Whether sentence `sentence` is a fragment, an item of a list rather than a statement: none
    /// of its words is a `statement_words` word or ends in a `statement_suffixes` ending (a word
    /// two letters longer than the ending at least: "stopped", not "bed").
    func isFragment(_ sentence: Int) -> Bool {
        let statement = index.cues.words(.statementWords)
        let suffixes = index.cues.words(.statementSuffixes)
        for position in text.sentences[sentence].tokens {
            let word = text.word(at: position)
            if statement.contains(word) { return false }
            if suffixes.contains(where: { word.utf8.count >= $0.utf8.count + 2 && word.hasSuffix($0) }) { return false }
        }
        return true
    }

    /// Whether sentence `sentence` is a fragment (``isFragment(_:)``) right after a sentence that
    /// states a plan (a note's plan section or a `planned` phrase): an item of that plan's list
    /// ("Treatment plan included monitoring of the medications. Periodic urinalysis toxicological
    /// evaluation.").
    func continuesPlan(_ sentence: Int) -> Bool {
        sentence > 0 && (isPlanSection(sentence - 1) || occurs(.planned, in: sentence - 1)) && isFragment(sentence)
    }

    /// Whether the drug screen of `hit` is only planned, not done: still to come or planned as
    /// ``SelectionFacts/timing(of:_:result:)`` reads a selection criterion ("Treatment plan included
    /// ... a urine drug screen", "P: UDS", "will obtain a UDS"; a result, `screen_consistency`, tells
    /// it done), or named in a fragment that continues a plan without a `selection_done` or result
    /// word. A screen told with its result (``ScreenFindings/isResult(_:_:)``: "UDS negative for
    /// illicit substances"), or with a drug found and a verdict on it after it in its clause ("UDS
    /// 9/16: +oxycodone, not prescribed": the plan word is the drug's), is done.
    func isPlannedScreen(_ hit: CueHit) -> Bool {
        if ScreenFindings.isResult(hit, self) || ScreenFindings.hasVerdictOnFinding(hit, self) { return false }
        var unnegated = hit
        unnegated.negated = false
        if SelectionFacts.timing(of: unnegated, self, result: .screenConsistency) == .notDone { return true }
        return continuesPlan(hit.sentence) && !occurs(.selectionDone, in: hit.sentence)
            && !occurs(.screenConsistency, in: hit.sentence)
    }
}
