import IMRFacts
import IMRVocabulary
import Testing

/// A summary, a request, a fact of `ProcedureFacts` and its expected value (nil = not documented).
struct ProcedureFactCase: CustomStringConvertible, Sendable {
    var summary: String
    var request: String
    var fact: String
    var value: FactValue?
    var description: String { "\(fact) for \(request) ← \(summary)" }
}

let procedureFactCases: [ProcedureFactCase] = [
    // Conservative care given, or only planned.
    .init(
        summary: "Treatment has included physical therapy and medication.", request: "MRI of the cervical spine",
        fact: "conservative_care_given", value: .bool(true)),
    .init(
        summary: "Physical therapy was authorized but she has not started it yet.", request: "MRI of the cervical spine",
        fact: "conservative_care_given", value: .bool(false)),
    .init(
        summary: "The treatment plan included chiropractic treatment and an MRI of the lumbar spine.", request: "EMG of the legs",
        fact: "conservative_care_given", value: .bool(false)),
    .init(
        summary: "He completed six sessions of physical therapy. Additional physical therapy was recommended.",
        request: "EMG of the legs", fact: "conservative_care_given", value: .bool(true)),
    .init(summary: "Treatment has included medication.", request: "EMG of the legs", fact: "conservative_care_given", value: nil),
    .init(
        summary: "He has had PT and medication.", request: "MRI of the cervical spine", fact: "conservative_care_given", value: .bool(true)),
    .init(summary: "The pt reports neck pain.", request: "MRI of the cervical spine", fact: "conservative_care_given", value: nil),
    // Joint signs.
    .init(
        summary: "He reports locking and giving way of the left knee.", request: "MRI of the left knee", fact: "mechanical_signs",
        value: .bool(true)),
    .init(
        summary: "McMurray's test was negative and there was no effusion.", request: "MRI of the left knee",
        fact: "mechanical_signs", value: .bool(false)),
    // Limb red flags of the requested region, now.
    .init(
        summary: "She was unable to bear weight on the right ankle.", request: "X-rays of the right ankle", fact: "limb_red_flags",
        value: .bool(true)),
    .init(
        summary: "He has a fracture of the fifth finger of the left hand.", request: "MRI of the left knee", fact: "limb_red_flags",
        value: nil),
    .init(
        summary: "There is a history of a healed fracture of the right ankle.", request: "X-rays of the right ankle",
        fact: "limb_red_flags", value: nil),
    .init(
        summary: "X-rays of the wrist showed no fracture.", request: "MRI of the right wrist", fact: "limb_red_flags",
        value: .bool(false)),
    // Bony tenderness written as the bone's, at the bones the Ottawa ankle and foot rules name.
    .init(
        summary: "Objective findings: right 5th metatarsal very tender to palpation.", request: "MRI of the right foot",
        fact: "limb_red_flags", value: .bool(true)),
    .init(
        summary: "Tender to palpation at the base of the fifth metatarsal.", request: "X-rays of the right foot",
        fact: "limb_red_flags", value: .bool(true)),
    .init(
        summary: "O: R 5th MT very TTP; mild swelling vs contralateral 5th MT.", request: "MRI of the right foot",
        fact: "limb_red_flags", value: .bool(true)),
    .init(
        summary: "Exam: left lateral malleolus tender to palpation.", request: "X-rays of the left ankle", fact: "limb_red_flags",
        value: .bool(true)),
    .init(
        summary: "There is tenderness over the navicular.", request: "X-rays of the left foot", fact: "limb_red_flags",
        value: .bool(true)),
    .init(
        summary: "No tenderness over the malleoli or the navicular.", request: "X-rays of the left ankle",
        fact: "limb_red_flags", value: .bool(false)),
    .init(
        summary: "Tenderness at the metatarsal heads; the ankle is nontender.", request: "X-rays of the left ankle",
        fact: "limb_red_flags", value: nil),
    // A fracture of a bone of a joint is a red flag of the joint.
    .init(
        summary: "She is undergoing treatment for a nondisplaced fracture of the left radius head.",
        request: "Chiropractic physiotherapy for the left elbow", fact: "limb_red_flags", value: .bool(true)),
    // The response to a diagnostic block.
    .init(
        summary: "Medial branch blocks at L4-5 on 9/1/2016 gave 80% relief for six hours.",
        request: "Radiofrequency ablation at L4-5", fact: "diagnostic_block_positive", value: .bool(true)),
    .init(
        summary: "The medial branch block gave no relief.", request: "Radiofrequency ablation at L4-5",
        fact: "diagnostic_block_positive", value: .bool(false)),
    .init(
        summary: "The plan is a medial branch block at L4-5.", request: "Radiofrequency ablation at L4-5",
        fact: "diagnostic_block_positive", value: nil),
    // An injection of the requested region.
    .init(
        summary: "She had a cortisone injection in the right shoulder in August with temporary relief.",
        request: "Right shoulder arthroscopic subacromial decompression", fact: "injection_given", value: .bool(true)),
    .init(
        summary: "A cortisone injection of the right shoulder was recommended.",
        request: "Right shoulder arthroscopic subacromial decompression", fact: "injection_given", value: .bool(false)),
    .init(
        summary: "He had a cortisone injection in the left knee.", request: "Right shoulder arthroscopic subacromial decompression",
        fact: "injection_given", value: nil),
    // Getting to appointments.
    .init(
        summary: "She is unable to drive because of her medications.", request: "Transportation to appointments",
        fact: "cannot_self_transport", value: .bool(true)),
    .init(
        summary: "He drove himself to the appointment.", request: "Transportation to appointments", fact: "cannot_self_transport",
        value: .bool(false)),
    // The worker's English (Labor Code 4600(g) interpreters): stated, shown by an interpreter at
    // the visit, or contradicted; the request for an interpreter is no evidence of its own need.
    .init(
        summary: "The patient is Spanish-speaking only and was evaluated through an interpreter.", request: "Interpreter services",
        fact: "limited_english", value: .bool(true)),
    .init(
        summary: "History was obtained with the assistance of a Cantonese interpreter.", request: "Interpreter services",
        fact: "limited_english", value: .bool(true)),
    .init(
        summary: "He does not speak English.", request: "Spanish interpreter for medical appointments", fact: "limited_english",
        value: .bool(true)),
    .init(
        summary: "She speaks fluent English and reads well.", request: "Interpreter services", fact: "limited_english",
        value: .bool(false)),
    .init(
        summary: "The provider requested interpreter services for the next visit.", request: "Interpreter services",
        fact: "limited_english", value: nil),
    // A CBT program for biofeedback to belong to (CPMTG "Biofeedback").
    .init(
        summary: "She is attending weekly CBT sessions with a pain psychologist.", request: "Biofeedback x 4", fact: "cbt_program",
        value: .bool(true)),
    .init(
        summary: "No psychological treatment has been provided.", request: "Biofeedback x 4", fact: "cbt_program", value: .bool(false)),
    .init(summary: "She attends physical therapy twice a week.", request: "Biofeedback x 4", fact: "cbt_program", value: nil),
    // Calcifying tendinitis is a tendinitis of its own (ODG Shoulder's one indication of ESWT).
    .init(
        summary: "Diagnoses: calcific tendinitis of the right shoulder.", request: "ESWT right shoulder x 3", fact: "regional_diagnoses",
        value: .terms(["calcific_tendinitis", "tendinitis"])),
    // Duration asked for.
    .init(summary: "", request: "Cold therapy unit, 14 day rental", fact: "duration_requested", value: .days(14)),
    .init(summary: "", request: "Home health aide 4 hours a day for 2 weeks", fact: "duration_requested", value: .days(14)),
    .init(summary: "", request: "Cold therapy unit", fact: "duration_requested", value: nil),
    // Units of time are the `time_units` of units.cues: abbreviations and years too.
    .init(summary: "", request: "Cold therapy unit rental x 3 wks", fact: "duration_requested", value: .days(21)),
    .init(summary: "", request: "Gym membership for 1 year", fact: "duration_requested", value: .days(365)),
    // The surgery a service goes with, when the letter has no surgical item.
    .init(
        summary: "She underwent a right shoulder arthroscopy with rotator cuff repair on 10/3/2016.",
        request: "Post-op physical therapy for the right shoulder, 12 sessions", fact: "index_surgery",
        value: .terms(["arthroscopy", "rotator_cuff_repair"])),
    .init(
        summary: "She underwent a right shoulder arthroscopy with rotator cuff repair on 10/3/2016.",
        request: "Physical therapy for the low back, 6 sessions", fact: "index_surgery", value: nil),
    // ORIF written out, with "and" or "with" between its two parts.
    .init(
        summary: "He underwent open reduction and internal fixation of the left ankle on 11/1/2016.",
        request: "Post-op physical therapy for the left ankle, 12 sessions", fact: "index_surgery", value: .terms(["orif"])),
    .init(
        summary: "He had an open reduction with internal fixation of the left ankle on 11/1/2016.",
        request: "Post-op physical therapy for the left ankle, 12 sessions", fact: "index_surgery", value: .terms(["orif"])),
    // Clinical signs of the median nerve at the wrist (ACOEM ch. 11 p. 261: NCS for carpal tunnel
    // syndrome, EMG only in more difficult cases): its fingers, the provocative tests, thenar wasting.
    .init(
        summary: "She reported numbness and tingling of the thumb, index and middle fingers.",
        request: "EMG of the left upper extremity", fact: "median_nerve_signs", value: .bool(true)),
    .init(
        summary: "Phalen's test was positive on the right.", request: "NCS of the right upper extremity",
        fact: "median_nerve_signs", value: .bool(true)),
    .init(
        summary: "Tinel's and Phalen's signs were positive at the wrists.", request: "EMG/NCS of the bilateral upper extremities",
        fact: "median_nerve_signs", value: .bool(true)),
    .init(summary: "There was thenar atrophy.", request: "NCS of the left upper extremity", fact: "median_nerve_signs", value: .bool(true)),
    .init(
        summary: "Phalen's test was negative.", request: "EMG of the left upper extremity", fact: "median_nerve_signs",
        value: .bool(false)),
    .init(
        summary: "No numbness in the index and middle fingers.", request: "EMG of the left upper extremity",
        fact: "median_nerve_signs", value: .bool(false)),
    .init(
        summary: "Positive Tinel's at the elbow.", request: "EMG of the left upper extremity", fact: "median_nerve_signs", value: nil),
    .init(
        summary: "He has neck pain radiating to the arm.", request: "EMG of the left upper extremity", fact: "median_nerve_signs",
        value: nil),
    // Plain films before an ankle or foot MRI (ACOEM ch. 14 pp. 372-374; ODG Ankle & Foot): an
    // earlier X-ray of the requested region, told with its result, normal ones too.
    .init(
        summary: "X-rays of the right foot were negative. The 5th metatarsal is tender.", request: "MRI of the right foot",
        fact: "prior_radiographs", value: .bool(true)),
    .init(summary: "Right foot X-rays were unremarkable.", request: "MRI of the right foot", fact: "prior_radiographs", value: .bool(true)),
    .init(
        summary: "X-rays were obtained and showed no fracture.", request: "MRI of the left ankle", fact: "prior_radiographs",
        value: .bool(true)),
    .init(summary: "No X-rays have been taken.", request: "MRI of the right foot", fact: "prior_radiographs", value: .bool(false)),
    .init(
        summary: "The plan is X-rays of the foot; if normal, an MRI.", request: "MRI of the right foot", fact: "prior_radiographs",
        value: .bool(false)),
    .init(
        summary: "Lumbar spine X-rays showed degenerative changes. The foot is tender.", request: "MRI of the right foot",
        fact: "prior_radiographs", value: .bool(false)),
    .init(summary: "An MRI of the left knee was unremarkable.", request: "MRI of the left knee", fact: "prior_study", value: .bool(true)),
    // Signs of a rotator cuff tear or impingement (ODG Shoulder, MRI), and the films before a knee or shoulder MRI.
    .init(
        summary: "Neer and Hawkins tests were positive on the right.", request: "MRI of the right shoulder",
        fact: "rotator_cuff_signs", value: .bool(true)),
    .init(
        summary: "There was a painful arc of abduction with a positive empty can test.", request: "MRI of the left shoulder",
        fact: "rotator_cuff_signs", value: .bool(true)),
    .init(
        summary: "Impingement tests were negative.", request: "MRI of the right shoulder", fact: "rotator_cuff_signs",
        value: .bool(false)),
    .init(summary: "The right shoulder is tender.", request: "MRI of the right shoulder", fact: "rotator_cuff_signs", value: nil),
    .init(
        summary: "X-rays of the right shoulder were normal.", request: "MRI of the right shoulder", fact: "prior_radiographs",
        value: .bool(true)),
    .init(
        summary: "Knee radiographs dated 10/12/2016 were unremarkable.", request: "MRI of the left knee", fact: "prior_radiographs",
        value: .bool(true)),
    // A nerve-root tension sign on examination (CPMTG p. 46: radiculopathy documented by exam).
    .init(
        summary: "Straight leg raise was positive on the left at 40 degrees.", request: "Lumbar epidural steroid injection L4-5",
        fact: "nerve_tension_signs", value: .bool(true)),
    .init(
        summary: "Spurling's test was positive on the right.", request: "Cervical epidural steroid injection C5-6",
        fact: "nerve_tension_signs", value: .bool(true)),
    .init(
        summary: "Negative straight leg raise.", request: "Lumbar epidural steroid injection L4-5", fact: "nerve_tension_signs",
        value: .bool(false)),
    .init(
        summary: "She reports pain radiating to the left leg.", request: "Lumbar epidural steroid injection L4-5",
        fact: "nerve_tension_signs", value: nil),
    // Trigger points as CPMTG p. 122 asks for them: a twitch response and referred pain, told together.
    .init(
        summary: "Exam revealed trigger points with a positive twitch response and referred pain to the shoulder.",
        request: "Trigger point injections x4", fact: "trigger_point_signs", value: .bool(true)),
    .init(
        summary: "Palpation of the trapezius reproduced referred pain with a local twitch response.",
        request: "Trigger point injections", fact: "trigger_point_signs", value: .bool(true)),
    .init(
        summary: "Trigger points were palpated in the lumbar paraspinals without a twitch response or referred pain.",
        request: "Trigger point injections", fact: "trigger_point_signs", value: .bool(false)),
    .init(
        summary: "Trigger points were noted in the trapezius.", request: "Trigger point injections", fact: "trigger_point_signs", value: nil
    ),
    .init(
        summary: "She has neck pain with referred pain to the shoulder.", request: "Trigger point injections", fact: "trigger_point_signs",
        value: nil),
]

@Test(arguments: procedureFactCases)
func procedureFacts(_ example: ProcedureFactCase) {
    #expect(requestFacts(example.request, summary: example.summary)[example.fact]?.value == example.value)
}
