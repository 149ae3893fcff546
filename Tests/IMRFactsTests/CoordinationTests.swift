import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

@testable import IMRFacts

/// Coordinated phrases that share their last words ("cubital and carpal tunnel releases") name
/// both terms; a surgery named for its condition establishes the diagnosis.
@Suite struct CoordinationTests {
    /// The terms of `vocabulary` mentioned in `sentence`, with whether each is negated.
    static func mentions(_ sentence: String, _ vocabulary: Vocabulary) -> [String: Bool] {
        let text = MatchingTests.text(sentence)
        var found: [String: Bool] = [:]
        for mention in MatchingTests.index.mentions(in: text) where mention.term.kind == vocabulary {
            found[MatchingTests.index.name(of: mention.term.id)] = mention.negated
        }
        return found
    }

    @Test(arguments: [
        ("Status post cubital and carpal tunnel releases.", ["carpal_tunnel_release": false, "cubital_tunnel_release": false]),
        ("He underwent left carpal or cubital tunnel release in 2014.", ["carpal_tunnel_release": false, "cubital_tunnel_release": false]),
        ("He completed physical and occupational therapy.", ["occupational_therapy": false, "physical_therapy": false]),
        // Negation reaches the coordinated reading through the shared words.
        ("No cubital or carpal tunnel release was done.", ["carpal_tunnel_release": true, "cubital_tunnel_release": true]),
        ("Cubital and carpal tunnel releases were not performed.", ["carpal_tunnel_release": true, "cubital_tunnel_release": true]),
        // Words before a coordinator that make no term with the shared words add nothing.
        ("He had a lumbar fusion and carpal tunnel release.", ["carpal_tunnel_release": false, "lumbar_fusion": false]),
        ("Treatment has included medications and physical therapy.", ["physical_therapy": false]),
        // A ';' ends the clause.
        ("Elbow surgery was cubital; and carpal tunnel release is planned.", ["carpal_tunnel_release": false, "surgery": false]),
    ])
    func coordinatedProceduresNameEachTerm(_ sentence: String, _ expected: [String: Bool]) {
        #expect(Self.mentions(sentence, .procedure) == expected)
    }

    @Test(arguments: [
        (
            "Diagnoses: left shoulder impingement, status post cubital and carpal tunnel releases.",
            ["carpal_tunnel_syndrome", "cubital_tunnel_syndrome", "impingement"]
        ),
        ("She is status post right carpal tunnel release in 2013.", ["carpal_tunnel_syndrome"]),
        ("She is s/p right CTR in 2013.", ["carpal_tunnel_syndrome"]),
        ("The plan is a right rotator cuff repair.", ["rotator_cuff_tear"]),
        // Negated or hedged surgery establishes nothing.
        ("She has not had a carpal tunnel release.", []),
        ("He may need a rotator cuff repair.", []),
    ])
    func aSurgeryNamedForItsConditionEstablishesTheDiagnosis(_ summary: String, _ expected: [String]) {
        #expect(summaryDiagnoses(summary) == expected)
    }
}
