import IMRCore
import IMRVocabulary

/// The personal care a worker needs another person for (`personal_care_needed`; CPMTG 2016 pp.
/// 89-90, Home health services: personal care, "bowel and bladder care, feeding, bathing, dressing
/// and transfer and assistance with administration of oral medications", or skilled care; CPMTG
/// 2009 p. 51: homemaker services, "shopping, cleaning, and laundry", and personal care "when this
/// is the only care needed" are no medical treatment; the request names "the specific activities
/// precluded"), read activity by activity as a clinician reads a functional status.
///
/// An activity of personal care (`personal_care_activities`: bathing, dressing and its parts,
/// toileting, transfers, feeding, grooming, ambulation, self-care as a whole) is governed by the
/// nearest word before it in its clause, at most ten words before it, of need
/// (`personal_care_need`: "needs help with", "minimal assistance for", "dependent for"; an inability,
/// `personal_care_inability`, "unable to", "cannot", within three words only) or of independence (`personal_care_independent`: "independent with"), a list of activities
/// joined by commas and coordinators under one word ("needs help with socks, shoes and lower body
/// dressing and with bathing her legs"); or by an independence word right after it, within four
/// words, when none governs it before ("dresses independently", "bathing - maximal assistance;
/// toileting - independent"). A need word denied (a
/// `personal_care_negations` word at most three words before it: "does not need help with bathing")
/// is independence. A word of need does not reach past another word of need or independence, so
/// the "cannot" of "cannot reach her feet ... and needs help with socks" governs no activity after
/// "needs help", and "independent with upper body dressing" tells that part only.
///
/// Skilled care named (`personal_care_skilled`: wound care, dressing changes, infusions) is a need
/// unless denied. Not read: a goal or a plan (`activity_goal`, a plan section), the review, another
/// person's activity, homemaker chores alone (not in the list).
///
/// The fact: `true` when an activity is governed by need or skilled care is named, `false` when
/// activities are told only as independent, with the sentences that tell it; nothing otherwise.
enum PersonalCareNeeds {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let activities = cues.set(.personalCareActivities).hits(in: text)
        let skilled = cues.set(.personalCareSkilled).hits(in: text)
        guard !activities.isEmpty || !skilled.isEmpty else { return }
        let negations = cues.wordList(.personalCareNegations)
        var needed: [Int] = []
        var independent: [Int] = []
        func isRead(_ sentence: Int, _ first: Int) -> Bool {
            !analysis.isReview(sentence, token: first) && !analysis.isPlanSection(sentence)
                && !cues.set(.activityGoal).hits(in: text, sentence: sentence).contains {
                    !$0.negated && $0.last < first && !ClauseSubjects.crossesClause($0.last, first, analysis)
                }
        }
        // Whether a word of need is denied: a negation at most three words before it, in its clause.
        func isDenied(_ hit: CueHit) -> Bool {
            let clause = text.clause(sentence: hit.sentence, token: hit.first)
            return (max(clause.lowerBound, hit.first - 3)..<hit.first).contains { negations.contains(text.tokens[$0]) }
        }
        for hit in skilled where isRead(hit.sentence, hit.first) {
            if hit.negated || isDenied(hit) {
                independent.append(hit.sentence)
            } else {
                needed.append(hit.sentence)
            }
        }
        var sentence = -1
        var governors: [(hit: CueHit, needs: Bool, reach: Int)] = []
        for activity in activities {
            if activity.sentence != sentence {
                sentence = activity.sentence
                governors =
                    cues.set(.personalCareNeed).hits(in: text, sentence: sentence).map { ($0, !isDenied($0), 10) }
                    + cues.set(.personalCareInability).hits(in: text, sentence: sentence).map { ($0, !isDenied($0), 3) }
                    + cues.set(.personalCareIndependent).hits(in: text, sentence: sentence).map { ($0, false, 10) }
            }
            guard isRead(sentence, activity.first) else { continue }
            // The nearest governing word before it, in its clause, within ten words (three for an
            // inability); else an independence word right after it.
            let before = governors.filter {
                $0.hit.last < activity.first && !ClauseSubjects.crossesClause($0.hit.last, activity.first, analysis)
            }.max { ($0.hit.last, $1.hit.first) < ($1.hit.last, $0.hit.first) }.flatMap {
                activity.first - $0.hit.last <= $0.reach ? $0 : nil
            }
            let after = governors.first {
                $0.hit.first > activity.last && $0.hit.first - activity.last <= 4
                    && !ClauseSubjects.crossesClause(activity.last, $0.hit.first, analysis)
            }
            // Another person's need or independence is not the worker's, unless the worker is the
            // object of the help ("his wife helps him with toileting").
            guard let governor = before ?? after,
                !ClauseSubjects.isAnotherPersons(before: min(governor.hit.first, activity.first), sentence: sentence, analysis)
                    || ClauseSubjects.holdsWorkerObject(governor.hit.first, governor.hit.last, analysis)
            else { continue }
            if governor.needs {
                needed.append(sentence)
            } else {
                independent.append(sentence)
            }
        }
        if !needed.isEmpty {
            builder.bool(.personalCareNeeded, true, Array(Set(needed)).sorted().map(text.evidence))
        } else if !independent.isEmpty {
            builder.bool(.personalCareNeeded, false, Array(Set(independent)).sorted().map(text.evidence))
        }
    }
}
