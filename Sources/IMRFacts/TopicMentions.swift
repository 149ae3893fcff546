import IMRVocabulary

/// The words of a fact's topic (a `topic` entry of the cue data) that a summary writes where they
/// may count as a mention, found once per summary (``TopicMentions/hits(_:)``).
struct TopicHits: Sendable {
    /// The fact whose topic the words are.
    let fact: String
    /// Whether the words count only in a sentence about the requested region or none (`scope region`).
    let scopedToRegion: Bool
    /// The hits that may count, in text order.
    let hits: [CueHit]
}

/// The first word of each fact's topic that a summary writes, for the facts a request leaves not
/// documented: what the summary said of a topic that no reader understood (``FactSet/mentions``).
/// The summary is searched once (``hits(_:)``); each request picks its mentions from the hits.
///
/// A word counts only where the summary asserts: not in a question, a condition, an alternative not
/// chosen or options weighed (their words are read as no words, ``CaseText``), not in a sentence of
/// the plan (``CaseAnalysis/isPlanOnly(_:)``), not in one restating the request or its review
/// (``CaseAnalysis/isReviewSentence(_:)``), and not in one that says the record lacks something (a
/// denied `documentation_absent` word: "no documentation of functional improvement"), which tells
/// the silence rather than breaking it. A topic scoped to the region counts only in a sentence
/// about a requested region or none (``CaseAnalysis/isAbout(regions:sentence:)``).
enum TopicMentions {
    /// Every topic's hits in `analysis`'s summary that may count, in the order of the topics' facts
    /// (topics without any left out).
    static func hits(_ analysis: CaseAnalysis) -> [TopicHits] {
        let topics = analysis.index.cues.topics
        guard !topics.isEmpty else { return [] }
        let text = analysis.text
        var lacking: [Int: Bool] = [:]
        func tellsAbsence(_ sentence: Int) -> Bool {
            if let known = lacking[sentence] { return known }
            let found = analysis.index.cues.set(.documentationAbsent).hits(in: text, sentence: sentence).contains(where: \.negated)
            lacking[sentence] = found
            return found
        }
        var found: [TopicHits] = []
        for (fact, cues, scoped) in topics {
            let hits = cues.hits(in: text).filter { hit in
                !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanOnly(hit.sentence) && !tellsAbsence(hit.sentence)
            }
            if !hits.isEmpty { found.append(TopicHits(fact: fact, scopedToRegion: scoped, hits: scoped ? hits : [hits[0]])) }
        }
        return found
    }

    /// The first mention of each topic of `topics` whose fact `facts` leaves not documented, in the
    /// topics' order: for a topic scoped to the region, the first in a sentence about a region
    /// `facts` requests or none.
    static func unread(_ topics: [TopicHits], in facts: FactSet, _ analysis: CaseAnalysis) -> [TopicMention] {
        var regions: TermSet?
        var mentions: [TopicMention] = []
        for topic in topics where facts.value(topic.fact) == nil {
            let first: CueHit?
            if topic.scopedToRegion {
                let requested = regions ?? analysis.requestedRegions(facts)
                regions = requested
                first = topic.hits.first { analysis.isAbout(regions: requested, sentence: $0.sentence) }
            } else {
                first = topic.hits.first
            }
            guard let hit = first else { continue }
            let text = analysis.text
            let start = text.tokens[hit.first].start
            let words = String(decoding: text.bytes[start..<text.tokens[hit.last].end], as: UTF8.self)
            let paragraph = 1 + text.bytes[..<start].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            mentions.append(TopicMention(fact: topic.fact, words: words, paragraph: paragraph, evidence: text.evidence(hit.sentence)))
        }
        return mentions
    }
}
