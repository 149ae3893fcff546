import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

@Test(arguments: [
    // Region named after the diagnosis, ICD style.
    ("Treated for strain of lumbar region and sprain of right shoulder.", ["lumbar_strain", "sprain_strain"]),
    ("Diagnoses: sprain of the ligaments of the cervical spine.", ["cervical_strain"]),
    ("Diagnosis: strain of muscle, fascia, and tendon of low back.", ["lumbar_strain"]),
    ("Diagnoses: strains of the lumbar spine, hip and neck.", ["cervical_strain", "lumbar_strain", "sprain_strain"]),
    // A list comma parts two items: "neck, sprain" names no neck sprain.
    ("Diagnosed with sprain of the neck, sprain of the lumbar spine.", ["cervical_strain", "lumbar_strain"]),
    (
        "Diagnosed with sprain of joints and ligaments in the neck, sprain of ligaments of the lumbar spine, and sprain of the thorax.",
        ["cervical_strain", "lumbar_strain", "thoracic_strain"]
    ),
    ("Diagnoses: strain of muscle, fascia and tendon at neck level.", ["cervical_strain"]),
    // A sprain of the sacroiliac joint (S33.6) is the joint's condition, not a lumbar sprain.
    ("Diagnoses: sprain of sacroiliac joint; sprain of the right shoulder.", ["sacroiliac_joint_dysfunction", "sprain_strain"]),
    ("Dx: SIJ sprain; L-spine lig sprain.", ["lumbar_strain", "sacroiliac_joint_dysfunction"]),
    ("Diagnoses: low back and SI joint pain.", ["lumbar_strain", "sacroiliac_joint_dysfunction"]),
    // Region before it, coordinated.
    ("Undergoing treatment for cervical and lumbar spine strain.", ["cervical_strain", "lumbar_strain"]),
    ("Diagnoses are lumbar spine sprain/strain and abdominal muscle strain.", ["lumbar_strain", "sprain_strain"]),
    ("Diagnoses: lumbar, hip, and neck strain.", ["cervical_strain", "lumbar_strain", "sprain_strain"]),
    // A region in the next list item, or tied to the phrase before, is not the diagnosis's region.
    ("Undergoing treatment for contusion to the head, neck strain, and right hand contusion.", ["cervical_strain", "contusion"]),
    ("Diagnoses: pain in the thoracic spine, sprain of unspecified site of the bilateral knees.", ["sprain_strain", "thoracic_strain"]),
    // The side inside the name; the ICD-10 wording of a neck sprain.
    (
        "Treated for frozen right shoulder and sprain of joints and ligaments of other parts of neck.",
        ["cervical_strain", "frozen_shoulder"]
    ),
    // A diagnosis ruled out after it is named is no diagnosis.
    ("Frozen shoulder was ruled out; carpal tunnel syndrome has been ruled out by EMG.", []),
    ("She has carpal tunnel syndrome; a fracture was ruled out.", ["carpal_tunnel_syndrome"]),
])
func aGenericDiagnosisReadsForTheRegionItNames(_ summary: String, _ expected: [String]) {
    #expect(summaryDiagnoses(summary) == expected)
}

@Test(arguments: [
    // (summary, diagnosis, read)
    ("The injured worker complained of neck pain, low back pain, and right foot pain.", "lumbar_strain", false),
    ("She complains of lumbar back pain with spasm and sciatica down to the right knee.", "radiculopathy", false),
    ("The current diagnoses are documented as low back pain and anxiety.", "lumbar_strain", true),
    // The conditions of the worker's claim are its diagnoses, in prose or in a note.
    (
        "The patient has submitted a claim for lumbar spinal stenosis, post laminectomy syndrome, and trochanteric bursitis.",
        "spinal_stenosis", true
    ),
    ("Claim: thoracic/LS neuritis/radiculitis, lumbar spinal stenosis, post-laminectomy syndrome.", "failed_back_syndrome", true),
    // "Neuritis or radiculitis" (ICD-9 724.4) names one condition, of the root: no neuropathy beside it.
    ("Claim: thoracic/lumbosacral neuritis/radiculitis, lumbar pain.", "radiculopathy", true),
    ("Claim: thoracic/lumbosacral neuritis/radiculitis, lumbar pain.", "neuropathy", false),
    ("Dx: lumbosacral neuritis or radiculitis.", "neuropathy", false),
    ("Dx: peripheral neuritis of the feet.", "neuropathy", true),
    // A pain the lexicon holds as the lumbar strain, however the region is written.
    ("Claim: thoracic/lumbosacral neuritis/radiculitis, lumbar pain.", "lumbar_strain", true),
    ("Diagnoses: lumbosacral spine pain.", "lumbar_strain", true),
    ("The applicant has filed a claim for chronic low back pain.", "chronic_pain", true),
    // A symptom diagnosis is established by the complaint.
    ("The injured worker reported difficulty in sleep.", "insomnia", true),
    ("She complains of headaches.", "headache", true),
    // A diagnosis the complaint is attributed to is a diagnosis.
    ("He reported shoulder pain attributed to a full-thickness supraspinatus tear.", "rotator_cuff_tear", true),
    // Abbreviations.
    ("Past medical history: DM and HTN.", "diabetes", true),
    ("Past medical history: DM and HTN.", "hypertension", true),
    // An examination test is not a diagnosis.
    ("Impingement testing was positive for the right rotator cuff.", "impingement", false),
    // A drug class named for a condition is no diagnosis of it; the condition a drug treats is.
    ("Treatment included sleep medications, anti-anxiety medications and antidepressants.", "anxiety", false),
    ("She was given an anti-nausea medication with the opioid.", "nausea", false),
    ("He takes an anti reflux medicine daily.", "gerd", false),
    ("She takes Xanax for anxiety.", "anxiety", true),
    // A complaint after a statement word is still a complaint; a list item after its comma is stated.
    ("During the assessment on 12/07/2016, the patient complained of low back pain.", "lumbar_strain", false),
    ("At the assessment dated 1/5/2017 he reported neck pain.", "cervical_strain", false),
    ("The current diagnoses are neck pain with radicular complaints, thoracic spine strain.", "thoracic_strain", true),
    ("The diagnoses are neck pain, pain in both hands complained of, sprain of the right knee.", "sprain_strain", true),
    ("The assessment was cervical strain.", "cervical_strain", true),
    // A pain the worker rates is told as a complaint; a rated pain in a diagnosis list is stated.
    ("At the 12/07/16 assessment she had low back pain, 6/10, unchanged.", "lumbar_strain", false),
    ("Per the note dated 12-21-16, she had neck pain at 7/10.", "cervical_strain", false),
    ("Neck pain is 6 out of 10 today.", "cervical_strain", false),
    ("Diagnoses: low back pain 7/10.", "lumbar_strain", true),
    // A pain shared by coordinated regions is the pain of each; one region alone is no name.
    ("The applicant has filed a claim for neck, shoulder, and arm pain.", "cervical_strain", true),
    ("Undergoing treatment for persistent left sided neck and shoulder pain.", "cervical_strain", true),
    ("Diagnoses: neck and low back pain.", "cervical_strain", true),
    ("Diagnoses: lumbar and cervical pain.", "lumbar_strain", true),
    ("She complains of neck and shoulder pain.", "cervical_strain", false),
    ("He denies neck and shoulder pain.", "cervical_strain", false),
    ("Treated for right shoulder and neck pain.", "sprain_strain", false),
    ("Diagnoses: shoulder and arm pain.", "sprain_strain", false),
    ("An evaluation reporting mild to moderately severe back pain.", "lumbar_strain", false),
    ("The applicant reported ongoing issues with low back and knee pain.", "lumbar_strain", false),
    // The thorax and the mid or upper back are the thoracic region.
    ("Diagnosed with sprain of ligaments of the lumbar spine and sprain of the thorax.", "thoracic_strain", true),
    ("Diagnoses: acute bilateral thoracic back pain; rib fractures.", "thoracic_strain", true),
    ("Assessment: mid-back pain, neck pain.", "thoracic_strain", true),
    ("He complained of upper back pain.", "thoracic_strain", false),
    // Hedged: to be confirmed or excluded.
    ("Plan: EMG/NCV of the lower extremities to confirm or exclude neuropathy.", "neuropathy", false),
])
func aDiagnosisIsNotAComplaintATestOrAQuestion(_ summary: String, _ diagnosis: String, _ read: Bool) {
    #expect(summaryDiagnoses(summary).contains(diagnosis) == read)
}

@Test(
    arguments: [
        // (summary, red_flags)
        ("Diagnoses: wedge compression fracture of first lumbar vertebra.", true),
        ("X-rays showed a collapsed vertebra at T12.", true),
        ("Diagnosis: fracture of the fifth metatarsal of the right foot.", nil),
        // What the earlier review said is not a finding.
        ("A prior denial was made on 12/22/2016 for x-rays as red flags were not noted.", nil),
        ("There were no red flags on examination.", false),
    ] as [(String, Bool?)])
func redFlagsAreReadInICDWordingAndNotFromTheReview(_ summary: String, _ flags: Bool?) {
    #expect(summaryFacts(summary)["red_flags"]?.value == flags.map(FactValue.bool))
}

@Test func electromyographyAndNerveConductionNamedApartAreBothStudies() {
    let facts = requestFacts("EMG (electromyography)/NCV (nerve conduction velocity) of the bilateral upper extremities")
    #expect(facts["procedure"]?.value == .term("emg_ncs"))
}

@Test(arguments: [
    // (summary, diagnosis, read)
    // A place named like a diagnosis is anatomy.
    ("Examination revealed tenderness along the carpal tunnels in the left wrist.", "carpal_tunnel_syndrome", false),
    ("She had corticosteroid injections into the bilateral carpal tunnels.", "carpal_tunnel_syndrome", false),
    ("Tinel's sign was positive over the right cubital tunnel.", "cubital_tunnel_syndrome", false),
    ("Diagnoses: bilateral carpal tunnel syndrome.", "carpal_tunnel_syndrome", true),
    ("Diagnosis: right carpal tunnel, status post release.", "carpal_tunnel_syndrome", true),
    // An effect a clause ties to a drug is that drug's adverse effect.
    ("She reports that Norco causes constipation.", "constipation", false),
    ("He has constipation secondary to his opioid use.", "constipation", false),
    ("Tramadol gives her nausea.", "nausea", false),
    ("Naproxen caused dyspepsia, so it was stopped.", "dyspepsia", false),
    ("Diagnoses: opioid-induced constipation and lumbar strain.", "constipation", true),
    ("She complains of nausea and takes Norco for pain.", "nausea", true),
    ("He has chronic constipation.", "constipation", true),
    // Facet arthropathy is spondylosis (ICD-10 M47.81-), not osteoarthritis; an inflammatory
    // arthritis is not osteoarthritis either.
    ("MRI showed moderate bilateral facet arthropathy at L4-5.", "osteoarthritis", false),
    ("MRI showed moderate bilateral facet arthropathy at L4-5.", "degenerative_disc_disease", true),
    ("The lumbar MRI noted facet joint hypertrophy at L5-S1.", "degenerative_disc_disease", true),
    ("Past history: rheumatoid arthritis of both hands.", "osteoarthritis", false),
    ("X-rays showed tricompartmental arthritis of the right knee.", "osteoarthritis", true),
    // Degenerative changes of a limb joint are its osteoarthritis; of the spine, disc disease.
    ("X-rays of the left hip were noted to show degenerative changes.", "osteoarthritis", true),
    ("X-rays of the left hip were noted to show degenerative changes.", "degenerative_disc_disease", false),
    ("X-rays of the right shoulder revealed degenerative changes in the acromioclavicular joint.", "osteoarthritis", true),
    ("Right shoulder films showed degenerative changes of the AC joint.", "osteoarthritis", true),
    ("Right shoulder films showed degenerative changes of the AC joint.", "degenerative_disc_disease", false),
    ("X-ray: DJD of the left AC joints.", "degenerative_disc_disease", false),
    ("MRI of the lumbar spine showed degenerative changes at L4-5.", "degenerative_disc_disease", true),
    ("MRI of the lumbar spine showed degenerative changes at L4-5.", "osteoarthritis", false),
    ("Diagnoses: degenerative disc disease.", "degenerative_disc_disease", true),
])
func aPlaceOrADrugsEffectIsNotADiagnosis(_ summary: String, _ diagnosis: String, _ read: Bool) {
    #expect(summaryDiagnoses(summary).contains(diagnosis) == read)
}

@Test(arguments: [
    // (summary, diagnosis, read): hedged, resolved, or a complaint only.
    ("History of lumbar radiculopathy, now resolved.", "radiculopathy", false),
    ("Prior history of insomnia which has since resolved.", "insomnia", false),
    ("Depression, in remission.", "depression", false),
    ("Lumbar radiculopathy cannot be excluded.", "radiculopathy", false),
    ("Clinical picture suggestive of carpal tunnel syndrome.", "carpal_tunnel_syndrome", false),
    ("Diagnoses: r/o meniscus tear, left knee.", "meniscus_tear", false),
    ("Assessment: questionable rotator cuff tear.", "rotator_cuff_tear", false),
    ("Lumbar radiculopathy, resolved; carpal tunnel syndrome.", "carpal_tunnel_syndrome", true),
    ("The patient's main concern was inability to sleep.", "insomnia", true),
    ("Symptoms included crepitus, decreased mobility and instability of the hip.", "instability", false),
    // A joint's instability named among its mechanical symptoms is one of them, a mechanical sign.
    ("The patient continues to have clicking, popping, and instability of his left shoulder.", "instability", false),
    ("The patient was noted to have locking/catching and instability.", "instability", false),
    ("He reports giving way and instability of the right knee.", "instability", false),
    ("Diagnoses: left shoulder instability; clicking.", "instability", true),
    ("No clicking or popping; the knee remains unstable.", "instability", true),
])
func aHedgedResolvedOrOnlyComplainedDiagnosisIsNotCurrent(_ summary: String, _ diagnosis: String, _ read: Bool) {
    #expect(summaryDiagnoses(summary).contains(diagnosis) == read)
}

@Test(
    arguments: [
        ("Diagnoses: compression fx L1.", true),
        ("Diagnosis: closed fracture of L2 vertebra.", true),
        ("Fracture of the L1 vertebral body, initial encounter.", true),
        ("Diagnosis: fracture of the fifth metatarsal of the right foot.", nil),
    ] as [(String, Bool?)])
func vertebralFracturesInOtherWordsAreRedFlags(_ summary: String, _ flags: Bool?) {
    #expect(summaryFacts(summary)["red_flags"]?.value == flags.map(FactValue.bool))
}

@Test(
    arguments: [
        // (summary, radiculopathy_suspected): a radiculopathy told as past is not a current one.
        ("Hx of radiculopathy.", nil),
        ("PMH: hx of lumbar radiculopathy; HTN.", nil),
        ("She has a history of L5 radiculopathy.", nil),
        ("Previous right S1 radiculitis.", nil),
        ("Past medical history of sciatica.", nil),
        // ...and one stated resolved is a sign no longer there.
        ("Remote history of cervical radiculopathy, resolved after surgery in 2009.", false),
        ("She has a history of radicular pain, resolved.", false),
        // A sign of the current record stays, beside a past one.
        ("Pain radiating to the left leg; history of radiculopathy.", true),
        ("Assessment: lumbar radiculopathy.", true),
        ("History of chronic lumbar radiculopathy.", true),
        ("Persistent radicular pain into the left leg since 2014.", true),
        // The history is the back pain's: the radiation is told as it is now.
        ("History of low back pain radiating to the left leg.", true),
    ] as [(String, Bool?)])
func aRadicularSignToldAsPastIsNotCurrent(_ summary: String, _ signs: Bool?) {
    #expect(summaryFacts(summary)["radiculopathy_suspected"]?.value == signs.map(FactValue.bool))
}
