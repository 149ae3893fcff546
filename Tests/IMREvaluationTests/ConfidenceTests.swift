import IMREvaluation
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

/// A prediction's confidence: tentative when its deciding criterion is not documented while the
/// summary mentions its fact's topic and reading it could change the rule's outcome, or when an
/// Upheld needs a fact so mentioned; firm otherwise. The outcome never changes.
@Suite struct ConfidenceTests {
    static let rules = """
        rule opioids.continue
          title "Continue opioids"
          status active
          cite "MTUS Chronic Pain Medical Treatment Guidelines 2009" section "Opioids" pages "80"
          applies procedure in [mri]
          when pain_scores and (functional_improvement or returned_to_work)
          then overturned
          else upheld
          needs "A signed agreement." about opioid_agreement
        """

    static func mention(_ fact: String, _ words: String) -> TopicMention {
        TopicMention(fact: fact, words: words, paragraph: 1, evidence: Evidence(source: .summary, sentence: words + ".", start: 0, end: 1))
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var facts: [(String, Bool)]
        var mentioned: [String]
        var outcome: PredictedOutcome
        var tentative: [String]
        var testDescription: String { name }
    }

    static let table: [Row] = [
        Row(
            name: "silent function and work, both mentioned: the undocumented branch rests on them", facts: [("pain_scores", true)],
            mentioned: ["functional_improvement", "returned_to_work"], outcome: .upheld,
            tentative: ["functional_improvement", "returned_to_work"]),
        Row(name: "silent and never mentioned: firm", facts: [("pain_scores", true)], mentioned: [], outcome: .upheld, tentative: []),
        Row(
            name: "the silent fact's sibling decides the or: firm", facts: [("pain_scores", true), ("returned_to_work", true)],
            mentioned: ["functional_improvement"], outcome: .overturned, tentative: []),
        Row(
            name: "an unmet criterion decides the and whatever the silent one reads: firm",
            facts: [("pain_scores", false), ("returned_to_work", true), ("opioid_agreement", true)], mentioned: ["functional_improvement"],
            outcome: .upheld, tentative: []),
        Row(
            name: "an Upheld needs a silent fact the summary mentions", facts: [("pain_scores", false)], mentioned: ["opioid_agreement"],
            outcome: .upheld, tentative: ["opioid_agreement"]),
        Row(
            name: "a mention of a documented fact is not read",
            facts: [("pain_scores", true), ("functional_improvement", false), ("returned_to_work", false)],
            mentioned: ["returned_to_work"], outcome: .upheld, tentative: []),
    ]

    @Test(arguments: table)
    func theConfidenceRestsOnTheMentionsThatCouldChangeTheOutcome(_ row: Row) {
        let engine = Engine(ruleSet: ruleSet(Self.rules), lexicon: testLexicon)
        var facts = FactSet([Fact(name: "procedure", value: .term("mri"))] + row.facts.map { Fact(name: $0.0, value: .bool($0.1)) })
        facts.mentions = row.mentioned.map { Self.mention($0, "words of \($0)") }
        let prediction = engine.evaluate(facts)
        #expect(prediction.outcome == row.outcome)
        #expect(prediction.confidence == (row.tentative.isEmpty ? .firm : .tentative))
        #expect(prediction.unreadMentions.map(\.fact) == row.tentative)
    }

    @Test func theTraceMarksASilentCriterionWhoseTopicIsMentioned() {
        let engine = Engine(ruleSet: ruleSet(Self.rules), lexicon: testLexicon)
        var facts = FactSet([Fact(name: "procedure", value: .term("mri")), Fact(name: "pain_scores", value: .bool(true))])
        facts.mentions = [Self.mention("returned_to_work", "light duty")]
        let criteria = engine.evaluate(facts).criteria
        #expect(criteria.map(\.isMentioned) == [false, false, true])
        #expect(criteria.last?.facts.first?.mention?.words == "light duty")
        #expect(criteria[1].status == .notDocumented)
    }
}
