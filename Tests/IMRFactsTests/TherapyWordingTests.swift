import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Therapy named as clinicians write it (#10): abbreviations that name another test beside their
// partner, a home exercise program in other words.

/// "PT" beside "PTT" or "INR" is the prothrombin time, a coagulation test: no physical therapy.
/// "PT" alone, or apart from the partner by a comma and a new clause, is still the therapy.
@Test(arguments: [
    // (summary, physical therapy read)
    ("Preoperative labs included CBC, CMP and PT/PTT.", false),
    ("Labs: PT/INR within normal limits.", false),
    ("He had PT and INR checked before surgery.", false),
    ("Pre-op labs: CBC, BMP, PT, PTT.", false),
    ("He completed 12 sessions of PT.", true),
    ("He had PT, and INR was normal.", true),
    ("PT/OT was given after the fracture.", true),
])
func physicalTherapyIsNotTheProthrombinTime(_ summary: String, _ therapy: Bool) {
    let facts = requestFacts("Left knee arthroscopy", summary: summary)
    #expect((facts["physical_rehabilitation"]?.value == .bool(true)) == therapy)
    #expect((facts["conservative_care_given"]?.value == .bool(true)) == therapy)
}

/// Exercise the worker does at home or on their own is a home exercise program, conservative
/// care given and physical rehabilitation; one recommended is planned; one denied is none.
@Test(arguments: [
    // (summary, home exercise program, conservative care given)
    ("The patient started passive range of motion exercises and walking in the home around 250 feet as exercise.", true, true),
    ("She does stretching exercises at home daily.", true, true),
    ("He continues a self-directed exercise program.", true, true),
    ("He walks for exercise.", true, true),
    ("He was instructed in a home exercise program.", true, true),
    ("A home exercise program was recommended.", true, false),
    ("He has not been doing exercises at home.", false, nil),
])
func aHomeExerciseProgramInOtherWords(_ summary: String, _ program: Bool, _ given: Bool?) {
    let facts = requestFacts("EMG of the left upper extremity", summary: summary)
    #expect(facts["home_exercise_program"]?.value == .bool(program))
    #expect(facts["conservative_care_given"]?.value == given.map(FactValue.bool))
    if program { #expect(facts["physical_rehabilitation"]?.value == .bool(true)) }
}
