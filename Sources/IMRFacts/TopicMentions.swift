import IMRVocabulary

/// A `topic` entry of the cue data, ready to match: a fact, its words, whether they count only in
/// the requested region's sentences, and the set their sentence must also hold (`with SET`).
struct Topic: Sendable {
    let fact: String
    let words: CueSet
    let scopedToRegion: Bool
    let context: CueSet?
}

/// The topic words a summary writes, read when a request's facts are asked for a mention
/// (``IMRVocabulary/FactSet/mention(of:)``): each topic is matched in the summary once, the first
/// time one of its facts is asked for, and only then; a run that asks for none reads none.
///
/// A word counts only where the summary asserts: not in a question, a condition, an alternative not
/// chosen or options weighed (their words are read as no words, ``CaseText``), not in a sentence of
/// the plan (``CaseAnalysis/isPlanOnly(_:)``), not in one restating the request or its review
/// (``CaseAnalysis/isReviewSentence(_:)``), and not in one that says the record lacks something (a
/// denied `documentation_absent` word: "no documentation of functional improvement"), which tells
/// the silence rather than breaking it. A topic read `with` a set counts only in a sentence that
/// holds one of its phrases (not denied); a topic scoped to the region only in a sentence about a
/// region the request names, or none (``CaseAnalysis/isAbout(regions:sentence:)``).
final class TopicMentions: TopicMentionSource, @unchecked Sendable {
    private let analysis: CaseAnalysis
    private let lock = MemoLock()
    /// Per topic of the cue book asked for, by position: the mentions that count, each with its
    /// sentence (for a topic not scoped to the region, the first only). Empty (nothing allocated)
    /// until a topic is asked for.
    @exclusivity(unchecked) private var found: [Int: [(sentence: Int, mention: TopicMention)]] = [:]

    init(_ analysis: CaseAnalysis) {
        self.analysis = analysis
    }

    func mention(of fact: String, for facts: FactSet) -> TopicMention? {
        guard facts.value(fact) == nil, let position = analysis.index.cues.topicPositions[fact] else { return nil }
        let mentions = counted(position)
        guard analysis.index.cues.topics[position].scopedToRegion else { return mentions.first?.mention }
        let regions = analysis.requestedRegions(facts)
        return mentions.first { analysis.isAbout(regions: regions, sentence: $0.sentence) }?.mention
    }

    func mentions(for facts: FactSet) -> [TopicMention] {
        analysis.index.cues.topics.compactMap { mention(of: $0.fact, for: facts) }
    }

    /// The mentions of topic `position` that count, found the first time (outside the lock: the
    /// lock guards only the memo).
    private func counted(_ position: Int) -> [(sentence: Int, mention: TopicMention)] {
        lock.lock()
        if let known = found[position] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let read = Self.read(analysis.index.cues.topics[position], analysis)
        lock.lock()
        found[position] = read
        lock.unlock()
        return read
    }

    /// The mentions of `topic` in `analysis`'s summary that count, in text order (the first only
    /// for a topic not scoped to the region).
    private static func read(_ topic: Topic, _ analysis: CaseAnalysis) -> [(sentence: Int, mention: TopicMention)] {
        let text = analysis.text
        let hits = topic.words.hits(in: text)
        guard !hits.isEmpty else { return [] }
        let absence = analysis.index.cues.set(.documentationAbsent)
        func asserts(_ sentence: Int) -> Bool {
            !analysis.isReviewSentence(sentence) && !analysis.isPlanOnly(sentence)
                && !absence.hits(in: text, sentence: sentence).contains(where: \.negated)
        }
        let context = topic.context.map { set in Set(set.hits(in: text).lazy.filter { !$0.negated }.map(\.sentence)) }
        var asked: [Int: Bool] = [:]
        let counting = hits.lazy.filter { hit in
            if context?.contains(hit.sentence) == false { return false }
            if let known = asked[hit.sentence] { return known }
            let counts = asserts(hit.sentence)
            asked[hit.sentence] = counts
            return counts
        }
        let kept = topic.scopedToRegion ? Array(counting) : counting.first.map { [$0] } ?? []
        return kept.map { hit in
            let start = text.tokens[hit.first].start
            let words = String(decoding: text.bytes[start..<text.tokens[hit.last].end], as: UTF8.self)
            // The paragraph: the summary's line breaks before the words.
            let paragraph = 1 + text.bytes[..<start].lazy.filter { $0 == 10 }.count
            return (hit.sentence, TopicMention(fact: topic.fact, words: words, paragraph: paragraph, evidence: text.evidence(hit.sentence)))
        }
    }
}
