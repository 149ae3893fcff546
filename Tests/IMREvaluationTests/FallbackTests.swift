import IMRCore
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

@testable import IMREvaluation

/// A guideline rule, a practice rule and the fallback: each prediction says what it rests on.
private let rules = """
    topic "t"
    rule g.baclofen
      title "Baclofen for spasticity"
      status active
      cite "MTUS Chronic Pain Medical Treatment Guidelines 2009" section "Muscle relaxants"
      priority 50
      applies drug in [baclofen]
      when diagnoses any [multiple_sclerosis]
      then overturned
      else next
    rule p.remaining
      title "Remaining portion"
      status active
      basis practice
      cite "IMR practice"
      priority 90
      applies drug in [tizanidine]
      then upheld
    rule f.none
      title "No guideline support documented"
      status active
      basis fallback
      cite "8 CCR 9792.21.1"
      applies documented drug or documented procedure
      then upheld
    """

@Test func predictionsCarryTheBasisOfTheDecidingRule() {
    let engine = Engine(ruleSet: ruleSet(rules), lexicon: testLexicon)
    func predict(_ facts: [Fact]) -> Prediction {
        var set = FactSet()
        for fact in facts { set.insert(fact) }
        return engine.evaluate(set)
    }
    let guideline = predict([fact("drug", .term("baclofen")), fact("diagnoses", .terms(["multiple_sclerosis"]))])
    #expect(guideline.outcome == .overturned && guideline.basis == .guideline && guideline.ruleLabel == "g.baclofen")

    // The guideline rule passes on; the fallback decides and is labelled so.
    let fallback = predict([fact("drug", .term("baclofen")), fact("diagnoses", .terms(["lumbar_strain"]))])
    #expect(fallback.outcome == .upheld && fallback.rule == "f.none" && fallback.isFallback)
    #expect(fallback.ruleLabel == "f.none [fallback]")

    let practice = predict([fact("drug", .term("tizanidine"))])
    #expect(practice.basis == .practice && practice.ruleLabel == "p.remaining [IMR practice]" && !practice.isFallback)

    // A request that names no drug and no procedure is not read: the engine abstains.
    let unread = predict([fact("category", .term("medication"))])
    #expect(unread.outcome == .abstain && unread.basis == nil && unread.ruleLabel == nil)
}

@Test func aBasisOutsideTheListIsASyntaxError() {
    let text = """
        topic "t"
        rule r.one
          title "one"
          status active
          basis guidance
          cite "G"
          applies drug in [baclofen]
          then upheld
        """
    let diagnostics = RuleSet.check(sources: [("t.rules", text)], lexicon: testLexicon).diagnostics
    let syntax = diagnostics.filter { $0.code == RuleDiagnosticCode.syntax.rawValue }
    #expect(syntax.map { "\($0.location.line ?? 0):\($0.location.column ?? 0)" } == ["5:9"])
    #expect(syntax.first?.message.contains("a basis (guideline, practice, fallback)") == true)
}

/// The shipped fallback decides a drug no guideline rule governs, and never a request it cannot read.
@Test func theShippedFallbackDecidesOnlyReadRequests() throws {
    let (ruleSet, lexicon, _) = RuleSet.load(directory: packageRoot + "/Rules")
    let fallbacks = ruleSet.rules.filter { $0.basisValue == .fallback && $0.status?.value == .active }
    #expect(fallbacks.map(\.id) == ["fallback.no_guideline_support"])
    #expect(fallbacks.first?.priorityValue == 0)
    #expect(fallbacks.first?.citation?.value.guideline == "8 CCR 9792.21.1")
    let engine = Engine(ruleSet: ruleSet, lexicon: lexicon)
    var unread = FactSet()
    unread.insert(fact("category", .term("other")))
    #expect(engine.evaluate(unread).outcome == .abstain)
}

/// A practice decision carries the citations of the guideline rule that would decide the request:
/// the first guideline rule after it that applies and does not pass the request on; when every one
/// passes it on, the first that applies.
@Test(
    arguments: [
        (["multiple_sclerosis"], "A", true), (["lumbar_strain"], "B", true), ([], "B", true), (["lumbar_strain"], "A", false),
    ] as [([String], String, Bool)])
func aPracticeDecisionCitesTheGuidelineRuleThatWouldDecide(diagnoses: [String], governing: String, withSecond: Bool) {
    let second = """
        rule g.second
          title "second"
          status active
          cite "B"
          priority 50
          applies drug in [baclofen]
          then upheld
        """
    let text = """
        topic "t"
        rule p.portion
          title "portion"
          status active
          basis practice
          cite "IMR practice"
          priority 90
          applies drug in [baclofen] and remaining_portion
          then upheld
        rule g.first
          title "first"
          status active
          cite "A"
          priority 60
          applies drug in [baclofen]
          when diagnoses any [multiple_sclerosis]
          then overturned
          else next

        """ + (withSecond ? second : "")
    let engine = Engine(ruleSet: ruleSet(text), lexicon: testLexicon)
    var facts = FactSet()
    facts.insert(fact("drug", .term("baclofen")))
    facts.insert(fact("remaining_portion", .bool(true)))
    if !diagnoses.isEmpty { facts.insert(fact("diagnoses", .terms(diagnoses))) }
    let prediction = engine.evaluate(facts)
    #expect(prediction.rule == "p.portion")
    #expect(prediction.citations.map(\.guideline) == ["IMR practice", governing])
}

/// With the shipped rules: post-operative therapy whose surgery is not medically necessary falls
/// with it (IMR practice); within the surgery's postsurgical period the Postsurgical Treatment
/// Guidelines govern it, past the period the chronic pain guideline's physical medicine does.
@Test(arguments: [(30, "MTUS Postsurgical Treatment Guidelines 2009"), (400, "MTUS Chronic Pain Medical Treatment Guidelines 2009")])
func postoperativeTherapyPastItsPeriodCitesPhysicalMedicine(daysSinceSurgery: Int, governing: String) {
    let (ruleSet, lexicon, _) = RuleSet.load(directory: packageRoot + "/Rules")
    let engine = Engine(ruleSet: ruleSet, lexicon: lexicon)
    var facts = FactSet()
    for item in [
        fact("procedure", .term("physical_therapy")), fact("category", .term("physical_medicine")),
        fact("associated_service", .bool(true)), fact("primary_outcome", .term("upheld")),
        fact("index_surgery", .terms(["rotator_cuff_repair"])), fact("body_regions", .terms(["shoulder"])),
        fact("time_since_surgery", .days(daysSinceSurgery)), fact("visits_requested", .number(12)),
        fact("prior_therapy", .bool(false)), fact("ur_partially_certified", .bool(false)),
    ] {
        facts.insert(item)
    }
    let prediction = engine.evaluate(facts)
    #expect(prediction.rule == "surgery.associated_falls_with_surgery")
    #expect(prediction.outcome == .upheld)
    #expect(prediction.citations.dropFirst().first?.guideline == governing, "\(prediction.citations)")
}
