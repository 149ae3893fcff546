import IMRVocabulary

/// An earlier study of the requested kind (MRI or CT, X-ray, EMG/NCS: `study_kind`) of a requested
/// region, told in any shape (`prior_study`, and `prior_radiographs` for the films before a special
/// study). ACOEM chapters 8, 12 and 13 and ODG recommend a repeat study only on a significant change,
/// so a study done is read wherever the summary tells it:
///
/// - a study's **stretch** is its part of the sentence: from the `;` or the other study named
///   before it to the `;` or the other study named after it, so that what one study's words tell
///   is not another's ("X-rays were negative; an MRI is pending");
/// - a study told with a `study_again` word at most six words from it ("repeat MRI", "an
///   updated EMG", "MRI R knee w/o contrast, repeat at our facility") had an earlier one of its
///   kind, whatever is said of this one;
/// - a study named as the request itself (a `study_request_words` phrase beside it: "ADDENDUM (for
///   the MRI request):", "MRI left knee authorization request") is a heading or a label, not done;
/// - a study with a result told after it (``hasResult(_:in:_:)``) is done, whatever else its
///   stretch says ("MRI 10/25/16 (ordered by urgent care): tear");
/// - else a study is **not done** when it is negated ("no MRI to date", "has not had an EMG"),
///   when a `study_not_done` word (pending, scheduled, denied, declined, will) stands in its
///   stretch or before it in its clause, or when it is of the plan (a `plan` word there, a note's
///   plan section: "MRI ordered 10/12/16", "recommended physical therapy, x-ray and MRI");
/// - else it is **done** when it stands in a note's history section, or its stretch tells a
///   `study_done` or `study_result` word (had, underwent, obtained, reviewed, the report, an
///   outside film, findings), a `study_past_time` phrase ("last year", "in March", "at the ER",
///   "after the crash"), a date or a year not after the letter's date, or it is written as a label
///   of what follows it ("L-spine XR - loss of L5-S1 disc space") or follows a `study_heading`
///   label opening its sentence ("Imaging: MRI L-spine 2015 ...");
/// - a study counts when its own region is a requested one (or reached by the requested nerve
///   study): the first named after it in its stretch within six words ("x-rays of the right hip"),
///   else one at most three words before it ("lumbar MRI"); with neither, when its sentence names
///   no region or a requested one; and when it bears on the requested side.
///
/// `prior_study` is false when every study of the kind in scope is not done or none is named,
/// absent when one is named with nothing that tells whether it was done.
enum PriorStudies {
    /// The state a study's words tell.
    private enum Told { case done, notDone, untold }

    static func read(_ history: TreatmentHistoryFacts.History, requested: TermID, fact: FactName, into builder: inout FactBuilder) {
        let analysis = history.analysis
        let index = history.index
        guard let kinds = TreatmentHistoryFacts.studyKinds(of: requested, index) else { return }
        let reach = TreatmentHistoryFacts.nerveReach(of: requested, history.regions, index)
        let studyTerms = index.cues.groupTerms(.studyKind)
        func isStudy(_ m: Mention) -> Bool { !studyTerms.isDisjoint(with: index.ancestors(of: m.term.id, in: .procedure)) }
        let studies = analysis.mentions(of: .procedure).filter(isStudy)
        var states: [(Mention, Told)] = []
        for (position, m) in studies.enumerated() {
            guard !kinds.isDisjoint(with: index.ancestors(of: m.term.id, in: .procedure)), !history.isReview(m.sentence) else { continue }
            let stretch = Self.stretch(of: position, among: studies, history.text)
            guard isInScope(m, stretch: stretch, history, reach: reach) else { continue }
            states.append((m, told(m, stretch: stretch, history)))
        }
        if let done = states.first(where: { $0.1 == .done }) {
            builder.bool(fact, true, [history.text.evidence(done.0.sentence)])
        } else if states.allSatisfy({ $0.1 == .notDone }) {
            builder.bool(fact, false, [])
        }
    }

    /// The tokens of `studies[position]`'s part of its sentence: from the token after a `;` or the
    /// study named before it in the sentence, to the `;` or the study named after it.
    private static func stretch(of position: Int, among studies: [Mention], _ text: CaseText) -> Range<Int> {
        let m = studies[position]
        let sentence = text.sentences[m.sentence].tokens
        var lower = sentence.lowerBound
        if position > 0, studies[position - 1].sentence == m.sentence { lower = studies[position - 1].last + 1 }
        var upper = sentence.upperBound
        if position + 1 < studies.count, studies[position + 1].sentence == m.sentence { upper = studies[position + 1].first }
        var start = m.first
        while start > lower, !text.tokens[start].semicolonBefore { start -= 1 }
        var end = m.last + 1
        while end < upper, !text.tokens[end].semicolonBefore { end += 1 }
        return start..<end
    }

    /// Whether study `m` is of a requested region and side (``PriorStudies``).
    private static func isInScope(_ m: Mention, stretch: Range<Int>, _ history: TreatmentHistoryFacts.History, reach: TermSet) -> Bool {
        let (analysis, index) = (history.analysis, history.index)
        guard history.isOnRequestedSide(sentence: m.sentence, first: m.first, last: m.last, within: 8) else { return false }
        guard !history.regions.isEmpty else { return true }
        let scope = RegionScope(regions: history.regions)
        func allows(_ region: TermID) -> Bool { scope.includes(region, index) || reach.contains(region) }
        let named = analysis.mentions(inSentence: m.sentence).filter { $0.term.kind == .bodyRegion }
        // Its own region: the first named after it within six words ("x-rays of the right hip"),
        // else one right before it ("lumbar MRI", "R knee MRI").
        let after = named.first { $0.first > m.last && $0.first - m.last <= 6 && stretch.contains($0.first) }
        let before = named.last { $0.last < m.first && m.first - $0.last <= 3 && stretch.contains($0.first) }
        if let own = after ?? before { return allows(own.term.id) }
        return named.isEmpty || named.contains { allows($0.term.id) }
    }

    /// What study `m`'s words tell of it (``PriorStudies``).
    private static func told(_ m: Mention, stretch: Range<Int>, _ history: TreatmentHistoryFacts.History) -> Told {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        func hits(_ name: CueName) -> [CueHit] {
            cues.set(name).hits(in: text, sentence: m.sentence).filter { stretch.contains($0.first) }
        }
        // A word of the plan or of a study not done governs a list of studies after it in its
        // clause ("recommended physical therapy, x-ray and MRI of the lumbar spine").
        let governed = text.clauseStart(of: m.first, from: text.sentences[m.sentence].tokens.lowerBound)..<stretch.upperBound
        func governing(_ name: CueName) -> Bool {
            cues.set(name).hits(in: text, sentence: m.sentence).contains { governed.contains($0.first) }
        }
        // "Repeat MRI", "an updated MRI": an earlier study of the kind was done.
        if hits(.studyAgain).contains(where: { !$0.negated && distance(m, $0) <= 6 }) { return .done }
        // Named as the request itself: a heading or a label, whatever follows it.
        if isNamedAsRequest(m, in: stretch, history) { return .notDone }
        // A result told after it: done, whatever the plan's words ("ordered by urgent care").
        if hasResult(m, in: stretch, history) { return .done }
        // Named as what an order, a referral or a requisition asks ("ELECTRODIAGNOSTIC ORDER TICKET"):
        // a document's name, no study done.
        if isNamedAsOrder(m, in: stretch, history.text, words: history.index.cues.wordList(.studyOrderWords)) { return .notDone }
        if m.negated || governing(.studyNotDone) { return .notDone }
        if analysis.isPlanSection(m.sentence) || governing(.plan) { return .notDone }
        if analysis.isHistorySection(m.sentence) { return .done }
        if [CueName.studyDone, .studyResult, .studyPastTime].contains(where: { name in hits(name).contains { !$0.negated } }) {
            return .done
        }
        if isHeaded(m, history) || labelMark(after: m.last, in: stretch, history.text) != nil { return .done }
        let reference = analysis.referenceDate
        if history.datedSpans(in: stretch).contains(where: { span in reference.map { span.date <= $0 } ?? true }) { return .done }
        return .untold
    }

    /// Whether study `m` is named as the request itself: a `study_request_words` phrase at most
    /// three words after it in its stretch ("the cervical MRI request", "MRI left knee
    /// authorization request") or before it with only `study_request_links` words and body regions
    /// between ("request for authorization of a lumbar MRI"; not "Treatment relevant to the request
    /// has included an MRI"): a heading, an addendum's label or an order, no study done.
    private static func isNamedAsRequest(_ m: Mention, in stretch: Range<Int>, _ history: TreatmentHistoryFacts.History) -> Bool {
        let (text, cues) = (history.text, history.index.cues)
        let links = cues.wordList(.studyRequestLinks)
        let regions = history.analysis.mentions(inSentence: m.sentence).filter { $0.term.kind == .bodyRegion }
        func linksOnly(_ range: Range<Int>) -> Bool {
            range.allSatisfy { token in links.contains(text.tokens[token]) || regions.contains { $0.first <= token && token <= $0.last } }
        }
        return cues.set(.studyRequestWords).hits(in: text, sentence: m.sentence).contains { hit in
            guard !hit.negated, stretch.contains(hit.first) else { return false }
            return hit.first > m.last ? hit.first - m.last <= 4 : hit.last < m.first && linksOnly((hit.last + 1)..<m.first)
        }
    }

    /// Whether study `m` is named by a document that orders it: a `study_order_words` word, as
    /// written (not "ordered"), at most three words after it with no comma, `;` or label mark
    /// between ("ELECTRODIAGNOSTIC ORDER TICKET", "MRI requisition", "EMG/NCS referral form"), or
    /// the word right before it ("Order: EMG of the left leg", "referral EMG"). A study told with
    /// its result is read before this (``hasResult(_:in:_:)``); a report ("EMG/NCS REPORT") is no order.
    private static func isNamedAsOrder(_ m: Mention, in stretch: Range<Int>, _ text: CaseText, words: WordList) -> Bool {
        func plain(_ range: Range<Int>) -> Bool {
            !text.bytes[range].contains { [44, 58, 59].contains($0) } && !isLabelMark(text.bytes[range])
        }
        for token in (m.last + 1)..<min(stretch.upperBound, m.last + 4) where words.contains(text.tokens[token]) {
            if plain(text.tokens[m.last].end..<text.tokens[token].start) { return true }
        }
        guard m.first > stretch.lowerBound else { return false }
        return words.contains(text.tokens[m.first - 1]) && !text.tokens[m.first].semicolonBefore
    }

    private static func distance(_ m: Mention, _ hit: CueHit) -> Int { hit.first > m.last ? hit.first - m.last : m.first - hit.last }

    /// Whether the sentence of study `m` opens with a `study_heading` label before it ("Imaging:",
    /// "Diagnostic studies -", "Imaging (dates unknown):").
    private static func isHeaded(_ m: Mention, _ history: TreatmentHistoryFacts.History) -> Bool {
        let text = history.text
        let opening = text.sentences[m.sentence].tokens.lowerBound
        return history.index.cues.set(.studyHeading).hits(in: text, sentence: m.sentence).contains { hit in
            hit.first <= opening + 1 && hit.last < m.first && labelMark(after: hit.last, in: hit.last..<m.first + 1, text) != nil
        }
    }

    /// The first token after `token` within `range` that a label mark (``isLabelMark(_:)``) outside
    /// a bracket stands before: a study or a heading written as the label of what follows it.
    private static func labelMark(after token: Int, in range: Range<Int>, _ text: CaseText) -> Int? {
        var depth = 0
        for next in (token + 1)..<max(token + 1, range.upperBound) {
            let gap = text.bytes[text.tokens[next - 1].end..<text.tokens[next].start]
            depth += gap.filter { $0 == 40 }.count - gap.filter { $0 == 41 }.count
            if depth <= 0, isLabelMark(gap) { return next }
        }
        return nil
    }

    /// Whether the gap between two words marks a label: a `:`, or a `-` with a space before it.
    private static func isLabelMark(_ gap: ArraySlice<UInt8>) -> Bool {
        gap.contains(58) || gap.contains(45) && gap.first.map(isSpace) == true
    }

    /// Whether a result of study `m` follows it in its stretch: a `study_result` word ("showed",
    /// "revealed", "were negative") or an `electrodiagnostic_result` verdict, outside a result the
    /// plan waits for or a purpose the study is ordered for (`conditional_result`: "to confirm the
    /// entrapment"), or a label (a `:` or a spaced `-` after the study, its
    /// region, date and parenthesis) followed within six words by a finding: a diagnosis named,
    /// even denied ("no fx"), but not left in doubt ("r/o tear"), or a `study_finding` word
    /// ("unremarkable", "mild", "intact").
    static func hasResult(_ m: Mention, in stretch: Range<Int>, _ history: TreatmentHistoryFacts.History) -> Bool {
        let (analysis, text, cues) = (history.analysis, history.text, history.index.cues)
        let after = (m.last + 1)..<stretch.upperBound
        guard !after.isEmpty else { return false }
        let conditional = cues.set(.conditionalResult).hits(in: text, sentence: m.sentence)
        // A result the plan waits for, or the study is ordered to find, tells no study done.
        func isAwaited(_ hit: CueHit) -> Bool { conditional.contains { $0.first <= hit.first && $0.first > m.last } }
        if cues.set(.studyResult).hits(in: text, sentence: m.sentence).contains(where: { after.contains($0.first) && !isAwaited($0) }) {
            return true
        }
        if cues.set(.electrodiagnosticResult).hits(in: text, sentence: m.sentence).contains(where: {
            after.contains($0.first) && !isAwaited($0)
        }) {
            return true
        }
        // The label: the first `:` or spaced `-` after the study, outside a bracket.
        guard let label = labelMark(after: m.last, in: stretch, text) else { return false }
        let window = label..<min(after.upperBound, label + 6)
        let findings = cues.set(.studyFinding).hits(in: text, sentence: m.sentence)
        return analysis.mentions(inSentence: m.sentence).contains { $0.term.kind == .diagnosis && !$0.hedged && window.contains($0.first) }
            || findings.contains { window.contains($0.first) }
    }
}
