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
        ("Localized intense neurostimulation therapy (LINT), 6 sessions", "hyperstimulation_analgesia"),
        ("Hyperstimulation analgesia to the lumbar spine x 4", "hyperstimulation_analgesia"),
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

// A worker at high risk of venous thrombosis (ODG Knee & Leg, Venous thrombosis: "identifying
// subjects who are at a high risk of developing venous thrombosis"), read as thrombosis_risk (a
// declared cue fact): the worker's own earlier clot, a clotting disorder, active cancer, a high risk
// or score told (must-read); the risk denied or told low (false); a relative's clot, prophylaxis
// named, a clot ruled out, a minor factor alone (must-not).
@Test(
    arguments: [
        ("PMH: hypertension; h/o right calf DVT in 2011, treated with warfarin.", "true"),
        ("She developed a pulmonary embolism after a cesarean section in 2009.", "true"),
        ("Hematology confirmed heterozygous factor V Leiden last year.", "true"),
        ("He is undergoing chemotherapy for colon cancer.", "true"),
        ("Pre-operative Caprini score: 7.", "true"),
        ("The surgeon considers him at high risk for post-operative thromboembolism.", "true"),
        ("Given her history, she is at high risk of DVT after this surgery.", "true"),
        ("No prior history of DVT or PE.", "false"),
        ("Caprini score 2, low risk.", "false"),
        ("She denies any clotting disorder.", "false"),
        ("Family history of DVT in his father.", "nil"),
        ("Her mother had a pulmonary embolism at 60.", "nil"),
        ("Lovenox was given for DVT prophylaxis in the recovery room.", "nil"),
        ("Venous Doppler of the left leg, to rule out DVT, was negative.", "nil"),
        ("BMI 33; he flew home from Hawaii the week before surgery.", "nil"),
        ("He lives with his wife, and had a left popliteal DVT in 2014.", "true"),
    ] as [(String, String)])
func thrombosisRiskRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Operative note 10/04/2016: a 47-year-old forklift driver had a right knee arthroscopy with partial meniscectomy, authorized 09/20/2016. "
            + sentence,
        "Sequential compression device for home use, 10 days", "thrombosis_risk", expected)
}

// A bathroom item's physical limitation, activity by activity (ODG Knee & Leg, Durable medical
// equipment: "conditions that result in physical limitations", the limitation of the activity the
// item serves), read as toileting_limitation and bathing_limitation (declared cue facts): hip
// precautions (both), trouble rising from the toilet (the toilet only), stepping over the tub or a
// fall in the shower (the bath only) (must-read); independence told, precautions lifted (false); a
// fall risk, another person's difficulty, a past period of precautions, sitting tolerance, the other
// activity's limitation (must-not).
@Test(
    arguments: [
        ("She remains on posterior hip precautions for twelve weeks.", "true", "true"),
        ("He has difficulty getting up from the toilet and pulls on the towel bar.", "true", "nil"),
        ("Hip flexion is restricted to 90 degrees until the 6-week visit.", "true", "true"),
        ("She has great difficulty stepping over the tub to shower.", "nil", "true"),
        ("He fell in the shower last week when his knee buckled.", "nil", "true"),
        ("She needs both arms to rise from a low chair.", "true", "nil"),
        ("The OT notes she is independent with toilet transfers and bathing.", "false", "false"),
        ("Hip precautions were lifted at the 3-month visit.", "false", "false"),
        ("The OT lists fall risk in the shower as a concern to address.", "nil", "nil"),
        ("His wife has difficulty getting off the toilet since her own surgery.", "nil", "nil"),
        ("She can sit for about 30 minutes before she must stand.", "nil", "nil"),
    ] as [(String, String, String)])
func bathroomLimitationReadByActivity(_ sentence: String, _ toileting: String, _ bathing: String) {
    let summary =
        "Progress note 11/14/2016: a 61-year-old school custodian had a left total hip arthroplasty on 10/31/2016 after a fall at work. "
        + sentence
    expectRequestFact(summary, "Raised toilet seat with arms", "toileting_limitation", toileting)
    expectRequestFact(summary, "Tub transfer bench", "bathing_limitation", bathing)
}

// A bone growth stimulator's risk factors (2) and (5) for a failed fusion (ODG Low Back, Bone growth
// stimulators): a grade III or worse slip, read as high_grade_spondylolisthesis, and alcoholism, read
// as alcoholism (declared cue facts), each in several voices; a low grade, sobriety and social
// drinking (false); a slip without a grade, a past or a relative's drinking, other substances
// (must-not).
@Test(
    arguments: [
        ("high_grade_spondylolisthesis", "MRI: grade III spondylolisthesis of L5 on S1 with bilateral pars defects.", "true"),
        ("high_grade_spondylolisthesis", "Films show an anterolisthesis of L4 on L5, grade 3, unchanged on flexion.", "true"),
        ("high_grade_spondylolisthesis", "He has a high-grade isthmic spondylolisthesis at L5-S1.", "true"),
        ("high_grade_spondylolisthesis", "There is a grade 1 degenerative spondylolisthesis at L4-5.", "false"),
        ("high_grade_spondylolisthesis", "Spondylolisthesis at L4-5 with foraminal stenosis.", "nil"),
        ("alcoholism", "He drinks heavily, about a fifth of vodka on weekends.", "true"),
        ("alcoholism", "PMH: diabetes, alcohol dependence, hypertension.", "true"),
        ("alcoholism", "She is a social drinker and does not smoke.", "false"),
        ("alcoholism", "History of alcohol abuse; he has been sober since 2009.", "false"),
        ("alcoholism", "His father is an alcoholic; he himself does not drink.", "nil"),
        ("alcoholism", "She uses marijuana daily for sleep.", "nil"),
    ] as [(String, String, String)])
func fusionRiskFactorsRead(_ fact: String, _ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 10/20/2016: a 49-year-old roofer; an L4-S1 fusion was certified on 10/12/2016 and is scheduled. " + sentence,
        "Bone growth stimulator, lumbar", fact, expected)
}
