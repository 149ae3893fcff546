import IMRFacts
import Testing

/// Requests as clinicians write them, read for what they ask: the injection a depot steroid is
/// named with, the region after "without contrast", the course a referral states, the visits a week
/// of "1 times 8", maintenance care as a predicate of every treatment request, and a course or
/// laboratory tests whose extent the request leaves unsaid.
@Test(arguments: [
    // A corticosteroid or local anaesthetic named with an injection of a region is that injection.
    ClassifiedRequest(
        request: "Kenalog 40mg injection right knee",
        expected: ["procedure": "joint_injection", "category": "injection", "body_regions": "knee", "side": "right", "drug": nil]),
    ClassifiedRequest(
        request: "Depo-Medrol 80mg and lidocaine injection right shoulder",
        expected: ["procedure": "joint_injection", "category": "injection", "body_regions": "shoulder", "drug": nil]),
    ClassifiedRequest(
        request: "Kenalog injection to the left wrist", expected: ["procedure": "joint_injection", "body_regions": "wrist", "side": "left"]),
    ClassifiedRequest(
        request: "Depo-Medrol 80 mg epidural injection L4-5",
        expected: ["procedure": "epidural_steroid_injection", "body_regions": "lumbar_spine", "injections_requested": nil]),
    // Without a region, or given into a muscle, the steroid is the drug (systemic).
    ClassifiedRequest(request: "Depo-Medrol 80mg IM", expected: ["drug": "methylprednisolone_acetate", "category": "medication"]),
    ClassifiedRequest(
        request: "Kenalog 40mg IM injection left gluteal", expected: ["drug": "triamcinolone_injection", "category": "medication"]),
    ClassifiedRequest(request: "Toradol 60mg IM injection right shoulder", expected: ["drug": "ketorolac", "procedure": nil]),
    // A contrast phrase says how an image is taken; the region and side after it are requested.
    ClassifiedRequest(request: "MRI without contrast of the right hip", expected: ["body_regions": "hip", "side": "right"]),
    ClassifiedRequest(request: "MRI without contrast of the right elbow", expected: ["body_regions": "elbow", "side": "right"]),
    ClassifiedRequest(request: "MRI w/o contrast left knee", expected: ["body_regions": "knee", "side": "left"]),
    ClassifiedRequest(request: "CT scan without contrast of the left shoulder", expected: ["body_regions": "shoulder", "side": "left"]),
    ClassifiedRequest(request: "MRI with and without contrast, lumbar spine", expected: ["body_regions": "lumbar_spine"]),
    // An ultrasound "of" a region is the diagnostic study; ultrasound as a therapy is a modality.
    ClassifiedRequest(
        request: "Ultrasound of the right shoulder",
        expected: ["procedure": "ultrasound_imaging", "category": "imaging", "body_regions": "shoulder", "side": "right"]),
    ClassifiedRequest(request: "Ultrasound of left knee", expected: ["procedure": "ultrasound_imaging", "body_regions": "knee"]),
    ClassifiedRequest(request: "Ultrasound therapy for the right shoulder", expected: ["procedure": "ultrasound_therapy"]),
    // With a frequency or several sessions, an ultrasound "of" a region is the therapy (`course_form`).
    ClassifiedRequest(
        request: "Ultrasound of the lumbar spine, 6 sessions",
        expected: ["procedure": "ultrasound_therapy", "category": "physical_medicine", "body_regions": "lumbar_spine"]),
    ClassifiedRequest(
        request: "Ultrasound of the right shoulder 2 times a week for 3 weeks",
        expected: ["procedure": "ultrasound_therapy", "visits_per_week": "2"]),
    ClassifiedRequest(
        request: "Diagnostic ultrasound of the left shoulder x1", expected: ["procedure": "ultrasound_imaging", "category": "imaging"]),
    // A bare "ultrasound" with the place it is for and no count, frequency or duration is the study
    // (`request_bare_study`); without a place, or with a course, or named a therapy, the modality.
    ClassifiedRequest(
        request: "Ultrasound, right groin (inguinal)",
        expected: ["procedure": "ultrasound_imaging", "category": "imaging", "side": "right"]),
    ClassifiedRequest(request: "Ultrasound L knee", expected: ["procedure": "ultrasound_imaging", "body_regions": "knee"]),
    ClassifiedRequest(request: "Bilateral groin ultrasound", expected: ["procedure": "ultrasound_imaging"]),
    ClassifiedRequest(request: "Ultrasound", expected: ["procedure": "ultrasound_therapy"]),
    ClassifiedRequest(request: "Ultrasound 1 times 8", expected: ["procedure": "ultrasound_therapy"]),
    ClassifiedRequest(request: "Ultrasound right shoulder x6", expected: ["procedure": "ultrasound_therapy"]),
    ClassifiedRequest(request: "Ultrasound, lumbar spine, 2x/week x 4 weeks", expected: ["procedure": "ultrasound_therapy"]),
    ClassifiedRequest(request: "Ultrasound right shoulder for 4 weeks", expected: ["procedure": "ultrasound_therapy"]),
    ClassifiedRequest(request: "Therapeutic ultrasound, right shoulder", expected: ["procedure": "ultrasound_therapy"]),
    ClassifiedRequest(request: "Ultrasound treatment to the left elbow", expected: ["procedure": "ultrasound_therapy"]),
    ClassifiedRequest(request: "Phonophoresis right knee", expected: ["procedure": "ultrasound_therapy"]),
    // A metal artifact reduction sequence is an MRI protocol, not an upright MRI.
    ClassifiedRequest(request: "MARS MRI scan of right hip", expected: ["procedure": "mri", "body_regions": "hip"]),
    // A referral or evaluation that states a frequency or a count of visits is the course.
    ClassifiedRequest(
        request: "Referral to chiropractor for evaluation of low back pain and left groin pain, twice a week for 3 weeks",
        expected: ["procedure": "chiropractic", "category": "chiropractic", "visits_per_week": "2", "visits_requested": "6"]),
    ClassifiedRequest(
        request: "Acupuncture consultation and treatment 2 times a week for 3 weeks",
        expected: ["procedure": "acupuncture", "category": "acupuncture"]),
    ClassifiedRequest(request: "Orthopedic consultation", expected: ["procedure": "consultation"]),
    ClassifiedRequest(request: "Pain management consultation x1", expected: ["procedure": "consultation"]),
    // "N times M", "NxM": N visits a week for M weeks.
    ClassifiedRequest(request: "Spinal manipulation 1 times 8", expected: ["visits_per_week": "1", "visits_requested": "8"]),
    ClassifiedRequest(request: "Physical therapy 2x6", expected: ["visits_per_week": "2", "visits_requested": "12"]),
    ClassifiedRequest(request: "Chiropractic 2 x 4 lumbar spine", expected: ["visits_per_week": "2", "visits_requested": "8"]),
    ClassifiedRequest(request: "PT 3 times a week for 4 weeks", expected: ["visits_per_week": "3", "visits_requested": "12"]),
    ClassifiedRequest(request: "Acupuncture 12 x 1", expected: ["visits_per_week": nil, "visits_requested": "12"]),
    // Maintenance care: false on a plain treatment request, true when the request says so.
    ClassifiedRequest(request: "Chiropractic 2x4", expected: ["maintenance_care": "false"]),
    ClassifiedRequest(request: "Spinal manipulation 1 times 8", expected: ["maintenance_care": "false"]),
    ClassifiedRequest(request: "Monthly maintenance chiropractic care x 6", expected: ["maintenance_care": "true"]),
    ClassifiedRequest(request: "Chiropractic supportive care 1x/month", expected: ["maintenance_care": "true"]),
    ClassifiedRequest(request: "Norco 10/325 #60", expected: ["maintenance_care": nil]),
    // A course of visits that says neither how many, how often nor how long is unspecified; an
    // evaluation or re-examination is one visit.
    ClassifiedRequest(request: "Physical therapy", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Acupuncture", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Chiropractic care for the low back", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Massage therapy", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Post-operative physical therapy", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Cognitive behavioral therapy", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Physical therapy 2x6", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Physical therapy for 6 weeks", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Acupuncture x 6 sessions", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Physical therapy evaluation", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Chiropractic re-exam", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Acupuncture evaluation", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Orthopedic consultation", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Home health care", expected: ["request_unspecified": "false"]),
    // Laboratory tests with no test named, apart from a surgery, are unspecified.
    ClassifiedRequest(request: "Labs", expected: ["request_unspecified": "true", "category": "laboratory"]),
    ClassifiedRequest(request: "Blood work", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Routine lab work", expected: ["request_unspecified": "true"]),
    ClassifiedRequest(request: "Labs: CBC and CMP", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Complete blood count", expected: ["request_unspecified": "false"]),
    ClassifiedRequest(request: "Pre-op labs", expected: ["request_unspecified": "false", "associated_service": "true"]),
    // "x 30 days", "x 6 weeks": a duration, not a count of visits.
    ClassifiedRequest(
        request: "Hot and cold therapy unit rental x 30 days", expected: ["visits_requested": nil, "duration_requested": "30 days"]),
    ClassifiedRequest(request: "Physical therapy x 6 weeks", expected: ["visits_requested": nil, "duration_requested": "42 days"]),
    ClassifiedRequest(request: "Chiropractic x 6", expected: ["visits_requested": "6"]),
    ClassifiedRequest(request: "PT x6", expected: ["visits_requested": "6"]),
    // Shoes made or fitted as foot orthoses are orthotics, not an orthopaedic referral; a hot/cold unit
    // is a cold therapy unit.
    ClassifiedRequest(request: "Custom orthopedic shoes", expected: ["procedure": "orthotics", "category": "dme"]),
    ClassifiedRequest(request: "Extra-depth shoes with custom insoles", expected: ["procedure": "orthotics"]),
    ClassifiedRequest(request: "Orthopedic consultation for the foot", expected: ["procedure": "consultation"]),
    ClassifiedRequest(request: "Hot/cold unit", expected: ["procedure": "cold_therapy_unit", "category": "dme"]),
    ClassifiedRequest(request: "Heat and cold therapy unit purchase", expected: ["procedure": "cold_therapy_unit"]),
    // A surgery named as what the request follows is the post-operative period.
    ClassifiedRequest(
        request: "Physical therapy 12 sessions for the right shoulder post arthroscopy",
        expected: ["postoperative": "true", "associated_service": "true", "procedure": "physical_therapy"]),
    ClassifiedRequest(request: "PT 2x6 right knee s/p TKA", expected: ["postoperative": "true", "procedure": "physical_therapy"]),
    ClassifiedRequest(request: "Physical therapy 12 visits status post ORIF left ankle", expected: ["postoperative": "true"]),
    ClassifiedRequest(request: "Physical therapy 2x6 right shoulder, status post fall", expected: ["postoperative": "false"]),
    ClassifiedRequest(request: "Physical therapy 2x6 lumbar spine", expected: ["postoperative": "false"]),
    // A specialist named with a count of visits asks for the course the specialty gives.
    ClassifiedRequest(request: "Pain psychology 6 sessions", expected: ["procedure": "psychotherapy", "category": "psychological"]),
    ClassifiedRequest(request: "Psychologist 1x/week for 6 weeks", expected: ["procedure": "psychotherapy"]),
    ClassifiedRequest(request: "Referral to a psychologist", expected: ["procedure": "psychological_evaluation"]),
    ClassifiedRequest(request: "Neurology consultation x1", expected: ["procedure": "consultation"]),
])
func aRequestIsReadAsWritten(_ example: ClassifiedRequest) {
    let facts = requestFacts(example.request)
    for (name, expected) in example.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}
