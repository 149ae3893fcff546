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
