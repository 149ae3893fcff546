import IMRVocabulary

/// Which surgery a sentence of the plan plans (`surgical_candidate`): a surgery the sentence tells
/// done is none, though a plan word stands beside it ("he had the L4-5 microdiscectomy that
/// Dr. B. recommended in May", "underwent the fusion recommended for his weakness"), and a plan
/// told in the past perfect ("surgery that had been recommended") is a plan of an earlier time,
/// not one now. Read as written: a surgery done named before another one planned ("s/p L4-5
/// laminectomy 2019, now a candidate for revision fusion": the fusion is planned) and a plan word
/// between the done word and the surgery ("he had been scheduled for a fusion").
enum PlannedSurgeries {
    /// Whether sentence `sentence` tells a plan now: a note's plan section, or a `plan` phrase
    /// (negated too: "not a candidate" denies a plan) not told in the past perfect (a
    /// `plan_past_leads` phrase ending right before it); not a sentence of a medical-legal
    /// evaluator's care to come (a `future_care` phrase affirmed: "Future medical care: ... and to
    /// consider arthroscopic repair"), which allows for a surgery later and plans none now.
    static func tellsPlan(_ sentence: Int, _ analysis: CaseAnalysis) -> Bool {
        let cues = analysis.index.cues
        if cues.set(.futureCare).hits(in: analysis.text, sentence: sentence).contains(where: { !$0.negated }) { return false }
        if analysis.isPlanSection(sentence) { return true }
        let plans = cues.set(.plan).hits(in: analysis.text, sentence: sentence)
        guard !plans.isEmpty else { return false }
        let leads = cues.set(.planPastLeads).hits(in: analysis.text, sentence: sentence)
        return plans.contains { plan in !leads.contains { $0.last + 1 == plan.first } }
    }

    /// Whether surgery `mention` is told done in its own words: a `surgery_done_leads` phrase
    /// ("s/p", "underwent", "had") ends at most four words before it in its part of the sentence
    /// (no `,` or `;` between) with no `plan` phrase between; or it follows, after a coordinator
    /// only, a surgery told so ("underwent an anterior discectomy and fusion").
    static func isToldDone(_ mention: Mention, among surgeries: [Mention], _ analysis: CaseAnalysis) -> Bool {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let sentence = mention.sentence
        let plans = cues.set(.plan).hits(in: text, sentence: sentence)
        let part = ProcedureFacts.commaPart(of: mention.first, in: text, sentence: sentence)
        let told = cues.set(.surgeryDoneLeads).hits(in: text, sentence: sentence).contains { lead in
            !lead.negated && part.contains(lead.first) && lead.last < mention.first && mention.first - lead.last <= 5
                && !plans.contains { $0.first > lead.last && $0.last < mention.first }
        }
        if told { return true }
        let previous = mention.first - 1
        guard previous > part.lowerBound, cues.coordinators.indices.contains(Int(text.tokens[previous].id)),
            cues.coordinators[Int(text.tokens[previous].id)],
            let before = surgeries.last(where: { $0.sentence == sentence && $0.last == previous - 1 })
        else { return false }
        return isToldDone(before, among: surgeries, analysis)
    }
}
