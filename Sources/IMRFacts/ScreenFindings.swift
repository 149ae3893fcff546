import IMRVocabulary

/// What a urine drug screen found against what is prescribed (CPMTG 2009 "Drug testing", p. 43: a
/// screen "to assess for the use or the presence of illegal drugs"; "On-going management", p. 78,
/// the fourth A, aberrant drug-taking behaviour; `urine_drug_screen_consistent`, `aberrant_behavior`).
///
/// A screen is a `drug_screen` phrase outside review sentences, not only planned, and not denied: a
/// `screen_results` phrase within four words after it ("UDS negative for illicit substances",
/// "urine tox neg for ...") tells its result, not its absence. Its **findings** are the drugs named
/// after it in its clause (``isFinding(_:_:)``) before any
/// `screen_consistency` phrase (the drugs after "consistent with" or "as expected on" are the ones
/// it is compared with). Its verdict:
/// - its clause's `screen_consistency` words when they tell one ("UDT: consistent", "c/w Rx",
///   "+morphine (prescribed)", "neither prescribed", "inconsistent"), a stated inconsistency winning;
/// - else its findings, when the summary names a drug outside every screen: a drug found that no
///   such drug is or leaves (its ingredients, or their `screen_metabolite`s) was not prescribed, an
///   inconsistent screen; the requested drugs' ingredients absent ("negative for oxycodone" beside
///   oxycodone taken) too; every drug found expected, a consistent one.
enum ScreenFindings {
    /// A screen and its verdict.
    struct Verdict {
        /// The screen's `drug_screen` phrase.
        var screen: CueHit
        /// Whether what it found is what is prescribed.
        var consistent: Bool
    }

    /// The screens of the summary that are done or told with their result, in text order.
    static func screens(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        return cues.set(.drugScreen).hits(in: text).map { hit in
            var hit = hit
            if hit.negated, isResult(hit, analysis) { hit.negated = false }
            return hit
        }
    }

    /// The screens done: not denied, outside review sentences, not only planned unless dated before
    /// the request (``DrugScreenIntervalFacts/isDatedDone(_:_:before:)``).
    static func done(_ analysis: CaseAnalysis) -> [CueHit] {
        let reference = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        return screens(analysis).filter {
            !$0.negated && !analysis.isReviewSentence($0.sentence)
                && (!analysis.isPlannedScreen($0) || DrugScreenIntervalFacts.isDatedDone($0, analysis, before: reference))
        }
    }

    /// Whether a `screen_results` phrase starts within four words after screen `hit`: the screen's
    /// result, not its absence ("UDS 10/16 negative for illicit substances").
    static func isResult(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        analysis.index.cues.set(.screenResults).hits(in: analysis.text, sentence: hit.sentence).contains {
            $0.first > hit.last && $0.first - hit.last <= 5
        }
    }

    /// Whether screen `hit` names a drug found after it in its clause and a `screen_consistency`
    /// phrase, affirmed or denied, after that drug ("+oxycodone, neither prescribed").
    static func hasVerdictOnFinding(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let drugs = analysis.mentions(inSentence: hit.sentence).filter {
            $0.term.kind == .drug && MedicationFacts.followsInClause(hit, $0, analysis)
        }
        guard let first = drugs.first else { return false }
        let clause = analysis.text.clause(sentence: hit.sentence, token: hit.first)
        return analysis.index.cues.set(.screenConsistency).hits(in: analysis.text, sentence: hit.sentence).contains {
            $0.first > first.last && clause.contains($0.first)
        }
    }

    /// The verdict of each screen done whose words or findings tell one, in text order.
    static func verdicts(_ analysis: CaseAnalysis) -> [Verdict] {
        let (text, cues, index) = (analysis.text, analysis.index.cues, analysis.index)
        let done = done(analysis)
        guard !done.isEmpty else { return [] }
        let drugs = analysis.mentions(of: .drug) + analysis.mentions(of: .ingredient)
        let prescribed = drugs.filter { !$0.negated && !analysis.isReviewSentence($0.sentence) && !isFinding($0, analysis) }
        var verdicts: [Verdict] = []
        for screen in done where verdicts.last?.screen.sentence != screen.sentence {
            let clause = text.clause(sentence: screen.sentence, token: screen.first)
            let words = cues.set(.screenConsistency).hits(in: text, sentence: screen.sentence).filter { clause.contains($0.first) }
                .map { verdict(deniedNear: $0, analysis) }
            if let rows = tableVerdict(of: screen, analysis) {
                verdicts.append(Verdict(screen: screen, consistent: rows))
                continue
            }
            if let (value, _) = decide(words, in: text, .negativeWins) {
                verdicts.append(Verdict(screen: screen, consistent: value))
                continue
            }
            guard !prescribed.isEmpty else { continue }
            let found = findings(of: screen, analysis)
            guard !found.isEmpty else { continue }
            // The ingredients a mention names: a drug's, or the ingredient itself ("morphine").
            func ingredients(_ mention: Mention) -> [TermID] {
                mention.term.kind == .ingredient ? [mention.term.id] : index.ingredients(of: mention.term.id)
            }
            // Whether a drug prescribed is `finding` or leaves it in a screen.
            func expected(_ finding: Mention) -> Bool {
                let own = ingredients(finding)
                return prescribed.contains { drug in
                    drug.term == finding.term
                        || !own.isEmpty
                            && own.allSatisfy { ingredient in
                                ingredients(drug).contains {
                                    $0 == ingredient || cues.group(.screenMetabolite, memberIDs: index.name(of: $0)).contains(ingredient)
                                }
                            }
                }
            }
            let unexpected = found.contains { !$0.negated && !expected($0) }
            // A drug prescribed told absent: its ingredients all those of a drug prescribed.
            let missing = found.contains { finding in
                let own = ingredients(finding)
                return finding.negated
                    && prescribed.contains { drug in
                        drug.term == finding.term || !own.isEmpty && own.allSatisfy { ingredients(drug).contains($0) }
                    }
            }
            verdicts.append(Verdict(screen: screen, consistent: !unexpected && !missing))
        }
        return verdicts
    }

    /// The verdict a laboratory's table tells under screen `screen` (its header within eight words
    /// after the screen, in its sentence or the next: "Urine drug screen 01/26/2016:" over "Analyte
    /// | Result | Cutoff | Prescribed"): each row whose first cell names a drug found (a
    /// `screen_results` word in another cell, the drug not denied: "ND", "negative" and "not
    /// detected" deny it) is judged by a `screen_consistency` phrase in its other cells ("consistent",
    /// "NO - not listed") or by a `table_answers` word ("yes", "no") under a header cell holding one ("Prescribed |
    /// YES"); a row inconsistent makes the screen inconsistent, else a row consistent a consistent
    /// one; an illicit drug found (its row's first cell a `screen_consistency` phrase of no:
    /// "Cocaine metabolite | POSITIVE") an inconsistent one. The table's verdict wins over the
    /// words of the screen's clause (its header may be read in the screen's sentence). `nil` when no
    /// row tells a verdict: the drugs found are then compared with those prescribed, as a
    /// sentence's are (``findings(of:_:)``).
    static func tableVerdict(of screen: CueHit, _ analysis: CaseAnalysis) -> Bool? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard let table = table(of: screen, analysis) else { return nil }
        let consistency = cues.set(.screenConsistency).hits(in: text)
        let results = cues.set(.screenResults).hits(in: text).filter { !$0.negated }
        let drugs = analysis.mentions(of: .drug) + analysis.mentions(of: .ingredient)
        let judged = table.header.indices.filter { column in consistency.contains { table.header[column].contains($0.first) } }
        var verdict: Bool?
        for row in table.rows where !row[0].isEmpty {
            guard row.dropFirst().contains(where: { cell in results.contains { cell.contains($0.first) } }) else { continue }
            // An illicit drug found (a `screen_consistency` phrase of no in the row's first cell:
            // "Cocaine metabolite | POSITIVE") is inconsistent whatever the other cells say.
            if consistency.contains(where: { row[0].contains($0.first) && $0.label == .no && !$0.negated }) { return false }
            guard drugs.contains(where: { row[0].contains($0.first) && !$0.negated }) else { continue }
            var told: Bool?
            for column in row.indices.dropFirst() where !row[column].isEmpty {
                let cell = row[column]
                if let hit = consistency.first(where: { cell.contains($0.first) }) {
                    told = hit.label == .yes && !hit.negated
                } else if judged.contains(column) {
                    let answer = cues.label(of: text.tokens[cell.lowerBound], in: .tableAnswers)
                    if answer == CueLabel.yes.name { told = true } else if answer == CueLabel.no.name { told = false }
                }
                if told == false { break }
            }
            if told == false { return false }
            if told == true { verdict = true }
        }
        return verdict
    }

    /// The table a screen's line heads: its header within eight words after the screen, in the
    /// screen's sentence or the next ("Urine drug screen 01/26/2016:" over "Analyte | Result").
    static func table(of screen: CueHit, _ analysis: CaseAnalysis) -> TableGrid? {
        let text = analysis.text
        let limit = screen.sentence + 1 < text.sentences.count ? text.sentences[screen.sentence + 1].tokens.upperBound : text.tokens.count
        return TableGrids.tables(in: text).first {
            guard let first = $0.header.first?.lowerBound else { return false }
            return first > screen.last && first - screen.last <= 8 && first < limit
        }
    }

    /// `hit`, a word of consistency, denied only by a `negation_before` word within three words before it
    /// in its part of the clause ("not consistent", "which nobody has prescribed her"); a negation
    /// further off denies something else ("no other drug found, consistent with her prescriptions").
    private static func verdict(deniedNear hit: CueHit, _ analysis: CaseAnalysis) -> CueHit {
        // A stated inconsistency keeps its negation as read ("negative for cocaine and
        // methamphetamine" denies both).
        guard hit.negated, hit.label == .yes else { return hit }
        let (text, negations) = (analysis.text, analysis.index.cues.wordList(.negationBefore))
        var position = hit.first
        let start = text.sentences[hit.sentence].tokens.lowerBound
        var near = hit
        near.negated = false
        while position > start, hit.first - position < 3 {
            if text.tokens[position].commaBefore || text.tokens[position].semicolonBefore { break }
            position -= 1
            if negations.contains(text.tokens[position]) {
                near.negated = true
                break
            }
        }
        return near
    }

    /// The drugs screen `screen` names as found (or not found): after it in its clause, before any
    /// `screen_consistency` phrase there. A substance the lexicon names only as an ingredient
    /// ("positive for oxycodone and morphine") is a finding as a drug is.
    static func findings(of screen: CueHit, _ analysis: CaseAnalysis) -> [Mention] {
        let words = analysis.index.cues.set(.screenConsistency).hits(in: analysis.text, sentence: screen.sentence)
        let end = words.first { $0.first > screen.last }?.first ?? Int.max
        return analysis.mentions(inSentence: screen.sentence).filter {
            ($0.term.kind == .drug || $0.term.kind == .ingredient) && $0.first < end
                && MedicationFacts.followsInClause(screen, $0, analysis)
        }
    }

    /// Whether `mention` is a drug a screen names as found: named after a screen of its sentence, in
    /// its clause, before any `screen_consistency` phrase, or in the first cell of a row of a
    /// screen's table (``table(of:_:)``).
    static func isFinding(_ mention: Mention, _ analysis: CaseAnalysis) -> Bool {
        let cues = analysis.index.cues
        // The first cell of a row of a screen's table ("Hydrocodone | POSITIVE | 300"): a line cut
        // by bars or tabs.
        let sentence = analysis.text.sentences[mention.sentence]
        if analysis.text.bytes[sentence.start..<sentence.end].contains(where: { $0 == 124 || $0 == 9 }) {
            let screens = cues.set(.drugScreen).hits(in: analysis.text).filter { $0.sentence <= mention.sentence && !$0.negated }
            if screens.contains(where: { screen in
                table(of: screen, analysis).map { $0.rows.contains { !$0.isEmpty && $0[0].contains(mention.first) } } ?? false
            }) {
                return true
            }
        }
        let screens = cues.set(.drugScreen).hits(in: analysis.text, sentence: mention.sentence)
        guard let screen = screens.last(where: { $0.last < mention.first }), !screen.negated || isResult(screen, analysis) else {
            return false
        }
        let words = cues.set(.screenConsistency).hits(in: analysis.text, sentence: mention.sentence)
        guard !words.contains(where: { $0.first > screen.last && $0.first < mention.first }) else { return false }
        return MedicationFacts.followsInClause(screen, mention, analysis)
    }

    /// The screens' verdicts as `aberrant_behavior` hits: an inconsistent screen an aberrant result,
    /// a consistent one its stated absence.
    static func aberrantHits(_ analysis: CaseAnalysis) -> [CueHit] {
        verdicts(analysis).map { verdict in
            var hit = verdict.screen
            hit.label = CueLabelID(.yes)
            hit.negated = verdict.consistent
            return hit
        }
    }
}
