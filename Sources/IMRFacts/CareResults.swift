import IMRVocabulary

/// The result of conservative care read as a form, not as phrases (conservative_care_failed): the
/// complaint not bettered, told in one of five shapes, each built from word lists
/// (`Rules/lexicon/outcomes.cues`, `care_result_*`):
/// - a change scanted or denied (`care_result_scant` then, within three words, a
///   `care_result_changes` word): "no lasting change in leg sx", "with little change in the leg
///   symptoms", "without change", "made no difference to her knee pain", "has not gotten any
///   better", "only brief relief". A change of something named after it with `in`, `to`, `of`
///   (`care_result_object_leads`) counts only when that is the complaint: a symptom, a body region
///   or a diagnosis, or a `care_result_subjects` word ("no change in her condition"; not "no change
///   in her medications" or "in work status");
/// - a symptom or an inability that remains (`care_result_continuation`, then within five words a
///   `symptom_words` or `care_result_inability` word or a `giving_way` phrase, no care named
///   between): "she remains unable to stand", "still wakes at night with numbness", "continues to
///   report neck pain", "Still giving way in the brace";
/// - a symptom that came back or grew (a `symptom_words` word, then within three words a
///   `care_result_return` word not followed by a `symptom_triggers` word): "the leg symptoms have
///   worsened", "the numbness has since returned"; or that stayed as it was (within four words,
///   commas between, a `care_result_unchanged` word): "low back pain, 6/10, unchanged";
/// - care judged to have failed (`care_result_verdicts`): "were ineffective for the elbow pain";
/// - care named after a concession (`care_result_concession`, then care within ten words of its
///   part of the sentence): "despite 24 physical therapy visits", "in spite of a lumbar brace".
///
/// And a result told as a limit, three more shapes:
/// - a bound never crossed (``Reading/uncrossedBound(at:sentence:)``): "none of this brought his
///   arm pain below 7/10", "PT never got her past 90 degrees of abduction"; which side is worse is
///   the measure's (a symptom is worse high, a capacity low), so "never above 3/10" is no failure;
/// - a best case still poor (``Reading/smallChange(at:sentence:)``, ``Reading/bestScore(at:sentence:)``):
///   relief that lasted at most `care_result_limits` `days` ("a day or two of relief", "helped for
///   three days"), a change below its `percent` ("at most a 10% change"), a best pain score at or
///   above its `score` ("6/10 at the very best");
/// - a goal not reached (``Reading/unreached(at:sentence:)``, ``Reading/goalDenied(at:sentence:)``):
///   "he has yet to sleep through the night", "has not reached his goal of lifting 20 lb".
///
/// And the pain's level told as a later part of the sentence that lists the care
/// (``Reading/levelsAfterCare()``: "Care since 2015: 12 PT visits, a daily home program, naproxen;
/// pain 7-8/10").
///
/// And a complaint care did not settle (``Reading/unsettled(at:sentence:)``): a `care_result_settle`
/// verb denied or scanted, with the complaint it is of ("had not settled the leg pain", "nothing
/// has touched the back pain", "the triggering of the ring finger has not abated").
///
/// Not read: a result under a condition (`care_result_conditional` earlier in its part of the
/// sentence: "if there is no change in four weeks"), one only expected (`benefit_prospect`: "would
/// be ineffective"), an amount ("a little relief": an `articles` word before the scant word), a
/// need ("needs no help": `outcome_role`), and a remaining symptom or concession in a clause that
/// tells a good result (`care_result_good` not denied: "her pain remains well controlled").
/// Whose complaint and which care the result is of is the reader's (``ConservativeCareFacts``):
/// the phrases are scoped like its other persistence phrases.
enum CareResults {
    /// The word lists a phrase's telling word is in (``Reading/result(at:sentence:)`` tests each):
    /// ``find(_:)`` asks it only of a token of one of them, tested as one union
    /// (``CueBook/careResultTelling``, made at load). A list that `result(at:)` tests must be here.
    static let tellingSets: [CueName] = [
        .careResultScant, .careResultContinuation, .careResultReturn, .careResultUnchanged, .careResultVerdicts,
        .careResultConcession, .careResultSettle, .careResultBoundsBelow, .careResultBoundsAbove, .careResultChanges,
        .reliefWords, .careResultBest, .careResultUnreached, .careResultReach, .careResultPartitives, .careResultLevelReturn,
    ]

    /// The phrases of the five shapes in the summary, in text order within each shape.
    static func find(_ analysis: CaseAnalysis) -> [CueHit] {
        find(analysis, in: analysis.text.sentences.indices)
    }

    /// The phrases of the shapes in `sentences` only (a course's own sentences), in text order
    /// within each shape.
    static func find<Sentences: Collection<Int>>(_ analysis: CaseAnalysis, in sentences: Sentences) -> [CueHit] {
        let reading = Reading(analysis)
        var found: [CueHit] = []
        let (tokens, telling) = (analysis.text.tokens, analysis.index.cues.careResultTelling)
        for sentence in sentences {
            for token in analysis.text.sentences[sentence].tokens where telling.contains(tokens[token]) {
                if let hit = reading.result(at: token, sentence: sentence) { found.append(hit) }
            }
        }
        return found + (reading.woreOff() + reading.levelsAfterCare()).filter { sentences.contains($0.sentence) }
    }

    /// Whether a `care_result_conditional` word stands before the phrase of `hit` in its part of
    /// the sentence ("if there is no change in four weeks"): a result under a condition.
    static func isConditional(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, conditional) = (analysis.text, analysis.index.cues.wordList(.careResultConditional))
        let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
        return (part.lowerBound..<hit.first).contains { conditional.contains(text.tokens[$0]) }
    }

    /// Whether a `hedge_before` or `benefit_prospect` word stands in the phrase of `hit` or in the
    /// three words before it: a failure only supposed or expected ("therapy may not relieve the leg
    /// pain").
    static func isHedged(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (hedges, prospects) = (cues.wordList(.hedgeBefore), cues.wordList(.benefitProspect))
        let start = max(text.sentences[hit.sentence].tokens.lowerBound, hit.first - 3)
        return (start...hit.last).contains { hedges.contains(text.tokens[$0]) || prospects.contains(text.tokens[$0]) }
    }

    /// Whether token `link` is a `care_result_unreached_links` word ("yet to") followed by a goal not
    /// reached: a verb that is no `care_result_trial_verbs` word, with no care, drug, procedure or
    /// `medication_words` word within five words ("yet to sleep through the night"; not "yet to start
    /// PT", "yet to be scheduled"). A `not_yet` phrase that opens one tells no care planned.
    static func opensGoal(after link: Int, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let end = text.sentences[sentence].tokens.upperBound
        guard link + 1 < end, cues.wordList(.careResultUnreachedLinks).contains(text.tokens[link]),
            !cues.wordList(.careResultTrialVerbs).contains(text.tokens[link + 1])
        else { return false }
        let window = (link + 1)..<min(end, link + 6)
        let medications = cues.wordList(.medicationWords)
        if window.contains(where: { medications.contains(text.tokens[$0]) }) { return false }
        if cues.set(.conservativeTreatment).hits(in: text, sentence: sentence).contains(where: { window.contains($0.first) }) {
            return false
        }
        return !analysis.mentions(inSentence: sentence).contains {
            window.contains($0.first) && ($0.term.kind == .drug || $0.term.kind == .procedure)
        }
    }

    /// Whether care named in a negated part of a sentence is negated only by the denial of a result
    /// told of it ("he has not reached his goal of lifting 20 lb after 12 physical therapy visits":
    /// the therapy was given): the nearest `negation_before` word before it opens a phrase of
    /// `results` (``ConservativeCareFacts/persistence(_:)``) of its sentence; or the care is one
    /// item of the list that follows a result denied by a `care_result_scant` or
    /// `care_result_partitives` word ("Nothing has helped the neck pain: not the 12 therapy visits,
    /// not the cyclobenzaprine", "none of it worked, not even the injections"): a phrase of
    /// `results` opened by such a word ends before it in its sentence.
    static func isDeniedResult(_ hit: CueHit, _ analysis: CaseAnalysis, results: [CueHit]) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let negations = cues.wordList(.negationBefore)
        let start = text.sentences[hit.sentence].tokens.lowerBound
        guard hit.negated, let denial = (start..<hit.first).last(where: { negations.contains(text.tokens[$0]) }) else { return false }
        let (scant, partitives) = (cues.wordList(.careResultScant), cues.wordList(.careResultPartitives))
        return results.contains { result in
            guard result.sentence == hit.sentence, result.last < hit.first else { return false }
            if result.first == denial { return true }
            let opening = text.tokens[result.first]
            return result.last < denial && (scant.contains(opening) || partitives.contains(opening))
        }
    }

    /// The token of a pain score of at least `floor` after `token` with at most two
    /// `care_result_level_links` words between and no comma or `;`: "7/10" of "still 7/10", "back
    /// up to 7/10"; nil for anything else between ("back at work", "back down to 3/10").
    static func levelScore(after token: Int, sentence: Int, _ analysis: CaseAnalysis, floor: Int) -> Int? {
        let (text, links) = (analysis.text, analysis.index.cues.wordList(.careResultLevelLinks))
        func breaks(before index: Int) -> Bool { text.tokens[index].semicolonBefore || text.tokens[index].commaBefore }
        let end = text.sentences[sentence].tokens.upperBound
        var index = token + 1
        while index < end, index - token <= 2, links.contains(text.tokens[index]), !breaks(before: index) { index += 1 }
        guard index < end, !breaks(before: index) else { return nil }
        let offset = text.tokens[index].start
        return analysis.painScore(at: offset).map { $0.value >= floor } == true ? index : nil
    }

    /// Whether token `token` of `sentence` is a `care_result_level_return` word told of a level
    /// after it (``levelScore(after:sentence:_:floor:)``, any score): the "back" of "pain is back at
    /// 6/10" is no body region.
    static func isLevelReturn(_ token: Int, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        analysis.index.cues.wordList(.careResultLevelReturn).contains(analysis.text.tokens[token])
            && levelScore(after: token, sentence: sentence, analysis, floor: 0) != nil
    }

    /// The word lists and the summary one reading asks of.
    private struct Reading {
        let analysis: CaseAnalysis
        let text: CaseText
        let scant, articles, changes, objectLeads, subjects, continuation, inability, good, returning, unchanged, verdicts,
            concession, prospects, symptoms, triggers, medications, boundaries: WordList
        let denials, below, above, symptomScores, capacities, functions, relief, best, unreached, unreachedLinks, trialVerbs, reach,
            goals, durationLeads, durationOf, ago, coordinators, percentWords, settle, hedges, degrees, partitives: WordList
        let levelReturn, levelVerbs, beforeMarks, scoreRange: WordList
        let care, givingWay: CueSet
        let roles: CueSet
        /// The limits of a small result (`care_result_limits`): relief lasting at most `days` days, a
        /// change below `percent` percent, a best pain score of at least `score`, a floor of a pain
        /// score never crossed of at least `floor`.
        let briefDays, smallPercent, poorScore, poorFloor: Int

        init(_ analysis: CaseAnalysis) {
            self.analysis = analysis
            text = analysis.text
            let cues = analysis.index.cues
            scant = cues.wordList(.careResultScant)
            articles = cues.wordList(.articles)
            changes = cues.wordList(.careResultChanges)
            objectLeads = cues.wordList(.careResultObjectLeads)
            subjects = cues.wordList(.careResultSubjects)
            continuation = cues.wordList(.careResultContinuation)
            inability = cues.wordList(.careResultInability)
            good = cues.wordList(.careResultGood)
            returning = cues.wordList(.careResultReturn)
            unchanged = cues.wordList(.careResultUnchanged)
            verdicts = cues.wordList(.careResultVerdicts)
            concession = cues.wordList(.careResultConcession)
            prospects = cues.wordList(.benefitProspect)
            symptoms = cues.wordList(.symptomWords)
            triggers = cues.wordList(.symptomTriggers)
            medications = cues.wordList(.medicationWords)
            boundaries = cues.wordList(.clauseBoundary)
            care = cues.set(.conservativeTreatment)
            roles = cues.set(.outcomeRole)
            denials = cues.wordList(.careResultDenials)
            below = cues.wordList(.careResultBoundsBelow)
            above = cues.wordList(.careResultBoundsAbove)
            symptomScores = cues.wordList(.careResultSymptomScores)
            capacities = cues.wordList(.careResultCapacities)
            functions = cues.wordList(.functionWords)
            relief = cues.wordList(.reliefWords)
            best = cues.wordList(.careResultBest)
            unreached = cues.wordList(.careResultUnreached)
            unreachedLinks = cues.wordList(.careResultUnreachedLinks)
            trialVerbs = cues.wordList(.careResultTrialVerbs)
            reach = cues.wordList(.careResultReach)
            goals = cues.wordList(.careResultGoals)
            durationLeads = cues.wordList(.reliefDurationLead)
            durationOf = cues.wordList(.reliefDurationOf)
            ago = cues.wordList(.durationAgo)
            coordinators = cues.wordList(.coordinators)
            percentWords = cues.wordList(.percentWords)
            settle = cues.wordList(.careResultSettle)
            hedges = cues.wordList(.hedgeBefore)
            degrees = cues.wordList(.careResultDegrees)
            partitives = cues.wordList(.careResultPartitives)
            levelReturn = cues.wordList(.careResultLevelReturn)
            levelVerbs = cues.wordList(.careResultLevelVerbs)
            beforeMarks = cues.wordList(.scoreBeforeMarks)
            scoreRange = cues.wordList(.painScoreRange)
            givingWay = cues.set(.givingWay)
            func limit(_ threshold: CueThreshold) -> Int { cues.threshold(threshold, in: .careResultLimits) }
            (briefDays, smallPercent, poorScore, poorFloor) = (limit(.days), limit(.percent), limit(.score), limit(.floor))
        }

        /// The phrase of one of the five shapes whose telling word is `token`, if any.
        func result(at token: Int, sentence: Int) -> CueHit? {
            let word = text.tokens[token]
            var hit: CueHit?
            if scant.contains(word) || partitives.contains(word) {
                hit = scantChange(at: token, sentence: sentence)
            } else if continuation.contains(word) {
                hit = remaining(at: token, sentence: sentence) ?? remainingScore(at: token, sentence: sentence)
            } else if returning.contains(word) {
                hit = returned(at: token, sentence: sentence)
            } else if unchanged.contains(word) {
                hit = returned(at: token, sentence: sentence, acrossCommas: true)
            } else if verdicts.contains(word) {
                let before = max(text.sentences[sentence].tokens.lowerBound, token - 3)..<token
                if !before.contains(where: { prospects.contains(text.tokens[$0]) }) { hit = phrase(sentence, token, token) }
            } else if concession.contains(word) {
                hit = conceded(at: token, sentence: sentence)
            } else if settle.contains(word) {
                hit = unsettled(at: token, sentence: sentence)
            } else if levelReturn.contains(word) {
                hit = levelReturned(at: token, sentence: sentence)
            }
            if hit != nil { return hit }
            // A result told as a limit.
            if below.contains(word) || above.contains(word) { hit = uncrossedBound(at: token, sentence: sentence) }
            if hit == nil, changes.contains(word) || relief.contains(word) { hit = smallChange(at: token, sentence: sentence) }
            if hit == nil, best.contains(word) { hit = bestScore(at: token, sentence: sentence) }
            if hit == nil, unreached.contains(word) { hit = self.unreached(at: token, sentence: sentence) }
            if hit == nil, reach.contains(word) { hit = goalDenied(at: token, sentence: sentence) }
            return hit
        }

        /// "none of this brought his right arm pain below 7/10", "PT never got her past 90 degrees":
        /// a bound word with a count within three words after it, denied by a `care_result_denials`
        /// word at most ten words before it in its part of the sentence (no `coordinators` or
        /// `clause_boundary` word between), on the side where the measure is worse: a floor of a
        /// symptom (a `symptom_words` or `care_result_symptom_scores` word from the denial to two
        /// words after the count, or a pain score), a ceiling of a capacity (a
        /// `care_result_capacities` or `function_words` word there). "Never above 3/10" is good.
        func uncrossedBound(at token: Int, sentence: Int) -> CueHit? {
            let cues = analysis.index.cues
            guard let count = following(token, within: 3, sentence: sentence).first(where: { cues.count(text.tokens[$0]) != nil })
            else { return nil }
            let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
            var denial: Int?
            var index = token - 1
            while index >= max(part.lowerBound, token - 10) {
                let word = text.tokens[index]
                if coordinators.contains(word) || boundaries.contains(word) { break }
                if denials.contains(word) {
                    denial = index
                    break
                }
                index -= 1
            }
            guard let denial else { return nil }
            let measure = denial...min(count + 2, part.upperBound - 1)
            let worseHigh =
                isPainScore(count) || measure.contains { symptoms.contains(text.tokens[$0]) || symptomScores.contains(text.tokens[$0]) }
            let worseLow = !worseHigh && measure.contains { capacities.contains(text.tokens[$0]) || functions.contains(text.tokens[$0]) }
            guard below.contains(text.tokens[token]) ? worseHigh : worseLow else { return nil }
            // A floor of mild pain is no poor result ("never below 3/10 since the injection").
            if below.contains(text.tokens[token]),
                let score = analysis.painScore(at: text.tokens[count].start), score.value < poorFloor
            {
                return nil
            }
            return phrase(sentence, denial, count)
        }

        /// "helped for three days only", "relief for less than a month", "a day or two of relief",
        /// "at most a 10% change": a change told in its part of the sentence with a duration of
        /// relief of at most ``briefDays`` (a count, or an article for one, and a `time_units` word,
        /// after a `relief_duration_lead` word within five words after the change, or before it with
        /// an `of` word and only counts and `coordinators` between, or right before it: "2 wks
        /// benefit"), or a percentage below
        /// ``smallPercent`` within six words told as a limit (a `care_result_best`,
        /// `care_result_bounds_below` or `care_result_scant` word in the part: not "20% better"),
        /// neither after a `care_result_bounds_above` word.
        /// Not when another sentence tells care working now (a `care_helping_now` phrase beside care
        /// or a drug, ``ConservativeCareFacts/helpingSentences(_:_:)``: "his pain is well controlled
        /// on naproxen; he is improving with his exercises"): a course's brief relief beside care
        /// that works now tells no care failed.
        func smallChange(at token: Int, sentence: Int) -> CueHit? {
            guard let hit = limitedChange(at: token, sentence: sentence) else { return nil }
            return ConservativeCareFacts.helpingSentences(analysis, .careHelpingNow).contains { $0 != sentence } ? nil : hit
        }

        /// The phrase of ``smallChange(at:sentence:)``, care helping elsewhere or not.
        private func limitedChange(at token: Int, sentence: Int) -> CueHit? {
            let cues = analysis.index.cues
            let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
            func amount(before index: Int) -> Int? {
                guard index >= part.lowerBound else { return nil }
                if let value = cues.count(text.tokens[index]) { return value }
                return articles.contains(text.tokens[index]) ? 1 : nil
            }
            func raised(_ index: Int) -> Bool {
                (max(part.lowerBound, index - 2)..<index).contains { above.contains(text.tokens[$0]) }
            }
            for unit in part where abs(unit - token) <= 8 {
                guard let days = cues.days(inUnit: text.tokens[unit]), let value = amount(before: unit - 1), !raised(unit - 1),
                    value * days <= briefDays
                else { continue }
                if unit + 1 < part.upperBound, ago.contains(text.tokens[unit + 1]) { continue }
                if unit > token, unit - token <= 6, ((token + 1)..<(unit - 1)).contains(where: { durationLeads.contains(text.tokens[$0]) })
                {
                    return phrase(sentence, token, unit)
                }
                if unit < token, token - unit <= 5 {
                    let between = (unit + 1)..<token
                    // ...or right before it, its `of` left out as a note leaves it ("w/ ~2 wks benefit").
                    let tied =
                        token == unit + 1
                        || between.contains { durationOf.contains(text.tokens[$0]) }
                            && between.allSatisfy {
                                durationOf.contains(text.tokens[$0]) || coordinators.contains(text.tokens[$0])
                                    || cues.count(text.tokens[$0]) != nil || degrees.contains(text.tokens[$0])
                            }
                    if tied { return phrase(sentence, unit - 1, token) }
                }
            }
            // A percentage only as a limit ("at most a 10% change", "only 20% relief"; not "20% better").
            let limited = part.contains {
                best.contains(text.tokens[$0]) || below.contains(text.tokens[$0]) || scant.contains(text.tokens[$0])
            }
            for index in part where limited && abs(index - token) <= 6 {
                guard let value = cues.count(text.tokens[index]), value < smallPercent, !raised(index) else { continue }
                let percent =
                    (text.tokens[index].end < text.bytes.count && text.bytes[text.tokens[index].end] == 37)
                    || (index + 1 < part.upperBound && percentWords.contains(text.tokens[index + 1]))
                if percent { return phrase(sentence, min(index, token), max(index, token)) }
            }
            return nil
        }

        /// "had not settled the leg pain", "nothing has touched the back pain", "did little to shift
        /// the arm pain", "the leg pain has never settled": a `care_result_settle` verb (not a noun:
        /// no `articles` word right before it) with a `care_result_scant` or `care_result_denials`
        /// word (not a `care_result_inability` word, nor a scant word after an `articles` word) at
        /// most three words before it in its part of the sentence, no `hedge_before` or
        /// `benefit_prospect` word in the three words before that, and the complaint: a
        /// `symptom_words` or `care_result_subjects` word, a body region or a diagnosis within five
        /// words after the verb or six before the denial, in the same part.
        func unsettled(at token: Int, sentence: Int) -> CueHit? {
            let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
            guard token > part.lowerBound, !articles.contains(text.tokens[token - 1]) else { return nil }
            guard
                let denial = (max(part.lowerBound, token - 3)..<token).last(where: { index in
                    let word = text.tokens[index]
                    guard (scant.contains(word) || denials.contains(word)) && !inability.contains(word) else { return false }
                    return index == part.lowerBound || !articles.contains(text.tokens[index - 1])
                })
            else { return nil }
            let before = max(part.lowerBound, denial - 3)..<denial
            if before.contains(where: { hedges.contains(text.tokens[$0]) || prospects.contains(text.tokens[$0]) }) { return nil }
            let object = (token + 1)..<min(part.upperBound, token + 6)
            let subject = max(part.lowerBound, denial - 6)..<denial
            guard isComplaint(object, sentence: sentence) || isComplaint(subject, sentence: sentence) else { return nil }
            return phrase(sentence, denial, token)
        }

        /// "the relief wore off within a week", "it helped for a while and then wore off", "each
        /// time the benefit faded": a `care_result_wear` phrase, not negated, with a
        /// `care_result_changes` or `relief_words` word or care (`conservative_treatment`) at most
        /// ten words before it in its sentence, no `;` between, and no drug, drug class or
        /// `medication_words` word there (a dose wearing off tells the dose's duration, not care
        /// that failed).
        func woreOff() -> [CueHit] {
            analysis.index.cues.set(.careResultWear).hits(in: text).compactMap { hit in
                guard !hit.negated else { return nil }
                let sentence = hit.sentence
                var lower = hit.first
                while lower > text.sentences[sentence].tokens.lowerBound, hit.first - lower < 10, !text.tokens[lower].semicolonBefore {
                    lower -= 1
                }
                let before = lower..<hit.first
                let cared = care.hits(in: text, sentence: sentence).first { before.contains($0.first) }?.first
                guard let change = before.first(where: { changes.contains(text.tokens[$0]) || relief.contains(text.tokens[$0]) }) ?? cared
                else { return nil }
                if before.contains(where: { medications.contains(text.tokens[$0]) }) { return nil }
                let drug = analysis.mentions(inSentence: sentence).contains {
                    before.contains($0.first) && ($0.term.kind == .drug || $0.term.kind == .drugClass || $0.term.kind == .ingredient)
                }
                return drug ? nil : phrase(sentence, change, hit.last)
            }
        }

        /// "Care since 2015: 12 PT visits, a daily home program, naproxen, 6 chiropractic visits; pain
        /// 7-8/10", "PT 12 visits, HEP, NSAIDs; LBP 7/10": the pain's level told as a later part (after
        /// a `;`) of the sentence that lists the care. The last pain score of its sentence, of at
        /// least ``poorFloor``, at most four words into its part; the part names no care, drug or
        /// `medication_words` word, no `score_before_marks` word ("baseline pain 7/10") and no
        /// other score but the lower end of its range (`pain_score_range`); an earlier part names care not negated (a `conservative_treatment` phrase, a
        /// drug or drug class); the sentence is not only a plan and tells no good result ("pain
        /// 6/10, much improved"). A level told before the care, or in a sentence of its own, is not
        /// read so: it tells the pain, not what the care left.
        func levelsAfterCare() -> [CueHit] {
            let scores = analysis.painScores
            var found: [CueHit] = []
            for (position, score) in scores.enumerated() where score.value >= poorFloor {
                let sentence = score.sentence
                if position + 1 < scores.count, scores[position + 1].sentence == sentence { continue }
                let range = text.sentences[sentence].tokens
                guard let index = range.first(where: { text.tokens[$0].end > score.offset }) else { continue }
                var start = index
                while start > range.lowerBound, !text.tokens[start].semicolonBefore { start -= 1 }
                guard text.tokens[start].semicolonBefore, index - start <= 4 else { continue }
                var end = index + 1
                while end < range.upperBound, !text.tokens[end].semicolonBefore { end += 1 }
                let part = start..<end
                // Another score in the part, unless the two make a range ("pain 7-8/10", "6 to 8/10"),
                // its lower end at least the floor.
                if position > 0, scores[position - 1].sentence == sentence, scores[position - 1].offset >= text.tokens[start].start {
                    let other = scores[position - 1]
                    guard other.value >= poorFloor, let lower = part.first(where: { text.tokens[$0].start == other.offset }),
                        lower == index - 1 || (lower == index - 2 && scoreRange.contains(text.tokens[index - 1]))
                    else { continue }
                }
                // A range, read as its upper end ("7-8/10": ``CaseText/isScoreRangeUpperEnd(_:)``), has its
                // lower end at least the floor too ("2-8/10" is not read).
                if text.isScoreRangeUpperEnd(index), Int(text.tokens[index - 1].digits) < poorFloor { continue }
                if part.contains(where: { medications.contains(text.tokens[$0]) || beforeMarks.contains(text.tokens[$0]) }) { continue }
                let cared = care.hits(in: text, sentence: sentence)
                let drugs = analysis.mentions(inSentence: sentence).filter { $0.term.kind == .drug || $0.term.kind == .drugClass }
                if cared.contains(where: { part.contains($0.first) }) || drugs.contains(where: { part.contains($0.first) }) { continue }
                let earlier = range.lowerBound..<start
                guard
                    cared.contains(where: { !$0.negated && earlier.contains($0.first) })
                        || drugs.contains(where: { !$0.negated && earlier.contains($0.first) })
                else { continue }
                guard !analysis.isPlanOnly(sentence), !tellsGood(range) else { continue }
                found.append(phrase(sentence, start, index))
            }
            return found
        }

        /// "the neck pain came down to 6/10 at the very best": a `care_result_best` word with a pain
        /// score of at least ``poorScore`` within six words in its part of the sentence.
        func bestScore(at token: Int, sentence: Int) -> CueHit? {
            let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
            for score in analysis.painScores where score.sentence == sentence && score.value >= poorScore {
                guard let index = part.first(where: { text.tokens[$0].start == score.offset }), abs(index - token) <= 6 else { continue }
                return phrase(sentence, min(index, token), max(index, token))
            }
            return nil
        }

        /// "he has yet to sleep through the night": `yet` and a `care_result_unreached_links` word,
        /// then a verb that is no `care_result_trial_verbs` word, and no care, drug or
        /// `medication_words` word within five words ("has yet to start PT" tells care not begun).
        func unreached(at token: Int, sentence: Int) -> CueHit? {
            guard CareResults.opensGoal(after: token + 1, sentence: sentence, analysis) else { return nil }
            return phrase(sentence, token, token + 2)
        }

        /// "has not reached his goal of lifting 20 lb", "PT goals were not met", "never regained
        /// full motion": a `care_result_reach` word with a denial (or `yet`) within three words
        /// before it, and a `care_result_goals`, `care_result_capacities` or `function_words` word
        /// within four words either side, in its part of the sentence ("has not reached MMI" names
        /// no goal).
        func goalDenied(at token: Int, sentence: Int) -> CueHit? {
            let part = ProcedureFacts.commaPart(of: token, in: text, sentence: sentence)
            let before = max(part.lowerBound, token - 3)..<token
            guard let denial = before.last(where: { denials.contains(text.tokens[$0]) || unreached.contains(text.tokens[$0]) }) else {
                return nil
            }
            let near = max(part.lowerBound, token - 4)..<min(part.upperBound, token + 5)
            guard
                let goal = near.first(where: {
                    $0 != token
                        && (goals.contains(text.tokens[$0]) || capacities.contains(text.tokens[$0]) || functions.contains(text.tokens[$0]))
                })
            else { return nil }
            return phrase(sentence, min(denial, goal), max(token, goal))
        }

        /// Whether token `index` is a pain score (``CaseAnalysis/painScores``).
        private func isPainScore(_ index: Int) -> Bool {
            analysis.painScore(at: text.tokens[index].start) != nil
        }

        /// "no lasting change in leg sx": the scant word, the change, and the complaint it is of; not
        /// after a `hedge_before` or `benefit_prospect` word within three words.
        private func scantChange(at token: Int, sentence: Int) -> CueHit? {
            if token > text.sentences[sentence].tokens.lowerBound, articles.contains(text.tokens[token - 1]) { return nil }
            // A result hedged or only expected ("therapy may not relieve the leg pain").
            let lead = max(text.sentences[sentence].tokens.lowerBound, token - 3)..<token
            if lead.contains(where: { hedges.contains(text.tokens[$0]) || prospects.contains(text.tokens[$0]) }) { return nil }
            // A partitive denial reaches past its "of" phrase ("none of it has changed the numbness").
            let partitive =
                partitives.contains(text.tokens[token]) && token + 1 < text.sentences[sentence].tokens.upperBound
                && objectLeads.contains(text.tokens[token + 1])
            let reach = partitive ? 6 : 3
            guard let change = following(token, within: reach, sentence: sentence).first(where: { changes.contains(text.tokens[$0]) })
            else {
                return nil
            }
            // A need holding the change ("needs no help").
            if roles.hits(in: text, sentence: sentence).contains(where: { $0.first <= change && $0.last >= token - 1 }) { return nil }
            let after = following(change, within: 1, sentence: sentence)
            if let lead = after.first, objectLeads.contains(text.tokens[lead]) {
                let object = following(lead, within: 5, sentence: sentence)
                guard isComplaint(object, sentence: sentence) else { return nil }
                return phrase(sentence, token, change)
            }
            return phrase(sentence, token, change)
        }

        /// "she remains unable to stand": the remaining word and the symptom or inability; or a
        /// joint's giving way, a `giving_way` phrase not negated that opens in the five words
        /// ("Still giving way in the brace", "the knee still gives way on stairs", "continues to
        /// give out").
        private func remaining(at token: Int, sentence: Int) -> CueHit? {
            let window = following(token, within: 5, sentence: sentence)
            let named = window.first(where: { symptoms.contains(text.tokens[$0]) || inability.contains(text.tokens[$0]) })
            guard
                let symptom = named
                    ?? givingWay.hits(in: text, sentence: sentence).first(where: { !$0.negated && window.contains($0.first) })?.first
            else { return nil }
            // Care continued ("continues PT for her neck pain", "still takes Norco for pain").
            let between = (token + 1)..<symptom
            if between.contains(where: { medications.contains(text.tokens[$0]) }) { return nil }
            if care.hits(in: text, sentence: sentence).contains(where: { between.contains($0.first) }) { return nil }
            if analysis.mentions(inSentence: sentence).contains(where: { between.contains($0.first) && $0.term.kind == .drug }) {
                return nil
            }
            if tellsGood(text.sentences[sentence].tokens) { return nil }
            return phrase(sentence, token, symptom)
        }

        /// "neck pain still 7/10", "the leg pain remains 6/10": a `symptom_words` word at most three
        /// words before the remaining word (no comma or `;` between) and a pain score of at least
        /// ``poorFloor`` within two words after it. With no symptom named, the score itself tells the
        /// pain: right after the remaining word or after `care_result_level_links` words only
        /// (``levelScore(after:sentence:)``: "...naproxen and an SI belt; still 7/10", "remains at
        /// 6/10"), with no good result told from it to the end of its sentence ("helped for a while,
        /// but still 7/10" is read; "still 5/10 but much improved" is not).
        private func remainingScore(at token: Int, sentence: Int) -> CueHit? {
            let start = text.sentences[sentence].tokens.lowerBound
            var symptom: Int?
            var index = token
            while index > start, token - index < 3, !breaks(before: index) {
                index -= 1
                if symptoms.contains(text.tokens[index]) {
                    symptom = index
                    break
                }
            }
            guard let symptom else {
                guard let score = levelScore(after: token, sentence: sentence),
                    !tellsGood(token..<text.sentences[sentence].tokens.upperBound)
                else { return nil }
                return phrase(sentence, token, score)
            }
            let after = following(token, within: 2, sentence: sentence)
            for score in analysis.painScores where score.sentence == sentence && score.value >= poorFloor {
                if let index = after.first(where: { text.tokens[$0].start == score.offset }) { return phrase(sentence, symptom, index) }
            }
            return nil
        }

        /// "pain is back at 6/10", "the leg pain has come back up to 7/10": a `symptom_words` word
        /// with at most three `care_result_level_verbs` words between it and the return word `token`
        /// (no comma or `;` between), and the level after it (``levelScore(after:sentence:)``), with no
        /// good result told from the symptom to the end of its sentence. "Back pain 6/10", "pain in
        /// the low back at 6/10" and "back at work" are no return.
        private func levelReturned(at token: Int, sentence: Int) -> CueHit? {
            let start = text.sentences[sentence].tokens.lowerBound
            var index = token
            var symptom: Int?
            while index > start, token - index < 4, !breaks(before: index) {
                index -= 1
                if symptoms.contains(text.tokens[index]) {
                    symptom = index
                    break
                }
                guard levelVerbs.contains(text.tokens[index]) else { return nil }
            }
            guard let symptom, let score = levelScore(after: token, sentence: sentence),
                !tellsGood(symptom..<text.sentences[sentence].tokens.upperBound)
            else { return nil }
            return phrase(sentence, symptom, score)
        }

        /// The token of a pain score of at least ``poorFloor`` after `token`
        /// (``CareResults/levelScore(after:sentence:_:floor:)``).
        private func levelScore(after token: Int, sentence: Int) -> Int? {
            CareResults.levelScore(after: token, sentence: sentence, analysis, floor: poorFloor)
        }

        /// "the numbness has since returned": the symptom and the word of its return or growth; or
        /// with `acrossCommas`, of its staying as it was ("low back pain, 6/10, unchanged").
        private func returned(at token: Int, sentence: Int, acrossCommas: Bool = false) -> CueHit? {
            let start = text.sentences[sentence].tokens.lowerBound
            var symptom: Int?
            var index = token
            while index > start, token - index < (acrossCommas ? 4 : 3),
                !text.tokens[index].semicolonBefore, acrossCommas || !text.tokens[index].commaBefore
            {
                index -= 1
                if symptoms.contains(text.tokens[index]) {
                    symptom = index
                    break
                }
            }
            // A return denied ("pain not increased").
            guard let symptom, !((symptom + 1)..<token).contains(where: { scant.contains(text.tokens[$0]) }) else { return nil }
            // What provokes it, not its course ("pain worse with bending").
            if let next = following(token, within: 1, sentence: sentence).first, triggers.contains(text.tokens[next]) { return nil }
            return phrase(sentence, symptom, token)
        }

        /// "despite 24 physical therapy visits": the concession and the care after it.
        private func conceded(at token: Int, sentence: Int) -> CueHit? {
            let window = following(token, within: 10, sentence: sentence)
            guard let last = window.last else { return nil }
            let named =
                care.hits(in: text, sentence: sentence).first(where: { $0.first > token && $0.first <= last })?.last
                ?? analysis.mentions(inSentence: sentence).first(where: {
                    $0.first > token && $0.first <= last && $0.term.kind == .drug && !$0.negated
                })?.last
                ?? window.first(where: { medications.contains(text.tokens[$0]) })
            guard let named else { return nil }
            if tellsGood(text.sentences[sentence].tokens) { return nil }
            return phrase(sentence, token, named)
        }

        /// Whether `tokens` hold a `symptom_words` or `care_result_subjects` word, or the first
        /// word of a body region or diagnosis named.
        private func isComplaint(_ tokens: Range<Int>, sentence: Int) -> Bool {
            tokens.contains { symptoms.contains(text.tokens[$0]) || subjects.contains(text.tokens[$0]) }
                || analysis.mentions(inSentence: sentence).contains {
                    tokens.contains($0.first) && ($0.term.kind == .bodyRegion || $0.term.kind == .diagnosis)
                }
        }

        /// Whether `tokens` hold a `care_result_good` word with no `care_result_scant` word in the
        /// three words before it.
        private func tellsGood(_ tokens: Range<Int>) -> Bool {
            tokens.contains { index in
                good.contains(text.tokens[index])
                    && !(max(tokens.lowerBound, index - 3)..<index).contains { scant.contains(text.tokens[$0]) }
            }
        }

        /// The tokens after `token`, at most `count`, up to a comma, a `;` or a `clause_boundary` word.
        private func following(_ token: Int, within count: Int, sentence: Int) -> Range<Int> {
            let end = min(text.sentences[sentence].tokens.upperBound, token + 1 + count)
            var last = token + 1
            while last < end, !breaks(before: last), !boundaries.contains(text.tokens[last]) { last += 1 }
            return (token + 1)..<last
        }

        /// Whether a comma or a `;` stands right before token `index`.
        private func breaks(before index: Int) -> Bool {
            text.tokens[index].semicolonBefore || text.tokens[index].commaBefore
        }

        private func phrase(_ sentence: Int, _ first: Int, _ last: Int) -> CueHit {
            CueHit(label: CueLabelID(.yes), sentence: sentence, first: first, last: last, negated: false)
        }
    }
}
