import IMRCore
import IMRVocabulary

/// `surgery_status`: for a service that goes with a surgery (`associated_service` or
/// `postoperative`), where that surgery stands as the summary tells it (``SurgeryEvents``): done,
/// authorized (certified, approved, scheduled, or dated ahead), denied (non-certified, denied,
/// declined, cancelled, not scheduled) or requested (pending a decision). ODG and IMR practice: a
/// service associated with a surgery follows the surgery; a walker "for use after" an arthroplasty
/// that utilization review non-certified and that has not been scheduled has no surgery to follow.
///
/// The surgery is one of the requested region and side (``TreatmentHistoryFacts/History/inRegion(_:)``)
/// and, when the request names the surgery (`index_surgery` from its own words), of that surgery's
/// family (it, a narrower or a broader one: "the surgery"); a surgery done and dated more than the
/// longest postsurgical period (`postsurgical_period_limit`'s days) before the request is
/// another surgery. Of its statuses the first in the order done, authorized, denied, requested
/// wins: a surgery denied and then approved on appeal is authorized; one denied and appealed is
/// denied. A surgery only considered or named without a word of its status tells nothing.
enum SurgeryStatusFacts {
    /// The values of `surgery_status` (the schema's `values surgery_status` list).
    enum Value: String {
        case done, authorized, denied, requested
    }

    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        guard requestFacts.boolValue(.associatedService) == true || requestFacts.boolValue(.postoperative) == true else { return }
        let events = SurgeryEvents.events(analysis)
        guard !events.isEmpty else { return }
        let index = analysis.index
        var regions: TermSet = []
        if case .terms(let list)? = requestFacts[.bodyRegions]?.value { regions = TermSet(inserting: list.compactMap(index.ids.id)) }
        let history = TreatmentHistoryFacts.History(analysis: analysis, regions: regions, side: BodySide(requestFacts: requestFacts))
        var named: TermSet = []
        if case .terms(let list)? = requestFacts[.indexSurgery]?.value { named = TermSet(inserting: list.compactMap(index.ids.id)) }
        let asked = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        let period = index.cues.threshold(.days, in: .postsurgicalPeriodLimit)
        func isTheSurgery(_ event: SurgeryEvent) -> Bool {
            guard history.inRegion(event.mention) else { return false }
            if !named.isEmpty {
                let id = event.mention.term.id
                let family = index.ancestors(of: id, in: .procedure)
                guard named.contains(where: { family.contains($0) || index.ancestors(of: $0, in: .procedure).contains(id) }) else {
                    return false
                }
            }
            if event.status == .done, let asked {
                let days =
                    event.date.map { $0.days(to: asked) } ?? event.year.map { SimpleDate(year: $0, month: 12, day: 31).days(to: asked) }
                if let days, days > period { return false }
            }
            return true
        }
        let order: [(SurgeryEvent.Status, Value)] = [
            (.done, .done), (.upcoming, .authorized), (.denied, .denied), (.requested, .requested),
        ]
        let surgeries = events.filter(isTheSurgery)
        for (status, value) in order {
            if let event = surgeries.first(where: { $0.status == status }) {
                builder.set(.surgeryStatus, .term(value.rawValue), [analysis.text.evidence(event.mention.sentence)])
                return
            }
        }
    }
}
