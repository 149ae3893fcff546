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
///   `symptom_words` or `care_result_inability` word, no care named between): "she remains unable
///   to stand", "still wakes at night with numbness", "continues to report neck pain";
/// - a symptom that came back or grew (a `symptom_words` word, then within three words a
///   `care_result_return` word not followed by a `symptom_triggers` word): "the leg symptoms have
///   worsened", "the numbness has since returned"; or that stayed as it was (within four words,
///   commas between, a `care_result_unchanged` word): "low back pain, 6/10, unchanged";
/// - care judged to have failed (`care_result_verdicts`): "were ineffective for the elbow pain";
/// - care named after a concession (`care_result_concession`, then care within ten words of its
///   part of the sentence): "despite 24 physical therapy visits", "in spite of a lumbar brace".
///
/// Not read: a result under a condition (`care_result_conditional` earlier in its part of the
/// sentence: "if there is no change in four weeks"), one only expected (`benefit_prospect`: "would
/// be ineffective"), an amount ("a little relief": an `articles` word before the scant word), a
/// need ("needs no help": `outcome_role`), and a remaining symptom or concession in a clause that
/// tells a good result (`care_result_good` not denied: "her pain remains well controlled").
/// Whose complaint and which care the result is of is the reader's (``ConservativeCareFacts``):
/// the phrases are scoped like its other persistence phrases.
enum CareResults {
    /// The phrases of the five shapes in the summary, in text order within each shape.
    static func find(_ analysis: CaseAnalysis) -> [CueHit] {
        let reading = Reading(analysis)
        var found: [CueHit] = []
        for sentence in analysis.text.sentences.indices {
            for token in analysis.text.sentences[sentence].tokens {
                if let hit = reading.result(at: token, sentence: sentence) { found.append(hit) }
            }
        }
        return found
    }

    /// Whether a `care_result_conditional` word stands before the phrase of `hit` in its part of
    /// the sentence ("if there is no change in four weeks"): a result under a condition.
    static func isConditional(_ hit: CueHit, _ analysis: CaseAnalysis) -> Bool {
        let (text, conditional) = (analysis.text, analysis.index.cues.wordList(.careResultConditional))
        let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
        return (part.lowerBound..<hit.first).contains { conditional.contains(text.tokens[$0]) }
    }

    /// The word lists and the summary one reading asks of.
    private struct Reading {
        let analysis: CaseAnalysis
        let text: CaseText
        let scant, articles, changes, objectLeads, subjects, continuation, inability, good, returning, unchanged, verdicts,
            concession, prospects, symptoms, triggers, medications, boundaries: WordList
        let care: CueSet
        let roles: CueSet

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
        }

        /// The phrase of one of the five shapes whose telling word is `token`, if any.
        func result(at token: Int, sentence: Int) -> CueHit? {
            let word = text.tokens[token]
            var hit: CueHit?
            if scant.contains(word) {
                hit = scantChange(at: token, sentence: sentence)
            } else if continuation.contains(word) {
                hit = remaining(at: token, sentence: sentence)
            } else if returning.contains(word) {
                hit = returned(at: token, sentence: sentence)
            } else if unchanged.contains(word) {
                hit = returned(at: token, sentence: sentence, acrossCommas: true)
            } else if verdicts.contains(word) {
                let before = max(text.sentences[sentence].tokens.lowerBound, token - 3)..<token
                if !before.contains(where: { prospects.contains(text.tokens[$0]) }) { hit = phrase(sentence, token, token) }
            } else if concession.contains(word) {
                hit = conceded(at: token, sentence: sentence)
            }
            return hit
        }

        /// "no lasting change in leg sx": the scant word, the change, and the complaint it is of.
        private func scantChange(at token: Int, sentence: Int) -> CueHit? {
            if token > text.sentences[sentence].tokens.lowerBound, articles.contains(text.tokens[token - 1]) { return nil }
            guard let change = following(token, within: 3, sentence: sentence).first(where: { changes.contains(text.tokens[$0]) }) else {
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

        /// "she remains unable to stand": the remaining word and the symptom or inability.
        private func remaining(at token: Int, sentence: Int) -> CueHit? {
            let window = following(token, within: 5, sentence: sentence)
            guard let symptom = window.first(where: { symptoms.contains(text.tokens[$0]) || inability.contains(text.tokens[$0]) })
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
