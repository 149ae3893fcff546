import IMRCore
import IMRVocabulary

/// `time_since_surgery`: for a service that goes with a surgery (post-operative therapy), the time
/// from the latest surgery of the requested region that the summary dates to the date of the
/// request (the request for authorization's, else the review's). The Postsurgical Treatment
/// Guidelines (8 CCR 9792.24.3) give each surgery a postsurgical physical medicine period (3 to 8
/// months, 6 for a surgery they do not list) counted from the surgery; after it, the Chronic Pain
/// Medical Treatment Guidelines apply.
///
/// A surgery's date is told with it as an injection's is (``PriorInjectionFacts/datesTold(with:in:_:_:)``:
/// "right shoulder arthroscopy on 6/1/2016", "the 6/1/2016 rotator cuff repair"), before the
/// request, outside the review's sentences; the surgery is neither negated, planned nor still to
/// come, and is of the requested region and side (``TreatmentHistoryFacts/History/inRegion(_:)``).
/// When the sentence names another procedure too, only the surgery's part of it (between commas) is
/// read.
enum SurgeryDateFacts {
    static func read(_ analysis: CaseAnalysis, requestFacts: FactSet, into builder: inout FactBuilder) {
        guard requestFacts[.associatedService]?.value == .bool(true) || requestFacts[.postoperative]?.value == .bool(true),
            let asked = analysis.requestDate(after: analysis.input.header.dateOfInjury) ?? analysis.referenceDate
        else { return }
        let (index, text) = (analysis.index, analysis.text)
        var regions: TermSet = []
        if case .terms(let list)? = requestFacts[.bodyRegions]?.value { regions = TermSet(inserting: list.compactMap(index.ids.id)) }
        let history = TreatmentHistoryFacts.History(analysis: analysis, regions: regions, side: BodySide(requestFacts: requestFacts))
        let procedures = analysis.mentions(of: .procedure)
        let dates = Dictionary(grouping: analysis.dates, by: \.sentence)
        var latest: (date: SimpleDate, sentence: Int)?
        for mention in procedures
        where index.category(ofProcedure: mention.term.id) == index[.surgery]
            && !analysis.isReviewSentence(mention.sentence)
            && !ProcedureReliefFacts.stillToCome(mention, analysis)
            && history.inRegion(mention)
        {
            let sentence = mention.sentence
            let others = procedures.contains { $0.sentence == sentence && $0.first != mention.first }
            let span = others ? ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence) : text.sentences[sentence].tokens
            for date in PriorInjectionFacts.datesTold(with: mention, in: span, dates[sentence] ?? [], text)
            where date < asked && latest.map({ date > $0.date }) ?? true {
                latest = (date, sentence)
            }
        }
        guard let latest else { return }
        builder.set(.timeSinceSurgery, .days(latest.date.days(to: asked)), [text.evidence(latest.sentence)])
    }
}
