import IMRVocabulary

/// `trigger_point_signs`: trigger points as the CPMTG defines myofascial pain syndrome for trigger
/// point injections (CPMTG 2009 p. 122: "documentation of circumscribed trigger points with evidence
/// upon palpation of a twitch response as well as referred pain"). Three classes of words, data in
/// `Rules/lexicon/procedures.cues`: a twitch response (`trigger_point_twitch`: "twitch", "LTR"), a
/// referred pain (`trigger_point_referral`: "referred", "refers", "reproduces pain ..."), and the
/// point or its palpation (`trigger_point_sites`: "taut band", "TrPs", "pressing").
///
/// True when a twitch and a referral, neither negated, are told in one sentence, or in two in a row
/// of which one names a site ("... trigger points with twitch responses. Compression of each refers
/// pain down the lateral thigh."); false when a twitch or a referral is stated absent ("no twitch
/// response", "pressing does not refer pain elsewhere"), which wins. Sentences of the review or of
/// the plan are not the exam. A diagnosis of myofascial pain, tenderness, or a trigger point alone
/// tells neither.
enum TriggerPointSigns {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        func exam(_ hit: CueHit) -> Bool { !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanSection(hit.sentence) }
        let twitches = cues.set(.triggerPointTwitch).hits(in: text).filter(exam)
        guard !twitches.isEmpty else { return }
        let referrals = cues.set(.triggerPointReferral).hits(in: text).filter(exam)
        if let absent = (twitches + referrals).first(where: \.negated) {
            builder.bool(.triggerPointSigns, false, [text.evidence(absent.sentence)])
            return
        }
        let sites = Set(cues.set(.triggerPointSites).hits(in: text).filter { !$0.negated }.map(\.sentence))
        for twitch in twitches {
            let together = referrals.first { referral in
                referral.sentence == twitch.sentence
                    || (abs(referral.sentence - twitch.sentence) == 1
                        && (sites.contains(twitch.sentence) || sites.contains(referral.sentence)))
            }
            if let referral = together {
                let sentences = Set([twitch.sentence, referral.sentence]).sorted()
                builder.bool(.triggerPointSigns, true, sentences.map { text.evidence($0) })
                return
            }
        }
    }
}
