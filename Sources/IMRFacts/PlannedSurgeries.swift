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

    /// Whether the plan sentence `surgery.sentence` tells (``tellsPlan(_:_:)``) reaches surgery
    /// `surgery`: a plan word inside a candidacy for another procedure that is no surgery (a
    /// `candidacy_leads` phrase, the procedure starting at most two words after it: "Candidate for
    /// an SCS trial: predominantly right leg neuropathic pain after two operations") plans that one,
    /// not the surgery, unless the surgery is joined to it by a coordinator, at most five words
    /// after it and no comma or `;` between ("candidate for an SCS trial or a revision fusion"). A
    /// note's plan section plans every surgery it names.
    static func tellsPlan(of surgery: Mention, among procedures: [Mention], isSurgery: (TermID) -> Bool, _ analysis: CaseAnalysis)
        -> Bool
    {
        let sentence = surgery.sentence
        guard tellsPlan(sentence, analysis) else { return false }
        let (text, cues) = (analysis.text, analysis.index.cues)
        let candidacies = cues.set(.candidacyLeads).hits(in: text, sentence: sentence).filter { !$0.negated }
        guard !candidacies.isEmpty, !analysis.isPlanSection(sentence) else { return true }
        func joined(_ from: Int, _ to: Int) -> Bool {
            to > from && to - from <= 6 && !((from + 1)...to).contains { text.tokens[$0].commaBefore || text.tokens[$0].semicolonBefore }
                && (from + 1..<to).contains {
                    cues.coordinators.indices.contains(Int(text.tokens[$0].id)) && cues.coordinators[Int(text.tokens[$0].id)]
                }
        }
        // The candidacies aimed at a procedure that is no surgery, and not at this surgery.
        let elsewhere = candidacies.filter { candidacy in
            guard
                let aim = procedures.first(where: {
                    $0.sentence == sentence && $0.first > candidacy.last && $0.first - candidacy.last <= 3
                })
            else { return false }
            return !isSurgery(aim.term.id) && aim.first != surgery.first && !joined(aim.last, surgery.first)
        }
        guard !elsewhere.isEmpty else { return true }
        let plans = cues.set(.plan).hits(in: text, sentence: sentence)
        let leads = cues.set(.planPastLeads).hits(in: text, sentence: sentence)
        return plans.contains { plan in
            !leads.contains { $0.last + 1 == plan.first }
                && !elsewhere.contains { $0.first <= plan.last && plan.first <= $0.last }
        }
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
