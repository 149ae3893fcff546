import IMRCore
import IMRVocabulary

/// `associated_service` read from the summary: a requested service of the `postoperative_services`
/// group that the summary ties to a surgery of its region (``SurgeryEvents``), when the request's
/// own words do not. Run on the request facts before the case readers, so that they read the
/// history of a post-operative service (the visits done since the surgery, `time_since_surgery`).
///
/// A surgery may take a service when it is of the requested region and side
/// (``TreatmentHistoryFacts/History/inRegion(_:)``), neither denied nor only considered, and, when
/// done and dated (by a date, a year or an interval), done within the longest postsurgical period
/// (`postsurgical_period_limit`'s days) before the request. The service is tied to it:
/// - by words: a mention of the requested service (or of a narrower or broader one, or the bare
///   therapy word) whose clause holds a `postoperative_link` phrase ("post-op", "after surgery",
///   "starting the day of surgery"; any such surgery takes it), or a `surgery_time_leads` phrase
///   ending at most three words before the surgery ("after the rotator cuff repair", "s/p TKA",
///   "for the knee arthroscopy"; that surgery takes it);
/// - by time, for the postsurgical physical medicine course (label `course`: MTUS Postsurgical
///   Treatment Guidelines, 8 CCR 9792.24.3, whose period is counted from the surgery): a surgery
///   of the region done and dated within the period.
///
/// Care of the recovery from a surgery (label `recovery`: home care, inpatient rehabilitation; CPMTG
/// Home health services, "on a short-term basis following major surgery"; ODG, inpatient
/// rehabilitation after a major surgery) is for the post-operative period (`postoperative`) when a
/// surgery the summary dates (by a date, a year or an interval) was done within the period before
/// the request, whatever its region when the request names none ("L4-5 fusion on 11/08/2016" and
/// a home health aide asked ten days after it); tied by words, it is associated with the surgery.
///
/// A drug is for the post-operative period (`postoperative`) when its request's own words say so,
/// or when it is asked within the acute phase after a surgery the summary tells done and dates (a
/// date, or an interval: "POD 1", "three days out from"; `postoperative_acute_limit`'s days), of any region: the MTUS Opioid Treatment
/// Guidelines 2016 count acute pain up to four weeks after the injury or the pain's onset, and a
/// surgery is an onset (ondansetron the day after a rotator cuff repair; a post-operative opioid's
/// course). Not: a surgery dated more than four weeks before the request, one dated by its year
/// only, one still to come, denied or only considered.
///
/// Not tied otherwise: a service outside the group (a study or an injection after a surgery is
/// judged on its own), a surgery of another region or side, one denied or only considered, one
/// done years before, one named only in the history with no word tying the service to it.
enum PostoperativeLink {
    static func link(_ analysis: CaseAnalysis, requestFacts: inout FactSet) {
        if requestFacts[.drug] != nil {
            linkDrug(analysis, requestFacts: &requestFacts)
            return
        }
        guard requestFacts.boolValue(.associatedService) != true, case .term(let procedure)? = requestFacts[.procedure]?.value
        else { return }
        let (index, text, cues) = (analysis.index, analysis.text, analysis.index.cues)
        let requested = index.id(procedure)
        let family = index.ancestors(of: requested, in: .procedure)
        guard let label = family.lazy.compactMap({ cues.group(.postoperativeServices, label: $0) }).first else { return }
        let events = SurgeryEvents.events(analysis)
        guard !events.isEmpty else { return }
        let asked = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        var regions: TermSet = []
        if case .terms(let list)? = requestFacts[.bodyRegions]?.value { regions = TermSet(inserting: list.compactMap(index.ids.id)) }
        let history = TreatmentHistoryFacts.History(analysis: analysis, regions: regions, side: BodySide(requestFacts: requestFacts))
        let period = cues.threshold(.days, in: .postsurgicalPeriodLimit)
        /// Days from a done surgery to the request, when the summary dates it.
        func daysBefore(_ event: SurgeryEvent) -> Int? {
            guard let asked else { return nil }
            if let date = event.date { return date.days(to: asked) }
            if let year = event.year { return SimpleDate(year: year, month: 12, day: 31).days(to: asked) }
            return event.interval
        }
        func mayTake(_ event: SurgeryEvent) -> Bool {
            guard event.status != .denied, event.status != .considered, history.inRegion(event.mention) else { return false }
            if event.status == .done || event.status == .named, let days = daysBefore(event) {
                return days <= period
            }
            return true
        }
        let eligible = events.filter(mayTake)
        guard !eligible.isEmpty else { return }
        func set(_ sentences: [Int]) {
            var evidence: [Int] = []
            for sentence in sentences where !evidence.contains(sentence) { evidence.append(sentence) }
            requestFacts.insert(Fact(name: .associatedService, value: .bool(true), evidence: evidence.sorted().map(text.evidence)))
        }

        // By words: the service named in a clause that ties it to a surgery.
        let services =
            analysis.mentions(of: .procedure).filter { mention in
                !mention.negated
                    && (family.contains(mention.term.id) || index.ancestors(of: mention.term.id, in: .procedure).contains(requested))
            } + TreatmentHistoryFacts.bareTherapy(history, requested: requested)
        let (links, leads) = (cues.set(.postoperativeLink), cues.set(.surgeryTimeLeads))
        for service in services {
            let sentence = service.sentence
            let clause = text.clause(sentence: sentence, token: service.first)
            if links.hits(in: text, sentence: sentence).contains(where: { !$0.negated && clause.contains($0.first) }) {
                set([sentence, eligible[0].mention.sentence])
                return
            }
            for lead in leads.hits(in: text, sentence: sentence) where !lead.negated && clause.contains(lead.first) {
                if let event = eligible.first(where: {
                    $0.mention.sentence == sentence && $0.mention.first > lead.last && $0.mention.first - lead.last <= 3
                }) {
                    set([sentence, event.mention.sentence])
                    return
                }
            }
        }

        // By time: the postsurgical physical medicine course within a done surgery's period...
        if label == CueLabel.course.name, let event = eligible.first(where: { $0.status == .done && daysBefore($0) != nil }) {
            set([event.mention.sentence])
        }
        // ...and care of the recovery for the post-operative period (`postoperative`).
        if label == CueLabel.recovery.name, requestFacts.boolValue(.postoperative) != true,
            let event = eligible.first(where: { $0.status == .done && daysBefore($0) != nil })
        {
            requestFacts.insert(
                Fact(name: .postoperative, value: .bool(true), evidence: [text.evidence(event.mention.sentence)]))
        }
    }

    /// `postoperative` for a drug asked within `postoperative_acute_limit`'s days after a done, dated surgery; and
    /// `postoperative` with `associated_service` for a drug the summary ties by words to a surgery
    /// still to come or done within that phase: the requested drug named in a clause that holds a
    /// `postoperative_link` phrase ("Plan: enoxaparin 40 mg subcutaneously daily starting 12 hours
    /// after surgery for 14 days" beside an arthroscopy certified and scheduled), as the request's
    /// own "post-operative" ties it. Not: with no surgery to come, nor when a surgery of the drug's
    /// sentence is done, denied or only considered ("He took Norco after his 2012 fusion; an
    /// arthroscopy is scheduled"), nor by a link denied.
    private static func linkDrug(_ analysis: CaseAnalysis, requestFacts: inout FactSet) {
        guard requestFacts.boolValue(.postoperative) != true else { return }
        let events = SurgeryEvents.events(analysis)
        guard !events.isEmpty else { return }
        let asked = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        let acutePhase = analysis.index.cues.threshold(.days, in: .postoperativeAcuteLimit)
        func isRecent(_ event: SurgeryEvent) -> Bool {
            guard event.status == .done else { return false }
            let days: Int? =
                if let date = event.date { asked.map { date.days(to: $0) } } else { event.interval }
            return days.map { (0...acutePhase).contains($0) } ?? false
        }
        if let recent = events.first(where: isRecent) {
            requestFacts.insert(
                Fact(name: .postoperative, value: .bool(true), evidence: [analysis.text.evidence(recent.mention.sentence)]))
            return
        }
        // By words: the drug named in a clause that ties it to a surgery still to come (not the
        // surgery word of a link itself: "enoxaparin after surgery was planned").
        guard case .term(let drug)? = requestFacts[.drug]?.value else { return }
        let (text, drugID) = (analysis.text, analysis.index.id(drug))
        let links = analysis.index.cues.set(.postoperativeLink)
        func inLink(_ event: SurgeryEvent) -> Bool {
            links.hits(in: text, sentence: event.mention.sentence).contains {
                $0.first <= event.mention.first && event.mention.last <= $0.last
            }
        }
        guard let coming = events.first(where: { ($0.status == .upcoming || $0.status == .requested) && !inLink($0) }) else { return }
        for mention in analysis.mentions(of: .drug) where !mention.negated && mention.term.id == drugID {
            // A surgery of the drug's own sentence is the one the link names: it must be to come.
            let own = events.filter { $0.mention.sentence == mention.sentence && !inLink($0) }
            guard own.isEmpty || own.contains(where: { $0.status == .upcoming || $0.status == .requested }) else { continue }
            let clause = text.clause(sentence: mention.sentence, token: mention.first)
            guard links.hits(in: text, sentence: mention.sentence).contains(where: { !$0.negated && clause.contains($0.first) })
            else { continue }
            let evidence = [mention.sentence, coming.mention.sentence].sorted().map(text.evidence)
            requestFacts.insert(Fact(name: .postoperative, value: .bool(true), evidence: evidence))
            requestFacts.insert(Fact(name: .associatedService, value: .bool(true), evidence: evidence))
            return
        }
    }
}
