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
/// A scored table of activities (a FIM level or a therapist's grade per row) is read row by row
/// from today's column (``tableGrades(_:activities:isRead:)``).
///
/// The fact: `true` when an activity is governed by need or skilled care is named, `false` when
/// activities are told only as independent, with the sentences that tell it; nothing otherwise.
/// The same, of the activities of the toilet and of the bath alone (the activity's label,
/// `toileting` or `bathing`), gives `toileting_help_needed` and `bathing_help_needed` (ODG Knee &
/// Leg, Durable medical equipment: a bathroom item for "conditions that result in physical
/// limitations", the limitation of the activity the item serves): help with dressing holds neither.
enum PersonalCareNeeds {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let activities = cues.set(.personalCareActivities).hits(in: text)
        let skilled = cues.set(.personalCareSkilled).hits(in: text)
        guard !activities.isEmpty || !skilled.isEmpty else { return }
        let negations = cues.wordList(.personalCareNegations)
        var needed: [Int] = []
        var independent: [Int] = []
        var toileting = ActivityTold()
        var bathing = ActivityTold()
        func told(_ activity: CueHit, needs: Bool) {
            if needs { needed.append(activity.sentence) } else { independent.append(activity.sentence) }
            if activity.label == .toileting {
                toileting.add(activity.sentence, needs: needs)
            } else if activity.label == .bathing {
                bathing.add(activity.sentence, needs: needs)
            }
        }
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
            told(activity, needs: governor.needs)
        }
        for (activity, needs) in tableGrades(analysis, activities: activities, isRead: isRead) {
            told(activity, needs: needs)
        }
        for (fact, sentences) in [
            (FactName.personalCareNeeded, ActivityTold(needed: needed, independent: independent)), (.toiletingHelpNeeded, toileting),
            (.bathingHelpNeeded, bathing),
        ] {
            if !sentences.needed.isEmpty {
                builder.bool(fact, true, Array(Set(sentences.needed)).sorted().map(text.evidence))
            } else if !sentences.independent.isEmpty {
                builder.bool(fact, false, Array(Set(sentences.independent)).sorted().map(text.evidence))
            }
        }
    }

    /// The sentences that tell an activity (or a kind of activities) needing help, and those that
    /// tell it independent.
    private struct ActivityTold {
        var needed: [Int] = []
        var independent: [Int] = []

        mutating func add(_ sentence: Int, needs: Bool) {
            if needs { needed.append(sentence) } else { independent.append(sentence) }
        }
    }

    /// The rows of a scored table of activities (``TableGrids``) that need help and those that are
    /// independent, as the activity each names: a row whose first cell names an activity of personal care, graded
    /// in the table's column of today (the last column whose header names a later time,
    /// `measure_column_after`; else the first after the activities that names no earlier time,
    /// `measure_column_before`; never a goal's, `measure_column_goal`). A grade of help
    /// (`adl_grade_help`: "mod A", "CGA", "SBA"; a `personal_care_need` word) or of independence
    /// (`adl_grade_independent`: "I", "mod I"; a `personal_care_independent` word), or a level of the
    /// FIM scale (the table's header or the words just before it naming the scale, `adl_scale_fim`):
    /// 1 to 5 help (5 is supervision or setup), 6 and 7 independent.
    private static func tableGrades(_ analysis: CaseAnalysis, activities: [CueHit], isRead: (Int, Int) -> Bool) -> [(
        activity: CueHit, needs: Bool
    )] {
        let text = analysis.text
        let tables = TableGrids.tables(in: text)
        guard !tables.isEmpty else { return [] }
        let cues = analysis.index.cues
        func hits(_ sets: [CueName]) -> [CueHit] { sets.flatMap { cues.set($0).hits(in: text) }.filter { !$0.negated } }
        let (help, alone) = (hits([.adlGradeHelp, .personalCareNeed]), hits([.adlGradeIndependent, .personalCareIndependent]))
        let (before, after, goals, scales) = (
            hits([.measureColumnBefore]), hits([.measureColumnAfter]), hits([.measureColumnGoal]), hits([.adlScaleFim])
        )
        var graded: [(activity: CueHit, needs: Bool)] = []
        for table in tables {
            func columns(_ found: [CueHit]) -> Set<Int> {
                Set(table.header.indices.filter { column in column > 0 && found.contains { table.header[column].contains($0.first) } })
            }
            let goal = columns(goals)
            guard let headerFirst = table.header.first?.lowerBound,
                let column = columns(after).subtracting(goal).max()
                    ?? (1..<table.header.count).first(where: { !goal.contains($0) && !columns(before).contains($0) })
            else { continue }
            let headerLast = table.header.map(\.upperBound).max() ?? headerFirst
            let fim = scales.contains { $0.first < headerLast && headerFirst - $0.last <= scaleReach }
            for row in table.rows where column < row.count && !row[0].isEmpty && !row[column].isEmpty {
                guard let activity = activities.first(where: { row[0].contains($0.first) }), isRead(activity.sentence, activity.first)
                else { continue }
                let cell = row[column]
                let needs: Bool
                if help.contains(where: { cell.contains($0.first) }) {
                    needs = true
                } else if alone.contains(where: { cell.contains($0.first) }) {
                    needs = false
                } else if fim, let level = Int(text.word(at: cell.lowerBound)), (1...7).contains(level) {
                    needs = level < 6
                } else {
                    continue
                }
                graded.append((activity, needs))
            }
        }
        return graded
    }

    /// Tokens between the name of the FIM scale and the header of the table it grades ("ADL
    /// assessment (FIM scale: 1 = total assist ... 7 = independent)" over "Activity | Score").
    static let scaleReach = 30
}
