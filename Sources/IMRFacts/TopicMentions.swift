import IMRVocabulary

/// A `topic` entry of the cue data, ready to match: a fact, its words, whether they count only in
/// the requested region's sentences, and the set their sentence must also hold (`with SET`).
struct Topic: Sendable {
    let fact: String
    let words: CueSet
    let scopedToRegion: Bool
    let context: CueSet?
}

/// A topic's words that a summary writes where they count as a mention, found once per summary
/// (``TopicMentions/hits(_:)``), each as its mention with the sentence it stands in: for a topic
/// not scoped to the region, the first only.
struct TopicHits: Sendable {
    let fact: String
    let scopedToRegion: Bool
    let mentions: [(sentence: Int, mention: TopicMention)]
}

/// The first word of each fact's topic that a summary writes, for the facts a request leaves not
/// documented: what the summary said of a topic that no reader understood (``FactSet/mentions``).
/// The summary is searched once (``hits(_:)``); each request picks its mentions (``unread(_:in:_:)``).
///
/// A word counts only where the summary asserts: not in a question, a condition, an alternative not
/// chosen or options weighed (their words are read as no words, ``CaseText``), not in a sentence of
/// the plan (``CaseAnalysis/isPlanOnly(_:)``), not in one restating the request or its review
/// (``CaseAnalysis/isReviewSentence(_:)``), and not in one that says the record lacks something (a
/// denied `documentation_absent` word: "no documentation of functional improvement"), which tells
/// the silence rather than breaking it. A topic read `with` a set counts only in a sentence that
/// holds one of its phrases; a topic scoped to the region only in a sentence about a requested
/// region or none (``CaseAnalysis/isAbout(regions:sentence:)``).
enum TopicMentions {
    /// Every topic's mentions in `analysis`'s summary that may count, in the order of the topics'
    /// facts (topics without any left out).
    static func hits(_ analysis: CaseAnalysis) -> [TopicHits] {
        let topics = analysis.index.cues.topics
        guard !topics.isEmpty else { return [] }
        let text = analysis.text
        // Per sentence: 0 not asked yet, 1 a topic word counts there, 2 it does not.
        var counts = [UInt8](repeating: 0, count: text.sentences.count)
        let absence = analysis.index.cues.set(.documentationAbsent)
        func counted(_ sentence: Int) -> Bool {
            if counts[sentence] == 0 {
                let asserts =
                    !analysis.isReviewSentence(sentence) && !analysis.isPlanOnly(sentence)
                    && !absence.hits(in: text, sentence: sentence).contains(where: \.negated)
                counts[sentence] = asserts ? 1 : 2
            }
            return counts[sentence] == 1
        }
        // The paragraph of a byte offset: the summary's line breaks, found once.
        var breaks: [Int]?
        func paragraph(_ offset: Int) -> Int {
            if breaks == nil { breaks = text.bytes.indices.filter { text.bytes[$0] == 10 } }
            let found: [Int] = breaks ?? []
            return 1 + found.partitioningIndex(where: { $0 >= offset })
        }
        func mention(_ fact: String, _ hit: CueHit) -> (sentence: Int, mention: TopicMention) {
            let start = text.tokens[hit.first].start
            let words = String(decoding: text.bytes[start..<text.tokens[hit.last].end], as: UTF8.self)
            return (hit.sentence, TopicMention(fact: fact, words: words, paragraph: paragraph(start), evidence: text.evidence(hit.sentence)))
        }
        var found: [TopicHits] = []
        for topic in topics {
            let hits = topic.words.hits(in: text)
            guard !hits.isEmpty else { continue }
            let context = topic.context.map { set in Set(set.hits(in: text).lazy.filter { !$0.negated }.map(\.sentence)) }
            let counting = hits.lazy.filter { counted($0.sentence) && context?.contains($0.sentence) != false }
            let kept = topic.scopedToRegion ? Array(counting) : counting.first.map { [$0] } ?? []
            if !kept.isEmpty {
                found.append(TopicHits(fact: topic.fact, scopedToRegion: topic.scopedToRegion, mentions: kept.map { mention(topic.fact, $0) }))
            }
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
            if topic.scopedToRegion {
                let requested = regions ?? analysis.requestedRegions(facts)
                regions = requested
                if let first = topic.mentions.first(where: { analysis.isAbout(regions: requested, sentence: $0.sentence) }) {
                    mentions.append(first.mention)
                }
            } else if let first = topic.mentions.first {
                mentions.append(first.mention)
            }
        }
        return mentions
    }
}
