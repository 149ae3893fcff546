import IMRLetters

/// Facts that the procedure and service rules need beyond the standard families: whether the
/// conservative care a special study or a surgery waits for was done or is only planned, joint
/// findings and red flags of a limb, the response to a diagnostic block, the surgery a service
/// goes with, and the duration a request asks for.
///
/// Cue wording lives here until cue phrases move to data under `Rules/`.
enum ProcedureFacts {
    static let definitions: [FactDefinition] = [
        .init(
            "conservative_care_given", .bool, .case,
            "conservative care (therapy, chiropractic, acupuncture, home exercise, splinting) is documented as given; false when it is named only as planned, authorized or pending"
        ),
        .init(
            "mechanical_signs", .bool, .case,
            "mechanical or instability signs of a joint: locking, catching, giving way, effusion, McMurray, Lachman, drawer, apprehension, inability to bear weight"
        ),
        .init(
            "limb_red_flags", .bool, .case,
            "red flags of the requested limb (in a sentence naming it or no region): suspected or acute fracture, dislocation, infection, tumour, neurovascular compromise, inability to bear weight, bony tenderness"
        ),
        .init(
            "diagnostic_block_positive", .bool, .case,
            "a diagnostic medial branch or facet block gave relief; false when it gave none"
        ),
        .init(
            "index_surgery", .terms(vocabulary: "procedure"), .request,
            "the surgery a service goes with: the procedures of the letter's surgical item, else surgeries of the requested region the summary names as done or planned"
        ),
        .init(
            "injection_given", .bool, .case,
            "a corticosteroid or anesthetic injection of the requested region was given; false when one is only planned"
        ),
        .init(
            "cannot_self_transport", .bool, .case,
            "the worker cannot drive or use public transport (false when the summary says the worker drives)"
        ),
        .init("duration_requested", .days, .request, "the duration the request asks for (\"7 day rental\", \"x 4 weeks\")"),
    ]

    /// Conservative treatments a special study or a surgery waits for.
    static let conservativeTreatment = CueSet([
        "yes": [
            "physical therapy", "physiotherapy", "occupational therapy", "hand therapy", "chiropractic", "chiropractic care",
            "acupuncture", "home exercise", "home exercise program", "therapy sessions", "splinting", "bracing",
        ],
        // "PT" for physical therapy; a lower-case "pt" is as often the patient.
        "pt": ["pt"],
    ])
    /// Words that say a treatment has not been done yet.
    static let notYet = CueSet([
        "pending": [
            "not yet", "has not started", "have not started", "had not started", "not started", "yet to", "has not begun",
            "not begun", "has not attended", "not attended", "awaiting", "pending", "will start", "will begin", "scheduled to",
            "is scheduled", "was scheduled", "to start", "to begin", "not been done", "not been tried",
        ]
    ])
    /// Words that put a treatment in the plan.
    static let planned = CueSet([
        "plan": [
            "authorized", "certified", "approved", "recommended", "recommend", "requested", "request", "ordered", "referred",
            "referral", "prescribed", "plan", "planned", "will", "would", "should",
        ]
    ])
    /// Words that say a treatment was done.
    static let done = CueSet([
        "done": [
            "completed", "attended", "has had", "had", "underwent", "undergone", "tried", "failed", "despite", "participated",
            "received", "previous", "previously", "prior", "history of", "status post", "helped", "no relief", "relief", "benefit",
            "improvement", "ongoing", "currently", "continues", "continued", "treated with", "treatment with", "sessions of",
            "course of", "without", "has been doing", "was doing", "is doing", "doing", "with no",
        ]
    ])

    static let mechanical = CueSet([
        "yes": [
            "locking", "locks", "locked", "catching", "catches", "giving way", "gives way", "give way", "gave way", "giving out",
            "gives out", "buckling", "buckles", "instability", "unstable", "laxity", "effusion", "effusions", "mcmurray",
            "positive mcmurray", "lachman", "positive lachman", "anterior drawer", "posterior drawer", "pivot shift", "apprehension",
            "positive apprehension", "relocation test", "joint line tenderness", "unable to bear weight", "inability to bear weight",
            "cannot bear weight", "clicking", "popping", "mechanical symptoms", "subluxation", "subluxes", "subluxing",
        ]
    ])
    static let limbRedFlags = CueSet([
        "yes": [
            "fracture", "fractures", "fractured", "rule out fracture", "suspected fracture", "occult fracture", "stress fracture",
            "dislocation", "dislocated", "infection", "infected", "septic", "osteomyelitis", "tumor", "tumour", "soft tissue mass",
            "malignancy", "neurovascular compromise", "vascular compromise", "compartment syndrome", "avascular necrosis",
            "osteonecrosis", "unable to bear weight", "inability to bear weight", "cannot bear weight", "bony tenderness",
            "point tenderness", "red flag", "red flags", "deformity", "progressive weakness",
        ]
    ])
    /// Past or healed findings are history, not a red flag now.
    static let history = CueSet([
        "past": ["history of", "status post", "s p", "healed", "old", "prior", "previous", "previously", "remote", "years ago"]
    ])

    static let injection = CueSet([
        "yes": [
            "injection", "injections", "cortisone injection", "cortisone injections", "steroid injection", "steroid injections",
            "corticosteroid injection", "corticosteroid injections", "cortisone shot", "cortisone shots", "subacromial injection",
            "intra articular injection", "injected",
        ]
    ])

    static let selfTransport = CueSet([
        "yes": [
            "unable to drive", "cannot drive", "can not drive", "not able to drive", "unable to use public transportation",
            "cannot use public transportation", "no means of transportation", "no transportation", "not cleared to drive",
            "restricted from driving", "should not drive", "does not drive",
        ],
        "no": ["drives himself", "drives herself", "drove himself", "drove herself", "is able to drive", "able to drive", "drove to"],
    ])

    static let diagnosticBlock = CueSet([
        "block": [
            "medial branch block", "medial branch blocks", "mbb", "mbbs", "facet block", "facet blocks", "diagnostic block",
            "diagnostic blocks", "facet injection", "facet injections", "facet joint injection", "facet joint injections",
            "medial branch nerve block", "medial branch nerve blocks",
        ]
    ])
    static let blockResponse = CueSet([
        "yes": [
            "relief", "improvement", "positive", "concordant", "response", "responded", "helped", "benefit", "reduction",
            "decreased pain", "pain decreased",
        ],
        "no": [
            "no relief", "without relief", "negative", "failed", "did not help", "no benefit", "no improvement", "minimal relief",
            "non diagnostic", "nondiagnostic", "equivocal", "not helpful",
        ],
    ])

    /// The request-independent facts.
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let text = analysis.text
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }

        // Conservative care done, or only planned.
        var doneSentences: [Int] = []
        var pendingSentences: [Int] = []
        for hit in conservativeTreatment.hits(in: text) where !hit.negated {
            if hit.label == "pt" && !isUpperCasePT(text, token: hit.first) { continue }
            let sentence = hit.sentence
            if doneSentences.contains(sentence) || pendingSentences.contains(sentence) { continue }
            // What a review requested or decided is a plan, never a treatment given.
            if review(sentence) || !notYet.hits(in: text, sentence: sentence).isEmpty {
                pendingSentences.append(sentence)
            } else if !done.hits(in: text, sentence: sentence).isEmpty {
                doneSentences.append(sentence)
            } else if !planned.hits(in: text, sentence: sentence).isEmpty {
                pendingSentences.append(sentence)
            } else {
                // A treatment named in the history without a plan word was given.
                doneSentences.append(sentence)
            }
        }
        if !doneSentences.isEmpty {
            builder.bool("conservative_care_given", true, doneSentences.prefix(2).map(text.evidence))
        } else if !pendingSentences.isEmpty {
            builder.bool("conservative_care_given", false, pendingSentences.prefix(2).map(text.evidence))
        }

        if let (value, evidence) = decide(mechanical.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("mechanical_signs", value, evidence)
        }
        if let (value, evidence) = decide(selfTransport.hits(in: text), in: text, .positiveWins, skip: review) {
            builder.bool("cannot_self_transport", value, evidence)
        }

        // The response to a diagnostic facet block: a response word in a sentence naming the block.
        var responses: [CueHit] = []
        for sentence in Set(diagnosticBlock.hits(in: text).filter { !$0.negated }.map(\.sentence)).sorted() {
            responses += blockResponse.hits(in: text, sentence: sentence)
        }
        if let (value, evidence) = decide(responses, in: text, .positiveWins) {
            builder.bool("diagnostic_block_positive", value, evidence)
        }
    }

    /// The facts that depend on the request: the surgery named in the summary for the requested
    /// region, and the duration the request asks for.
    static func read(_ analysis: CaseAnalysis, request: RequestedItem, requestFacts: FactSet, into builder: inout FactBuilder) {
        let text = analysis.text
        let index = analysis.index
        var regions: Set<String> = []
        if case .terms(let list)? = requestFacts["body_regions"]?.value { regions = Set(list) }
        let review = { (sentence: Int) in analysis.isReviewSentence(sentence) }

        // Limb red flags now (neither negated nor history), in a sentence about a requested region
        // or about no region: a finger fracture is no red flag for the knee.
        func aboutRequest(_ sentence: Int) -> Bool {
            let named = analysis.mentions.filter { $0.sentence == sentence && $0.term.vocabulary == "body_region" }
            return named.isEmpty || regions.isEmpty
                || named.contains { mention in
                    !index.ancestors(of: mention.term.id, in: "body_region").isDisjoint(with: regions)
                        || regions.contains { index.ancestors(of: $0, in: "body_region").contains(mention.term.id) }
                }
        }
        // An injection of the requested region, given or only planned.
        var injected: [Int] = []
        var injectionPlanned: [Int] = []
        for hit in injection.hits(in: text) where !hit.negated && aboutRequest(hit.sentence) {
            let sentence = hit.sentence
            if injected.contains(sentence) || injectionPlanned.contains(sentence) { continue }
            if !notYet.hits(in: text, sentence: sentence).isEmpty {
                injectionPlanned.append(sentence)
            } else if !done.hits(in: text, sentence: sentence).isEmpty {
                injected.append(sentence)
            } else if !planned.hits(in: text, sentence: sentence).isEmpty || review(sentence) {
                injectionPlanned.append(sentence)
            } else {
                injected.append(sentence)
            }
        }
        if let first = injected.first {
            builder.bool("injection_given", true, [text.evidence(first)])
        } else if let first = injectionPlanned.first {
            builder.bool("injection_given", false, [text.evidence(first)])
        }

        let flags = limbRedFlags.hits(in: text).filter { !review($0.sentence) && aboutRequest($0.sentence) }
        let current = flags.filter { !$0.negated && history.hits(in: text, sentence: $0.sentence).isEmpty }
        if let first = current.first {
            builder.bool("limb_red_flags", true, [text.evidence(first.sentence)])
        } else if let negated = flags.first(where: \.negated) {
            builder.bool("limb_red_flags", false, [text.evidence(negated.sentence)])
        }
        // The surgery of the requested region the summary names as done or planned.
        var surgeries: Set<String> = []
        var evidence: [Int] = []
        for mention in analysis.mentions(of: "procedure") where !mention.negated {
            guard index.category(ofProcedure: mention.term.id) == "surgery", mention.term.id != "assistant_surgeon" else { continue }
            let named = analysis.mentions.filter { $0.sentence == mention.sentence && $0.term.vocabulary == "body_region" }
            let inRegion = regions.isEmpty || named.isEmpty || named.contains { regions.contains($0.term.id) }
            let timed =
                !Cues.past.hits(in: text, sentence: mention.sentence).isEmpty
                || !Cues.plan.hits(in: text, sentence: mention.sentence).isEmpty
            guard inRegion, timed else { continue }
            surgeries.insert(mention.term.id)
            if !evidence.contains(mention.sentence) { evidence.append(mention.sentence) }
        }
        if !surgeries.isEmpty {
            builder.set("index_surgery", .terms(surgeries.sorted()), evidence.prefix(2).map(text.evidence))
        }
        if let days = durationDays(phraseWords(request.request)) {
            let evidence = Evidence(source: .request, sentence: request.request, start: 0, end: request.request.utf8.count)
            builder.set("duration_requested", .days(days), [evidence])
        }
    }

    /// Whether token `token` is written "PT" (physical therapy), not "pt" or "Pt" (patient).
    static func isUpperCasePT(_ text: CaseText, token: Int) -> Bool {
        let start = text.tokens[token].start
        return start + 1 < text.bytes.count && text.bytes[start] == 80 && text.bytes[start + 1] == 84
    }

    /// "7 day rental", "x 14 days", "for 2 weeks", "one month": the first count before a unit of time
    /// (words between are not allowed, so "6 visits over 2 weeks" reads 2 weeks).
    static func durationDays(_ words: [String]) -> Int? {
        for (position, word) in words.enumerated() where position >= 1 {
            let unit: Int?
            switch word {
            case "day", "days": unit = 1
            case "week", "weeks", "wk", "wks": unit = 7
            case "month", "months", "mo": unit = 30
            default: unit = nil
            }
            guard let unit, let count = countValue(words[position - 1]), count > 0, count < 400 else { continue }
            return count * unit
        }
        return nil
    }
}
