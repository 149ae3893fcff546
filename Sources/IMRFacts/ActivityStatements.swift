import IMRVocabulary

/// Function told as activities (`functional_improvement`; 8 CCR 9792.20: "a clinically significant
/// improvement in activities of daily living"; CPMTG 2009 p. 78, the 4 A's): an activity of the
/// domain's lists (`activities`: ADLs, instrumental activities, mobility and tolerances, leisure)
/// and what its clause says of it (`activity_markers` before it, `activity_markers_after` after):
/// - regained ("she is back to walking her dog", "has resumed golf", "drives again", "no longer
///   needs help getting dressed", "minding his grandchildren, which he could not manage last
///   year"): an improvement;
/// - a capacity ("with the medication she manages her own bathing", "on Norco he walks a mile",
///   "dresses without assistance"): an improvement only when a drug is named after an
///   `activity_attribution` word of its sentence ("with", "on", "since starting", "thanks to");
///   a capacity alone ("she can walk 10 minutes") tells no change;
/// - either, tied so to a procedure or therapy and to no drug ("since the physical therapy she is
///   back to walking"): the therapy's result, not read as a drug's;
/// - lost ("unable to", "can no longer", "needs help with"): a denial only in spite of a treatment
///   named (`activity_concession`: "despite the Norco she can no longer kneel"); otherwise a
///   deficit, which denies no improvement.
///
/// Not read: an activity measured at two times, worse or the same (``MeasureChanges``: "his walking
/// tolerance fell from 6 blocks to 2"), an activity hoped for, planned or a goal's (`activity_goal` before it in its clause,
/// a plan section), a part of a sentence (up to a semicolon) of the time before the injury
/// (`activity_before_injury`), another
/// person's activity (``ClauseSubjects``), a sentence restating the review.
enum ActivityStatements {
    /// The statements of the summary, in text order, one a sentence at most (an improvement before
    /// a denial): `yes` an activity regained or a capacity a treatment gives, `no` one lost in spite
    /// of a treatment. Each spans its marker (or its activity's first word) to the activity's last.
    /// With `therapies`, the statements tied to a therapy or procedure or to nothing, not to a drug
    /// ("since the physical therapy she is back to walking", "after 8 PT visits she carries her own
    /// laundry again"): a therapy's result, which a completed trial's benefit reads
    /// (``TreatmentHistoryFacts``).
    static func hits(_ analysis: CaseAnalysis, therapies: Bool = false) -> [CueHit] {
        let text = analysis.text
        let cues = analysis.index.cues
        let activities = cues.set(.activities).hits(in: text)
        guard !activities.isEmpty else { return [] }
        let sets = (
            before: cues.set(.activityMarkers), after: cues.set(.activityMarkersAfter), words: cues.set(.activityAttribution),
            injury: cues.set(.activityBeforeInjury)
        )
        var found: [CueHit] = []
        var next = 0
        while next < activities.count {
            let sentence = activities[next].sentence
            let start = next
            while next < activities.count, activities[next].sentence == sentence { next += 1 }
            guard !analysis.isReviewSentence(sentence), !analysis.isPlanSection(sentence) else { continue }
            // What the sentence holds besides its activities, found once for all of them.
            let clause = Clause(
                markers: sets.before.hits(in: text, sentence: sentence), after: sets.after.hits(in: text, sentence: sentence),
                attributions: sets.words.hits(in: text, sentence: sentence).map { word in
                    let treatment = isEither(word, analysis) ? nil : treatment(after: word.last, sentence: sentence, analysis)
                    return (word, treatment, treatment == nil && refersToEarlierCare(word, analysis))
                })
            guard
                !clause.markers.isEmpty || !clause.after.isEmpty
                    || clause.attributions.contains(where: { $0.treatment != nil || $0.earlierCare })
            else { continue }
            let injuries = sets.injury.hits(in: text, sentence: sentence).filter { !$0.negated }
            let statements = activities[start..<next].filter { !isBeforeInjury($0, injuries, analysis) }.compactMap {
                statement(about: $0, clause, analysis, therapies: therapies)
            }
            if let hit = statements.first(where: { $0.label == .yes }) ?? statements.first { found.append(hit) }
        }
        return found
    }

    /// The markers and attribution words of a sentence, each word with the first token of the drug
    /// it names, if any (``treatment(after:sentence:_:)``), and whether it refers back to care the
    /// sentence before names (``refersToEarlierCare(_:_:)``).
    private struct Clause {
        var markers: [CueHit]
        var after: [CueHit]
        var attributions: [(word: CueHit, treatment: Int?, earlierCare: Bool)]
    }

    /// What the clause of `activity` says of it, as a statement of function, or `nil`.
    private static func statement(about activity: CueHit, _ clause: Clause, _ analysis: CaseAnalysis, therapies: Bool) -> CueHit? {
        let sentence = activity.sentence
        // The markers before the activity, at most three words between, in its clause, with no
        // attribution word between ("back to work with lifting restrictions" tells no lifting).
        let markers = clause.markers.filter { marker in
            marker.last < activity.first && activity.first - marker.last <= 4
                && !ClauseSubjects.crossesClause(marker.last, activity.first, analysis)
                && !clause.attributions.contains { $0.word.first > marker.last && $0.word.first < activity.first }
        }
        // A marker after it, at most five words between, in its clause, not denied.
        let after = clause.after.first {
            $0.first > activity.last && $0.first - activity.last <= 6 && !isDenied($0, after: activity, clause, analysis)
                && !ClauseSubjects.crossesClause(activity.last, $0.first, analysis)
        }
        let treatment = attribution(of: activity, clause.attributions, analysis)
        let regained =
            markers.contains { $0.label == .regained } || after.map({ $0.label == .regained }) == true
            || isFormerlyLost(activity, clause, analysis)
        // Nothing said of it: no marker and no treatment it is tied to.
        guard !markers.isEmpty || after != nil || treatment != nil || regained else { return nil }
        var first = markers.first?.first ?? activity.first
        guard !ClauseSubjects.isAnotherPersons(before: first, sentence: sentence, analysis),
            !isHoped(before: first, sentence: sentence, analysis)
        else { return nil }
        // The nearest marker lost, or any negated ("has not resumed swimming"): not regained.
        if let nearest = markers.last, nearest.label == .lost || markers.contains(where: \.negated) {
            guard isConceded(before: first, sentence: sentence, analysis) else { return nil }
            return CueHit(label: CueLabelID(.no), sentence: sentence, first: first, last: activity.last, negated: false)
        }
        // An activity regained with or since a therapy named before it, and no drug, is the therapy's;
        // one tied to a drug is told from the drug's name on (its part of the clause is the drug's).
        switch treatment {
        case .other where !therapies: return nil
        case .drug where therapies: return nil
        case .drug(let token) where token < first: first = token
        default: break
        }
        guard regained || treatment != nil else { return nil }
        // The activity measured at two times in its clause and worse or the same ("his walking
        // tolerance fell from 6 blocks to 2"): no improvement (``MeasureChanges``).
        let span = analysis.text.clause(sentence: sentence, token: activity.first)
        if MeasureChanges.changes(in: analysis).contains(where: {
            $0.sentence == sentence && ($0.verdict == .worse || $0.verdict == .same) && $0.before != nil && span.contains($0.first)
                && $0.last >= activity.first - 3
        }) {
            return nil
        }
        return CueHit(label: CueLabelID(.yes), sentence: sentence, first: first, last: activity.last, negated: false)
    }

    /// Whether marker `marker`, after `activity`, is denied: a `negation_before` word at most three
    /// words before the activity or between it and the marker ("she does not drive again"), not one
    /// inside another marker after an activity ("climbs the stairs without stopping and carries her
    /// own laundry again": the "without" of "without stopping" denies no later marker).
    private static func isDenied(_ marker: CueHit, after activity: CueHit, _ clause: Clause, _ analysis: CaseAnalysis) -> Bool {
        guard marker.negated else { return false }
        let text = analysis.text
        let negations = analysis.index.cues.wordList(.negationBefore)
        let start = max(text.sentences[activity.sentence].tokens.lowerBound, activity.first - 3)
        return (start..<marker.first).contains { token in
            negations.contains(text.tokens[token]) && !clause.after.contains { $0.first <= token && token <= $0.last }
        }
    }

    /// Whether a time before the injury or a past habit (`activity_before_injury`: "used to", "before
    /// the injury") governs `activity`: one of `injuries` in its part of the sentence (up to a
    /// semicolon), unless it follows the activity in a relative clause of its former loss
    /// (`activity_relatives`: "..., something he was unable to do before the injury"). "He used to
    /// sleep in a recliner and now sleeps in his own bed; he walks to the corner market" tells the
    /// walking now.
    private static func isBeforeInjury(_ activity: CueHit, _ injuries: [CueHit], _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let relatives = analysis.index.cues.wordList(.activityRelatives)
        return injuries.contains { injury in
            let (low, high) = (min(injury.first, activity.first), max(injury.first, activity.first))
            if ((low + 1)...high).contains(where: { text.tokens[$0].semicolonBefore }) { return false }
            guard injury.first > activity.last else { return true }
            return !((activity.last + 1)..<injury.first).contains { relatives.contains(text.tokens[$0]) }
        }
    }

    /// Whether a relative clause after the activity tells it lost at an earlier time, so regained
    /// now: within ten words after it, an `activity_relatives` word ("which", "something"), then a
    /// `lost` marker, then within six words an `activity_past_times` phrase ("... minding his two
    /// grandchildren after school, which he could not manage last year"; "mows his own lawn,
    /// something he was unable to do before the injury"). No semicolon between.
    private static func isFormerlyLost(_ activity: CueHit, _ clause: Clause, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let relatives = cues.wordList(.activityRelatives)
        guard
            let lost = clause.markers.first(where: {
                $0.label == .lost && !$0.negated && $0.first > activity.last && $0.first - activity.last <= 10
            }),
            ((activity.last + 1)..<lost.first).contains(where: { relatives.contains(text.tokens[$0]) }),
            !((activity.last + 1)...lost.first).contains(where: { text.tokens[$0].semicolonBefore })
        else { return false }
        return cues.set(.activityPastTimes).hits(in: text, sentence: activity.sentence).contains {
            $0.first > lost.last && $0.first - lost.last <= 6 && !((lost.last + 1)...$0.first).contains { text.tokens[$0].semicolonBefore }
        }
    }

    /// Whether a goal, a wish, a plan or a future (`activity_goal`, `plan`) stands before token
    /// `first` of its sentence, at most seven words before it, in its clause.
    private static func isHoped(before first: Int, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        return [CueName.activityGoal, .plan].contains { name in
            cues.set(name).hits(in: text, sentence: sentence).contains {
                !$0.negated && $0.last < first && first - $0.last <= 8 && !ClauseSubjects.crossesClause($0.last, first, analysis)
            }
        }
    }

    /// What an activity is tied to: a drug or the medications (the first token naming it), or
    /// another treatment.
    private enum Attribution: Equatable {
        case drug(Int)
        case other
    }

    /// What `activity` is tied to: an `activity_attribution` word with a treatment named after it,
    /// before the activity in its sentence up to a semicolon ("with the medication she manages her
    /// own bathing", "since the physical therapy she is back to walking"), or after it in its clause
    /// within five words ("she walks a mile a day on Norco"). A drug named so wins
    /// (``treatment(after:sentence:_:)``); else a procedure or therapy named there (`other`);
    /// else nothing ("she walks with a cane" names no treatment of hers by a drug).
    private static func attribution(
        of activity: CueHit, _ words: [(word: CueHit, treatment: Int?, earlierCare: Bool)], _ analysis: CaseAnalysis
    ) -> Attribution? {
        let text = analysis.text
        var found: Attribution?
        for (word, treatment, earlierCare) in words {
            if word.last < activity.first {
                guard !(word.last + 1...activity.first).contains(where: { text.tokens[$0].semicolonBefore }) else { continue }
            } else {
                guard word.first > activity.last, word.first - activity.last <= 6,
                    !ClauseSubjects.crossesClause(activity.last, word.first, analysis)
                else { continue }
            }
            if let treatment { return .drug(treatment) }
            if earlierCare { found = .other }
            let reach = (word.last + 1)...(word.last + 3)
            if analysis.mentions(inSentence: activity.sentence).contains(where: { $0.term.kind == .procedure && reach.contains($0.first) })
            {
                found = .other
            }
        }
        return found
    }

    /// Whether attribution word `word` refers back, by an `activity_anaphors` word right after it
    /// ("since then", "after that"), to care told just before it: in its sentence before it, or else
    /// in the sentence before; a procedure or therapy, not negated, and no drug ("She finished eight
    /// acupuncture sessions in October. Since then she walks her dog ...", "Twelve pool sessions were
    /// completed in September; since then he swims laps"). A drug named there is not read so: which
    /// drug a statement is of is the drug scope's, within a sentence.
    private static func refersToEarlierCare(_ word: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        let next = word.last + 1
        guard next < text.sentences[word.sentence].tokens.upperBound,
            analysis.index.cues.wordList(.activityAnaphors).contains(text.tokens[next])
        else { return false }
        var earlier = analysis.mentions(inSentence: word.sentence).filter { !$0.negated && $0.last < word.first }
        if earlier.isEmpty, word.sentence > 0 { earlier = analysis.mentions(inSentence: word.sentence - 1).filter { !$0.negated } }
        return earlier.contains { $0.term.kind == .procedure }
            && !earlier.contains { $0.term.kind == .drug || $0.term.kind == .drugClass || $0.term.kind == .ingredient }
    }

    /// Whether an `activity_concession` word with a treatment named after it stands before token
    /// `first` of its sentence, up to a semicolon ("despite the Norco she can no longer kneel").
    private static func isConceded(before first: Int, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let text = analysis.text
        return analysis.index.cues.set(.activityConcession).hits(in: text, sentence: sentence).contains { word in
            word.last < first && !(word.last + 1...first).contains(where: { text.tokens[$0].semicolonBefore })
                && treatment(after: word.last, sentence: sentence, analysis) != nil
        }
    }

    /// Whether attribution word `word` opens "with or without" or "with and without": a `coordinators`
    /// word, then a `negation_before` word ("without"), right after it. The same either way, the
    /// capacity is tied to no treatment ("she walks two blocks with or without Norco").
    private static func isEither(_ word: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let next = word.last + 1
        guard next + 1 < text.sentences[word.sentence].tokens.upperBound else { return false }
        return cues.wordList(.coordinators).contains(text.tokens[next]) && cues.wordList(.negationBefore).contains(text.tokens[next + 1])
    }

    /// The first token of a treatment named within three words after token `last` of sentence
    /// `sentence`: a drug, its class or ingredient, the medications, a dose or a regimen
    /// (`medication_words`, `dose_words`, `regimen_words`), or a word standing for one drug ("it", "this medication") in a part of the
    /// clause about a drug (``DrugScope``). A device or a person ("with a cane", "with her
    /// daughter") is none.
    static func treatment(after last: Int, sentence: Int, _ analysis: CaseAnalysis) -> Int? {
        let text = analysis.text
        let cues = analysis.index.cues
        let end = min(text.sentences[sentence].tokens.upperBound, last + 4)
        guard last + 1 < end else { return nil }
        let reach = (last + 1)..<end
        let words = [cues.wordList(.medicationWords), cues.wordList(.doseWords), cues.wordList(.regimenWords)]
        var found = reach.first { place in words.contains { $0.contains(text.tokens[place]) } }
        if let drug = analysis.mentions(inSentence: sentence).first(where: {
            reach.contains($0.first) && ($0.term.kind == .drug || $0.term.kind == .drugClass || $0.term.kind == .ingredient)
        }) {
            found = min(found ?? drug.first, drug.first)
        }
        if found != nil { return found }
        return cues.set(.drugReference).hits(in: text, sentence: sentence).first { reference in
            guard reach.contains(reference.first), reference.label == .one else { return false }
            switch analysis.drugScope.subject(sentence: sentence, token: reference.first) {
            case .drugs, .classes, .medications: return true
            case .treatment, .none: return false
            }
        }?.first
    }
}
