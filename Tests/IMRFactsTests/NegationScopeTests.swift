import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

/// Negation reaches the phrase it belongs to, not the next item of a list: "spasms, range of
/// motion within normal limits" documents spasm.
@Test(
    arguments: [
        // (summary, fact, value)
        ("Exam of the low back noted moderate tenderness and spasms, range of motion within normal limits.", "spasm", true),
        ("Paravertebral muscle spasm, lumbar flexion normal, and 5/5 strength.", "spasm", true),
        ("The cervical exam showed guarding and spasm, with motion full and sensation intact.", "spasm", true),
        ("Paraspinal spasm, negative.", "spasm", false),
        ("There was no tenderness, spasm or guarding.", "spasm", false),
        ("Spasm was not noted on examination.", "spasm", false),
        ("Lumbar spasm: none.", "spasm", false),
    ] as [(String, String, Bool)])
func aNegationEndsAtTheNextFindingOfAList(_ summary: String, _ fact: String, _ value: Bool) {
    #expect(summaryFacts(summary)[fact]?.value == .bool(value))
}

/// A weakness the worker tells of is a symptom, not an objective deficit.
@Test(
    arguments: [
        ("She reports weakness in the right leg.", nil),
        ("The patient notes weakness and numbness in both hands.", nil),
        ("Complaints: low back pain with leg weakness.", nil),
        ("He endorses intermittent weakness in the legs.", nil),
        ("Exam: 4/5 strength of the right EHL.", true),
        ("She complains of weakness; examination revealed decreased sensation in the L5 dermatome.", true),
    ] as [(String, Bool?)])
func aWeaknessTheWorkerReportsIsNotADeficit(_ summary: String, _ deficit: Bool?) {
    #expect(requestFacts("EMG of the lower extremities", summary: summary)["neurologic_deficit"]?.value == deficit.map(FactValue.bool))
}

/// What a reviewer found lacking, restated in the summary, is review, not the record's finding.
@Test(arguments: [
    ("TENS denied - no indication all conservative tx failed.", "conservative_care_failed"),
    ("Naproxen was denied due to no indication that it was only for acute pain.", "acute_exacerbation"),
    ("Per the prior reviewer there were red flags.", "red_flags"),
])
func aReviewersFindingRestatedIsNotAFact(_ summary: String, _ fact: String) {
    #expect(summaryFacts(summary)[fact] == nil)
}

/// A negation word that is one half of an elliptical pair ("without and with", "no or minimal")
/// negates nothing after it; a negation word that governs its phrase still does.
@Test(
    arguments: [
        // (summary, fact, value)
        ("Pain is 8/10 without and 4/10 with medication, allowing him to walk 30 minutes.", "functional_improvement", true),
        ("Pain is 7/10 without or 3/10 with her medications, allowing her to do light housework.", "functional_improvement", true),
        ("Pain is 8/10 without medication; there is no functional improvement with it.", "functional_improvement", false),
        ("Without the medication he is able to do nothing; no improvement in function is documented.", "functional_improvement", false),
    ] as [(String, String, Bool)])
func aNegationWordOfAnEllipticalPairNegatesNothing(_ summary: String, _ fact: String, _ value: Bool) {
    #expect(requestFacts("Norco 10/325 mg #90", summary: "He has used Norco for a year. " + summary)[fact]?.value == .bool(value))
}

/// A reflex named after its grade word ("diminished left Achilles reflex") is a deficit; a
/// neurologic examination called unremarkable documents none.
@Test(
    arguments: [
        ("Straight leg raise was positive on the left at 40 degrees with diminished left Achilles reflex.", true),
        ("Exam showed decreased right patellar reflex.", true),
        ("Neurological examination was unremarkable.", false),
        ("Her neurologic exam was unremarkable.", false),
    ] as [(String, Bool)])
func aReflexAfterItsGradeWordAndAnUnremarkableNeurologicExam(_ summary: String, _ deficit: Bool) {
    #expect(requestFacts("MRI of the lumbar spine", summary: summary)["neurologic_deficit"]?.value == .bool(deficit))
}

/// A comma followed by a clause verb opens a clause of its own: a negation before the comma does
/// not reach it. A list after a negation has no verb and stays negated.
@Test(
    arguments: [
        // (summary after the opening, fact, value)
        ("Denies constipation or sedation, reports improved function with Norco.", "functional_improvement", true),
        ("No aberrant behavior, medication helps with pain.", "pain_improved", true),
        ("No side effects reported, pain is decreased with Norco.", "pain_improved", true),
        ("There is no functional improvement, increased activity or return to work with Norco.", "functional_improvement", false),
    ] as [(String, String, Bool)])
func aCommaBeforeAClauseVerbEndsANegation(_ summary: String, _ fact: String, _ value: Bool) {
    #expect(requestFacts("Norco 10/325 mg #90", summary: "He has used Norco for a year. " + summary)[fact]?.value == .bool(value))
}

/// "Aberrancy", the noun reviewers use for aberrant drug-taking behaviour, is read as that
/// behaviour, and its negation as none documented.
@Test(
    arguments: [
        ("No aberrancy.", false),
        ("There are no signs of aberrancy.", false),
        ("He has displayed aberrancy with early refills.", true),
    ] as [(String, Bool)])
func aberrancyIsAberrantBehaviour(_ summary: String, _ aberrant: Bool) {
    #expect(
        requestFacts("Norco 10/325 mg #90", summary: "He takes Norco 10/325 TID. " + summary)["aberrant_behavior"]?.value == .bool(aberrant)
    )
}

/// A finding affirmed after a comma ("positive SLR") opens a clause of its own: a negation earlier
/// in the list ("no gross abnormality") does not reach it; one that governs it still does.
@Test(
    arguments: [
        // (summary, radicular_signs)
        ("Lumbar exam: no gross abnormality, normal lordosis, positive SLR bilaterally, decreased ROM.", true),
        ("Exam: no gross abnormality, positive SLR bilaterally.", true),
        ("Negative Spurling, positive straight leg raise on the left.", true),
        ("No tenderness, positive SLR on the right at 40 degrees.", true),
        ("No positive SLR, no weakness.", false),
        ("Straight leg raise was negative bilaterally.", false),
    ] as [(String, Bool)])
func aFindingAffirmedAfterACommaIsNotNegatedBeforeIt(_ summary: String, _ radicular: Bool) {
    #expect(requestFacts("EMG of the lower extremities", summary: summary)["radicular_signs"]?.value == .bool(radicular))
}
