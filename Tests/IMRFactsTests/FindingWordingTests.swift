import IMRFacts
import Testing

/// Examination findings and diagnoses as other reviewers write them: a finding stated as a
/// predicate ("the joint line was tender"), in either order, beside a negation in the same sentence;
/// a diagnosis shared by regions each with its own article or "of".

/// The value of boolean fact `name` read from `summary` for `request` (`nil`: not documented).
private func flag(_ name: String, _ summary: String, request: String = "MRI of the left knee") -> Bool? {
    guard case .bool(let value)? = summaryFacts(summary, request: request)[name]?.value else { return nil }
    return value
}

@Test(
    arguments: [
        // (summary, meniscal_signs)
        (
            "The medial joint line of the left knee was tender, but the lateral joint line was not, and the patella neither subluxed nor was tender.",
            true
        ),
        ("On examination the knee was tender to palpation over the lateral joint line.", true),
        ("There was tenderness along the medial joint line of the right knee.", true),
        ("Exam: medial joint line tender; no effusion.", true),
        ("The lateral joint line was tender to palpation and McMurray's test was negative.", true),
        ("L knee: JLT medially; McMurray equivocal.", true),
        ("McMurray's test was positive on the right.", true),
        // Negated and denied: an absence.
        ("The joint line was not tender.", false),
        ("The medial joint line of the left knee was nontender and there was no effusion.", false),
        ("Knee exam: no joint line tenderness, negative McMurray.", false),
        ("Anterior drawer sign was positive on the left.", nil),
    ] as [(String, Bool?)])
func aMeniscalSignIsReadAsAPredicateInEitherOrder(_ summary: String, _ signs: Bool?) {
    #expect(flag("meniscal_signs", summary) == signs)
}

@Test(
    arguments: [
        // (summary, mechanical_signs): more than pain (ACOEM ch.13: locking, popping, giving way,
        // recurrent effusion) and instability. Joint-line tenderness is pain on palpation: neither
        // its presence nor its absence is a mechanical sign.
        ("The medial joint line of the left knee was tender.", nil),
        ("There was tenderness along the medial joint line of the right knee.", nil),
        ("The joint line was not tender.", nil),
        ("Exam: medial joint line tender; effusion present.", true),
        ("The knee locks and gives way on stairs.", true),
        ("Anterior drawer sign was positive on the left.", true),
        ("The lateral joint line was tender to palpation and McMurray's test was positive.", true),
        ("The patella neither subluxed nor was tender.", false),
        ("Knee exam: no joint line tenderness, no effusion, no instability.", false),
    ] as [(String, Bool?)])
func jointLineTendernessIsNoMechanicalSign(_ summary: String, _ signs: Bool?) {
    #expect(flag("mechanical_signs", summary) == signs)
}

@Test(
    arguments: [
        // (summary, neurologic_deficit)
        ("Sensation was reduced in the ulnar fingers of the right hand.", true),
        ("Sensation to light touch is decreased over the lateral calf.", true),
        ("Reflexes were reduced at both ankles.", true),
        ("Exam showed decreased pinprick sensation in the C6 dermatome.", true),
        ("Grip strength was diminished on the right.", true),
        // An upper motor neuron sign is an objective neurologic finding.
        ("Objective findings included ankle clonus left side; sensory is grossly intact.", true),
        ("Positive Hoffmann's sign on the right.", true),
        // A negating word in the gap: no deficit, and its absence stated.
        ("Sensation was not reduced in either hand.", false),
        ("Sensation was intact; reflexes were normal.", false),
        ("No clonus; negative Hoffmann's.", false),
        // The examination told normal in other words.
        ("There were no positive neurological findings.", false),
        ("Exam: intact motor and sensory in both legs.", false),
        ("Pulses and sensation are good.", false),
        // Sensation or reflexes unequal between the sides.
        ("Objective: positive SLR bilaterally with noted discrepancies in sensory and reflex.", true),
        ("Reflexes were asymmetric at the ankles.", true),
        ("Asymmetric patellar reflexes, left less than right.", true),
        // A weakness of pain or of a tendon is no deficit of a nerve; a weak muscle of a root is.
        ("Resisted wrist flexion and pronation 4+ out of 5, minimally painful, intact sensation.", false),
        ("There was also rotator cuff weakness noted. No focal deficits.", false),
        ("Motor 4/5 right shoulder abduction limited by pain.", nil),
        ("Give-way weakness of the left leg.", nil),
        ("Weakness of the rotator cuff on the right; sensation intact.", false),
        ("Strength 4/5 in the left EHL.", true),
        ("Weakness of the left EHL with pain radiating to the foot.", true),
        ("Strength is 4 out of 5 in dorsiflexion on the left.", true),
    ] as [(String, Bool?)])
func aNeurologicDeficitIsReadAsAPredicate(_ summary: String, _ deficit: Bool?) {
    #expect(flag("neurologic_deficit", summary) == deficit)
}

@Test(
    arguments: [
        // (summary, request, regional_neuro_findings)
        ("Sensation was reduced in the ulnar fingers of the right hand.", "EMG of the right upper extremity", true),
        (
            "She complained that the numbness persisted, together with constant mild pain over the ulnar side of the right wrist and in the fingers.",
            "EMG of the right upper extremity", true
        ),
        ("The low back pain radiated to the anterior and lateral thighs down to the knee level.", "MRI of the lumbar spine", true),
        // A finding far from its region belongs to the sentence's regions only when they are all
        // of the requested part of the body.
        (
            "She reported that the numbness persisted for months, together with constant dull aching pain in the right foot and neck.",
            "EMG of the right upper extremity", nil
        ),
        (
            "He said that the tingling had continued despite rest, together with constant mild pain in both knees and ankles.",
            "EMG of the right upper extremity", nil
        ),
    ] as [(String, String, Bool?)])
func aNerveFindingBelongsToItsSentencesRegionsWhenNoneIsNear(_ summary: String, _ request: String, _ regional: Bool?) {
    #expect(flag("regional_neuro_findings", summary, request: request) == regional)
}

@Test(arguments: [
    // Each region after the diagnosis with its own article or "of" (elliptical coordination).
    ("Diagnoses: strains of the lumbar spine, the hip and the neck.", ["cervical_strain", "lumbar_strain", "sprain_strain"]),
    // (A sprain of the thorax is the thoracic sprain ICD-10 names with it, S23.)
    ("Diagnoses: sprains of the neck, of the lumbar spine and of the thorax.", ["cervical_strain", "lumbar_strain", "thoracic_strain"]),
    ("He was treated for a sprain of the neck and of the low back.", ["cervical_strain", "lumbar_strain"]),
    (
        "Diagnosed with sprains of the neck joints and ligaments, of the lumbar spine ligaments and of the thorax.",
        ["cervical_strain", "lumbar_strain", "thoracic_strain"]
    ),
    // Inverted, as a diagnosis list writes a generic diagnosis: the region alone after a comma.
    ("Dx: sprain, cervical.", ["cervical_strain"]),
    ("Diagnoses: strain, lumbar spine; sprain, right shoulder.", ["lumbar_strain", "sprain_strain"]),
    // A region that starts another item is not the diagnosis's.
    ("Diagnoses: neck strain, lumbar radiculopathy.", ["cervical_strain", "radiculopathy"]),
    // What is not a region ends the list.
    ("Diagnosis: strain of the neck at work in the morning.", ["cervical_strain"]),
])
func aDiagnosisSharedByRegionsWithTheirOwnArticlesReadsForEach(_ summary: String, _ expected: [String]) {
    #expect(summaryDiagnoses(summary) == expected)
}

@Test(
    arguments: [
        // (summary, diagnosis, read)
        // Plurals and other forms, in other orders.
        ("MRI showed a tear of the medial and lateral menisci.", "meniscus_tear", true),
        ("MRI showed torn medial and lateral menisci.", "meniscus_tear", true),
        ("The medial meniscus was torn on the MRI.", "meniscus_tear", true),
        ("Both menisci showed tears.", "meniscus_tear", true),
        ("The right knee remains unstable.", "instability", true),
        ("The left shoulder remained unstable after the dislocation.", "instability", true),
        ("MRI: narrowing of the left neural foramen at L4-5.", "spinal_stenosis", true),
        ("The L5-S1 neural foramina were narrowed bilaterally.", "spinal_stenosis", true),
        ("CT showed moderate neuroforaminal narrowing at C5-6.", "spinal_stenosis", true),
        ("Diagnoses: chronic low back pain.", "chronic_pain", true),
        ("Dx: chronic LBP, lumbar radiculopathy.", "chronic_pain", true),
        ("He has chronic neck pain.", "chronic_pain", true),
        ("Her right knee pain has become chronic.", "chronic_pain", true),
        ("The rotator cuff was torn on the MRI.", "rotator_cuff_tear", true),
        ("MRI: tear of the distal supraspinatus tendon.", "rotator_cuff_tear", true),
        ("MRI: the supraspinatus is torn through its full thickness.", "full_thickness_rotator_cuff_tear", true),
        ("MRI: the rotator cuff was not torn.", "rotator_cuff_tear", false),
        ("MRI: partial-thickness tear of the supraspinatus, not full thickness.", "full_thickness_rotator_cuff_tear", false),
        ("Dx: L/S strain.", "lumbar_strain", true),
        ("Diagnoses: cervical and LS strain.", "lumbar_strain", true),
        ("Dx: sleep disruption due to pain.", "insomnia", true),
        ("She has trouble getting to sleep.", "insomnia", true),
        ("Her sleep is disrupted by the pain.", "insomnia", true),
        ("He denies difficulty getting to sleep.", "insomnia", false),
        // Chronic pain of a region is still that region's diagnosis.
        ("Dx: chronic LBP.", "lumbar_strain", true),
        // Negated or hedged as a name is.
        ("MRI: no tear of either meniscus.", "meniscus_tear", false),
        ("Rule out tear of the medial and lateral menisci.", "meniscus_tear", false),
        ("MRI: no narrowing of the neural foramina.", "spinal_stenosis", false),
        ("The knee was not unstable.", "instability", false),
        // A sensation felt at the injury is its mechanism, not a diagnosis.
        ("The worker felt a slight strain in his back while lifting a box.", "lumbar_strain", false),
        ("While lifting she felt a pull in her neck and a strain in the low back.", "lumbar_strain", false),
        ("He felt a slight strain on the back.", "sprain_strain", false),
        ("MOI: bent down to pick up a wrench, felt slight strain in back.", "lumbar_strain", false),
        ("The worker felt a sudden strain in the neck.", "cervical_strain", false),
        // An opinion is not a sensation.
        ("The doctor felt he had a lumbar strain.", "lumbar_strain", true),
        // A complaint told after the diagnosis is no diagnosis; a symptom diagnosis still is.
        ("The low back pain was described as persistent.", "lumbar_strain", false),
        ("Neck pain is rated 6/10 and described as constant.", "cervical_strain", false),
        ("The low back pain was described as persistent; diagnoses: lumbar strain.", "lumbar_strain", true),
        ("Headaches were described as daily.", "headache", true),
        // In the examination, a diagnosis with its result is a sign.
        ("O: AROM FF 150. Impingement +. O'Brien's +.", "impingement", false),
        ("Exam: impingement positive on the right.", "impingement", false),
        ("PE: Neer (+), Hawkins -.", "impingement", false),
        ("A: impingement syndrome of the right shoulder.", "impingement", true),
    ] as [(String, String, Bool)])
func aDiagnosisInAnotherFormIsReadAndAMechanismOrSignIsNot(_ summary: String, _ diagnosis: String, _ read: Bool) {
    #expect(summaryDiagnoses(summary).contains(diagnosis) == read)
}
