import IMRCore
import IMRVocabulary

/// `exercising_now`: whether the worker exercises now (CPMTG p. 60, massage: "an adjunct to other
/// recommended treatment (e.g. exercise)"). Each home programme (`exercise_home`) and other exercise
/// course (`exercise_courses`) named outside a review's sentences is read at the time its part of
/// the sentence tells (between commas, clause boundaries and coordinators), in this order:
/// - denied, told stopped, or told given and not done (``StoppedCourses``: "He was given a sheet of
///   stretches. He has not done any of them."): not now;
/// - told kept up (`exercise_kept_up` in its part: "continues HEP", "still does her stretches"):
///   now, whatever plan the sentence tells ("Plan: continue home exercises");
/// - told planned (`exercise_plans` in its clause, or a plan's section or list): not now;
/// - told done and over (`exercise_done` in its part, or in a label opening its sentence: "Prior
///   treatment: 12 PT visits"; or dated in its part more than `exercise_past_limit`'s `days` before the note's
///   latest date, the date not after a `visit_date_skips` word: "PT 8 visits (09/2016)" in a note
///   of 11/2016, not "attending PT since 09/2016"): not now;
/// - told done as a habit (`exercise_habits` in its part: "does his HEP daily", "attending PT twice
///   a week"): now;
/// - else a home programme named bare is one kept up (now); another course named bare tells no time.
///
/// True when one is read now; else false when one is read not now; else not documented.
enum ExerciseNow {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let home = cues.set(.exerciseHome).hits(in: text)
        let courses = cues.set(.exerciseCourses).hits(in: text)
        guard !home.isEmpty || !courses.isEmpty else { return }
        // The note's latest date, not after the date the request is judged at.
        let reference = analysis.referenceDate
        let latest = analysis.dates.lazy.map(\.date).filter { date in reference.map { date <= $0 } ?? true }.max()
        var now: Int?
        var notNow: Int?
        for (position, hit) in StoppedCourses.marked(home + courses, analysis).enumerated() where !analysis.isReviewSentence(hit.sentence) {
            switch reading(of: hit, isHome: position < home.count, latest: latest, analysis) {
            case true?: now = min(now ?? hit.sentence, hit.sentence)
            case false?: notNow = min(notNow ?? hit.sentence, hit.sentence)
            case nil: break
            }
        }
        if let now {
            builder.bool(.exercisingNow, true, [text.evidence(now)])
        } else if let notNow {
            builder.bool(.exercisingNow, false, [text.evidence(notNow)])
        }
    }

    /// Whether `hit` tells exercise now (true), exercise not now (false), or no time (nil).
    private static func reading(of hit: CueHit, isHome: Bool, latest: SimpleDate?, _ analysis: CaseAnalysis) -> Bool? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        if hit.negated { return false }
        let sentence = text.sentences[hit.sentence].tokens
        let clause =
            text.clauseStart(of: hit.first, from: sentence.lowerBound)..<text.clauseEnd(after: hit.last, before: sentence.upperBound)
        let part = self.part(of: hit, in: clause, analysis)
        func inPart(_ name: CueName) -> Bool {
            cues.set(name).hits(in: text, sentence: hit.sentence).contains { !$0.negated && part.contains($0.first) && !overlaps($0, hit) }
        }
        if inPart(.exerciseKeptUp) { return true }
        let planned = cues.set(.exercisePlans).hits(in: text, sentence: hit.sentence).contains {
            !$0.negated && clause.contains($0.first) && !overlaps($0, hit)
        }
        if planned || analysis.isPlanSection(hit.sentence) || analysis.continuesPlan(hit.sentence) { return false }
        let labelled = cues.set(.exerciseDone).hits(in: text, sentence: hit.sentence).contains { text.isInOpeningLabel($0) }
        if labelled || inPart(.exerciseDone) || isDatedBefore(part, latest: latest, analysis) { return false }
        if inPart(.exerciseHabits) { return true }
        return isHome ? true : nil
    }

    /// Whether a date in `part` (not within two words after a `visit_date_skips` word) is more than
    /// `exercise_past_limit`'s `days` before `latest`: the course it dates is over.
    private static func isDatedBefore(_ part: Range<Int>, latest: SimpleDate?, _ analysis: CaseAnalysis) -> Bool {
        guard let latest, !part.isEmpty else { return false }
        let limit = analysis.index.cues.threshold(.days, in: .exercisePastLimit)
        let text = analysis.text
        let (start, end) = (text.tokens[part.lowerBound].start, text.tokens[part.upperBound - 1].end)
        let skips = analysis.index.cues.wordList(.visitDateSkips)
        return analysis.dates.contains { mention in
            guard start <= mention.offset, mention.offset < end, mention.date.days(to: latest) > limit else { return false }
            let token = part.first { text.tokens[$0].end > mention.offset } ?? part.upperBound
            return !(max(part.lowerBound, token - 2)..<token).contains { skips.contains(text.tokens[$0]) }
        }
    }

    /// The part of `clause` that holds `hit`: between the commas, `;` and coordinators ("and", "or")
    /// on either side of it.
    private static func part(of hit: CueHit, in clause: Range<Int>, _ analysis: CaseAnalysis) -> Range<Int> {
        let (text, coordinators) = (analysis.text, analysis.index.cues.coordinators)
        func isCoordinator(_ index: Int) -> Bool {
            let id = text.tokens[index].id
            return id >= 0 && Int(id) < coordinators.count && coordinators[Int(id)]
        }
        let comma = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
        var start = max(clause.lowerBound, comma.lowerBound)
        var end = min(clause.upperBound, max(comma.upperBound, hit.last + 1))
        if let coordinator = (start..<hit.first).last(where: isCoordinator) { start = coordinator + 1 }
        if hit.last + 1 < end, let coordinator = ((hit.last + 1)..<end).first(where: isCoordinator) { end = coordinator }
        return start..<end
    }

    private static func overlaps(_ a: CueHit, _ b: CueHit) -> Bool { a.first <= b.last && b.first <= a.last }
}
