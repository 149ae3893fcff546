import IMRCore
import IMRVocabulary

/// `exercising_now`: whether the worker exercises now (CPMTG p. 60, massage: "an adjunct to other
/// recommended treatment (e.g. exercise)"). Each home programme (`exercise_home`) and other exercise
/// course (`exercise_courses`) named outside a review's sentences is read at the time its part of
/// the sentence tells (between commas, clause boundaries and coordinators), in this order:
/// - denied, told stopped, or told given and not done (``StoppedCourses``: "He was given a sheet of
///   stretches. He has not done any of them."): not now;
/// - told done scantly (an `exercise_scant` phrase in its clause, no `exercise_scant_cancels` phrase
///   right after it: "has done the stretches perhaps twice since then", "rarely does her home
///   stretches"; not "once or twice a day", "rarely misses"): not now, and this beats a programme
///   named bare elsewhere (a programme named bare is kept up only when nothing tells otherwise);
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
/// True when one is read now by its words; else false when one is told done scantly; else false when
/// one is told denied, stopped or not done in a sentence at or after the last that names a home
/// programme bare (the latest word on it: a document's title that names the programme's log, or a
/// programme prescribed, "discharged to a home program", "HOME PROGRAM: chin tucks ...", names it
/// and does not tell it done); else true when a home programme is named bare; else false when one is
/// read not now; else not documented.
enum ExerciseNow {
    /// What a programme's mention tells of exercise now.
    private enum Reading {
        case now, bare, scant, stopped, notNow
    }

    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let home = cues.set(.exerciseHome).hits(in: text)
        let courses = cues.set(.exerciseCourses).hits(in: text)
        guard !home.isEmpty || !courses.isEmpty else { return }
        // The note's latest date, not after the date the request is judged at.
        let reference = analysis.referenceDate
        let latest = analysis.dates.lazy.map(\.date).filter { date in reference.map { date <= $0 } ?? true }.max()
        var (first, last): ([Reading: Int], [Reading: Int]) = ([:], [:])
        for (position, hit) in StoppedCourses.marked(home + courses, analysis).enumerated() where !analysis.isReviewSentence(hit.sentence) {
            guard let reading = reading(of: hit, isHome: position < home.count, latest: latest, analysis) else { continue }
            first[reading] = min(first[reading] ?? hit.sentence, hit.sentence)
            last[reading] = max(last[reading] ?? hit.sentence, hit.sentence)
        }
        if let now = first[.now] {
            builder.bool(.exercisingNow, true, [text.evidence(now)])
        } else if let scant = first[.scant] {
            builder.bool(.exercisingNow, false, [text.evidence(scant)])
        } else if let stopped = last[.stopped], stopped >= last[.bare] ?? stopped {
            builder.bool(.exercisingNow, false, [text.evidence(stopped)])
        } else if let bare = first[.bare] {
            builder.bool(.exercisingNow, true, [text.evidence(bare)])
        } else if let notNow = [first[.notNow], first[.stopped]].compactMap({ $0 }).min() {
            builder.bool(.exercisingNow, false, [text.evidence(notNow)])
        }
    }

    /// What `hit` tells: exercise now by its words, a home programme named bare, exercise done
    /// scantly, a programme denied, told stopped or not done, exercise not now otherwise (planned,
    /// done and over), or no time (nil).
    private static func reading(of hit: CueHit, isHome: Bool, latest: SimpleDate?, _ analysis: CaseAnalysis) -> Reading? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        if hit.negated { return .stopped }
        let sentence = text.sentences[hit.sentence].tokens
        let clause =
            text.clauseStart(of: hit.first, from: sentence.lowerBound)..<text.clauseEnd(after: hit.last, before: sentence.upperBound)
        if isScant(clause, sentence: hit.sentence, analysis) { return .scant }
        let part = self.part(of: hit, in: clause, analysis)
        func inPart(_ name: CueName) -> Bool {
            cues.set(name).hits(in: text, sentence: hit.sentence).contains { !$0.negated && part.contains($0.first) && !overlaps($0, hit) }
        }
        if inPart(.exerciseKeptUp) { return .now }
        let planned = cues.set(.exercisePlans).hits(in: text, sentence: hit.sentence).contains {
            !$0.negated && clause.contains($0.first) && !overlaps($0, hit)
        }
        if planned || analysis.isPlanSection(hit.sentence) || analysis.continuesPlan(hit.sentence) { return .notNow }
        let labelled = cues.set(.exerciseDone).hits(in: text, sentence: hit.sentence).contains { text.isInOpeningLabel($0) }
        if labelled || inPart(.exerciseDone) || isDatedBefore(part, latest: latest, analysis) { return .notNow }
        if inPart(.exerciseHabits) { return .now }
        return isHome ? .bare : nil
    }

    /// Whether an `exercise_scant` phrase stands in `clause` of sentence `sentence` with no
    /// `exercise_scant_cancels` phrase right after it: the programme is done scantly.
    private static func isScant(_ clause: Range<Int>, sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let scant = cues.set(.exerciseScant).hits(in: text, sentence: sentence).filter { clause.contains($0.first) }
        guard !scant.isEmpty else { return false }
        let cancels = cues.set(.exerciseScantCancels).hits(in: text, sentence: sentence)
        return scant.contains { hedge in !cancels.contains { $0.first == hedge.last + 1 } }
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
