import Testing

// A bone growth stimulator's first risk factor (ODG Low Back, Bone growth stimulators: "One or more
// previous failed spinal fusion(s)"), read as failed_fusion (a declared cue fact): a fusion told
// failed in a clinician's words (must-read), a fusion told healed or solid (false), and a fusion
// done with nothing said of its healing, or pain after back surgery, that are none (must-not).
@Test(
    arguments: [
        ("CT shows a pseudarthrosis at L4-5 after his 2014 fusion.", "true"),
        ("He had a failed L5-S1 fusion in 2012 and a revision is now certified.", "true"),
        ("The 2013 fusion never healed, and the screws are loose.", "true"),
        ("Films show a nonunion of the L4-5 fusion.", "true"),
        ("Her L5-S1 fusion is healed and solid on CT.", "false"),
        ("He had an L5-S1 fusion in 2010 and now has adjacent segment degeneration.", "nil"),
        ("She carries a diagnosis of failed back surgery syndrome after a discectomy.", "nil"),
        ("Pseudarthrosis is not suspected at this time.", "false"),
        ("He failed physical therapy and an L4-5 fusion was then recommended.", "nil"),
        ("He had a failed prior L4-5 fusion.", "true"),
    ] as [(String, String)])
func failedFusionRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "The 52-year-old laborer injured the low back on 03/03/2013; a one-level L4-5 fusion has been certified. " + sentence,
        "Bone growth stimulator", "failed_fusion", expected)
}

// An ankle brace needs "a clearly unstable joint" (ODG Ankle & Foot, Bracing (immobilization)): the
// examination's instability (a talar tilt, a drawer told positive) read as mechanical_signs, and the
// ankle told stable on stress as none; a sprain's swelling and tenderness are not instability.
@Test(
    arguments: [
        ("Examination shows a positive anterior drawer and talar tilt on the right.", "true"),
        ("There is increased talar tilt compared with the left ankle.", "true"),
        ("Anterior drawer negative, talar tilt negative; the ankle is stable to stress.", "false"),
        ("The ankle is stable; there is tenderness over the ATFL.", "false"),
        ("Mild swelling over the lateral ankle with tenderness over the ATFL.", "nil"),
    ] as [(String, String)])
func ankleInstabilityOnExaminationRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 10/02/2016: a 44-year-old warehouse worker inverted his right ankle at work on 09/20/2016. " + sentence,
        "Lace-up ankle brace", "mechanical_signs", expected)
}

// Request names as notes write them (batch 17's device and service kinds, in the lead's words): each
// name read as its section's request kind, and the equipment apart from the kit.
@Test(
    arguments: [
        ("Home exercise kit", "home_exercise_kit"),
        ("Theraband resistance bands for the shoulder", "home_exercise_kit"),
        ("Over-the-door pulley", "home_exercise_kit"),
        ("Treadmill for home use", "exercise_equipment"),
        ("Recumbent bike", "exercise_equipment"),
        ("Sit-to-stand desk and ergonomic chair", "ergonomic_equipment"),
        ("Height adjustable desk", "ergonomic_equipment"),
        ("Cervical support pillow", "cervical_pillow"),
        ("Contour neck pillow", "cervical_pillow"),
        ("Homemaking services 3 hours a week", "homemaker_services"),
        ("Domestic care 4 hours per week for 6 weeks", "homemaker_services"),
        ("Rigid cervical collar (Miami J)", "cervical_collar"),
        ("Manual wheel chair rental x 2 months", "wheelchair"),
        ("Home paraffin bath unit", "paraffin_bath"),
        ("Lace-up ankle stabilizer", "ankle_brace"),
        ("Spinal fusion stimulator", "bone_growth_stimulator"),
    ] as [(String, String)])
func sectionRequestNamesRead(_ request: String, _ expected: String) {
    expectRequestFact(
        "Progress note 10/02/2016: a 44-year-old clerk injured the neck, back and right shoulder at work on 06/01/2016.",
        request, "procedure", expected)
}

// A support surface for a pressure ulcer (ODG Low Back, Mattress selection: "pressure ulcers (e.g.,
// from spinal cord injury) may be treated by special support surfaces"): a skin ulcer from pressure
// read as pressure_ulcer in a clinician's words, never as the stomach's ulcer; a skin check without
// sores and a peptic ulcer are not it.
@Test(
    arguments: [
        ("He has a stage 2 sacral pressure ulcer.", "pressure_ulcer"),
        ("He has a decubitus ulcer over the sacrum.", "pressure_ulcer"),
        ("She developed bedsores on both heels in the hospital.", "pressure_ulcer"),
        ("He has a stage 2 sacral pressure ulcer.", "!peptic_ulcer"),
        ("No pressure sores on the skin check.", "!pressure_ulcer"),
        ("History of a peptic ulcer in 2010.", "!pressure_ulcer"),
    ] as [(String, String)])
func pressureUlcerRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 03/02/2016: a 40-year-old paraplegic worker after a T10 spinal cord injury at work on 01/05/2014. " + sentence,
        "Pressure relieving mattress", "diagnoses", expected, anyTerm: true)
}
