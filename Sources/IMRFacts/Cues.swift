/// A cue phrase found in a sentence, with its label and whether its clause negates it.
struct CueHit: Sendable {
    var label: String
    var sentence: Int
    var first: Int
    var last: Int
    var negated: Bool
}

/// A set of cue phrases (not lexicon terms: the wording of the summary) with labels.
struct CueSet: Sendable {
    let matcher: PhraseMatcher<String>

    /// `phrases` maps a label to the phrases that signal it.
    init(_ phrases: [String: [String]]) {
        matcher = PhraseMatcher(phrases.flatMap { label, list in list.map { ($0, label) } }.sorted { $0.0 < $1.0 })
    }

    /// Every hit in `text`, in text order.
    func hits(in text: CaseText) -> [CueHit] {
        let negation = NegationDetector()
        var found: [CueHit] = []
        for match in matcher.matches(in: text.tokens, positions: text.positions) {
            guard let sentence = text.sentence(ofToken: match.first), text.sentences[sentence].tokens.contains(match.last) else { continue }
            found.append(
                CueHit(
                    label: match.payload, sentence: sentence, first: match.first, last: match.last,
                    negated: negation.isNegated(match.first, match.last, in: text, sentence: sentence)))
        }
        return found
    }

    /// The hits in sentence `sentence`.
    func hits(in text: CaseText, sentence: Int) -> [CueHit] {
        let negation = NegationDetector()
        return matcher.matches(in: text.tokens(of: sentence)).map {
            CueHit(
                label: $0.payload, sentence: sentence, first: $0.first, last: $0.last,
                negated: negation.isNegated($0.first, $0.last, in: text, sentence: sentence))
        }
    }

    /// The first hit in sentence `sentence`.
    func first(in text: CaseText, sentence: Int) -> CueHit? {
        matcher.matches(in: text.tokens(of: sentence)).first.map {
            CueHit(label: $0.payload, sentence: sentence, first: $0.first, last: $0.last, negated: false)
        }
    }
}

/// The cue phrases of the fact families, in one place so `docs/facts.md` can list them.
enum Cues {
    static let review = CueSet([
        "review": [
            "request for", "requested", "non certified", "noncertified", "not certified", "utilization review",
            "ur", "denied by", "modified by", "was modified", "the request", "requests for", "is requesting",
        ]
    ])
    static let past = CueSet([
        "past": [
            "status post", "s p", "underwent", "history of", "prior", "previous", "previously", "performed",
            "had", "has had", "completed", "post operative", "postoperative", "following", "after", "since",
        ]
    ])
    static let plan = CueSet([
        "plan": [
            "recommended", "recommend", "authorized", "scheduled", "planned", "candidate", "pending", "awaiting",
            "certified", "approved", "considering", "consider", "referred", "referral", "scheduling", "schedule",
            "plan", "proposed", "requested", "requesting",
        ]
    ])
    static let current = CueSet([
        "current": [
            "current", "currently", "taking", "takes", "using", "uses", "medications", "medication", "prescribed",
            "continue", "continues", "continued", "refill", "refilled", "on", "is on", "remains on", "since",
            "regimen", "meds",
        ],
        "stopped": ["discontinued", "stopped", "allergic", "allergy", "allergies", "intolerant", "intolerance"],
    ])
    /// Words that put a drug in the plan of a visit (prescribed or requested now).
    static let planned = CueSet([
        "plan": [
            "treatment plan", "plan included", "plan includes", "was prescribed", "were prescribed", "prescribed at",
            "requested", "request for", "recommended", "will start", "to start", "was dispensed", "were dispensed",
        ]
    ])
    /// Words that say a drug is being taken already.
    static let continuing = CueSet([
        "continuing": [
            "continue", "continued", "continues", "continuing", "refill", "refilled", "refills", "since", "ongoing", "taking",
            "takes", "has been", "have been", "had been", "remains on", "current medications", "currently", "chronic",
        ]
    ])

    /// Whether `sentence` names drugs only as part of the plan, without saying they are taken already.
    static func isPlanOnly(_ text: CaseText, sentence: Int) -> Bool {
        !planned.hits(in: text, sentence: sentence).isEmpty && continuing.hits(in: text, sentence: sentence).isEmpty
    }

    static let starting = CueSet([
        "start": ["start", "started today", "trial", "initiate", "initiated", "begin", "new prescription", "dispensed"]
    ])
}
