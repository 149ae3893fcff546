import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Patient-selection facts as clinicians and reviewers write them (#10): what the request or its
// review names is planned, not done.

/// A study the request or UR's verdict names in its part of the sentence is the one requested:
/// planned (false), whatever done or denial word the part holds; what the review says was missing
/// is not read, and a result the review restates in another part is no plan.
@Test(arguments: [
    // (summary, electrodiagnostic_abnormal)
    (
        "The original utilization review (11-8-2016) had non-certified a request for MRI of the cervical spine and electromyography and nerve conduction velocity of the bilateral upper extremities.",
        "false"
    ),
    ("The request for electrodiagnostic studies was denied as there was no rationale.", "false"),
    ("Utilization review form dated 12-20-2016 noncertified EMG-NCS of the bilateral upper extremities.", "false"),
    ("Utilization review denied the EMG/NCS.", "false"),
    ("The EMG/NCS was denied by UR.", "false"),
    ("Utilization review certified the EMG/NCS on 12/1/16.", "false"),
    ("UR modified the request for NCS/EMG to an EMG of the left arm only.", "false"),
    ("Utilization review did not approve the EMG/NCS.", "false"),
    ("The UR physician noted that EMG/NCS had not been documented.", nil),
    ("The request for carpal tunnel release was denied as no electrodiagnostic testing was documented.", nil),
    ("The surgery was non-certified because an EMG/NCS was not provided.", nil),
    ("UR noted that the EMG/NCS dated 1/5/16 showed carpal tunnel syndrome, and denied the surgery.", nil),
])
func aStudyTheReviewNamesIsPlanned(_ summary: String, _ abnormal: String?) {
    let facts = requestFacts("EMG/NCS of the bilateral upper extremities", summary: summary)
    #expect(value(facts, "electrodiagnostic_abnormal") == abnormal)
}

/// The same for a device or an evaluation the review names: a TENS unit requested and denied was
/// not tried; a psychological evaluation certified is still to come.
@Test(arguments: [
    // (summary, request, fact)
    ("Utilization review denied the request for a TENS unit.", "H-wave unit rental for 30 days", "tens_tried"),
    ("The TENS unit was non-certified by UR on 11/2/16.", "H-wave unit rental for 30 days", "tens_tried"),
    ("UR certified a psychological evaluation on 12/1/16.", "Spinal cord stimulator trial", "psychological_clearance"),
])
func aTreatmentTheReviewNamesIsNotTried(_ summary: String, _ request: String, _ fact: String) {
    #expect(value(requestFacts(request, summary: summary), fact) == "false")
}

/// UR's reason names what it found missing: neither tried nor planned.
@Test func whatTheReviewFoundMissingIsNotRead() {
    let facts = requestFacts("H-wave unit rental for 30 days", summary: "The H-wave unit was denied as a TENS trial was not documented.")
    #expect(facts["tens_tried"] == nil)
}

/// A study's purpose ("to determine the cause", "to rule out radiculopathy") is a study to come,
/// no result; a study that found something was done, whatever verb tells it.
@Test(arguments: [
    // (summary, electrodiagnostic_abnormal)
    ("EMG/NCS was recommended to determine the cause of his numbness.", "false"),
    ("He needs an EMG/NCS to determine the source of the numbness.", "false"),
    ("An EMG/NCS will help determine the cause.", "false"),
    ("EMG/NCS to rule out carpal tunnel syndrome is planned.", "false"),
    ("The EMG/NCS performed in 2015 to rule out radiculopathy was normal.", "false"),
    ("EMG/NCS determined moderate carpal tunnel syndrome.", "true"),
    ("The EMG/NCS he had in 2015 showed carpal tunnel syndrome.", "true"),
])
func aStudysPurposeIsNoResult(_ summary: String, _ abnormal: String) {
    let facts = requestFacts("EMG/NCS of the bilateral upper extremities", summary: summary)
    #expect(value(facts, "electrodiagnostic_abnormal") == abnormal)
}

/// Reduced weight bearing is desirable (CPMTG p. 22, aquatic therapy): the obesity named as extreme,
/// a limb kept off full weight, land exercise not tolerated, in several wordings; negated or
/// tolerated is false; a plain knee pain says nothing.
@Test(arguments: [
    // (summary, reduced_weight_bearing)
    ("She remains partial weight bearing on the right after the ankle fracture.", "true"),
    ("He is non-weight bearing on the left lower extremity.", "true"),
    ("She was unable to tolerate land-based therapy because of knee pain.", "true"),
    ("BMI 45; morbidly obese.", "true"),
    ("Diagnoses: morbid obesity, lumbar strain.", "true"),
    ("He cannot bear weight on the right leg.", "true"),
    ("He tolerates land-based therapy well.", "false"),
    ("She is not non-weight bearing.", "false"),
    ("She has chronic right knee pain.", nil),
])
func reducedWeightBearingIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Aquatic therapy 2x4 for the right knee", summary: summary)
    #expect(value(facts, "reduced_weight_bearing") == expected)
}

/// Personal or skilled care the worker needs at home (CPMTG 2016 pp. 89-90, Home health services):
/// help with activities of daily living, bathing, dressing, transfers, wound care, in several
/// wordings; independent in self-care is false; help with chores alone says nothing.
@Test(arguments: [
    // (summary, personal_care_needed)
    ("She needs help bathing and dressing.", "true"),
    ("He requires assistance with activities of daily living since the fall.", "true"),
    ("The patient is dependent for ADLs and transfers.", "true"),
    ("His wife helps him with toileting and needs assistance with transfers.", "true"),
    ("A visiting nurse does the wound care and dressing changes.", "true"),
    ("He is unable to care for himself after the head injury.", "true"),
    ("The patient is independent with ADLs.", "false"),
    ("He does not need help with bathing.", "false"),
    ("He needs help with shopping and cleaning.", nil),
    // An initialism's plural in capitals ("ADLs") reads as its singular's plural.
    ("She cannot perform ADLs without her husband.", "true"),
    ("She has difficulty with ADLs.", "true"),
    ("He is unable to perform his ADLs.", "true"),
    ("She performs ADLs independently.", "false"),
])
func personalCareNeededIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Home health aide 4 hours a day, 5 days a week for 4 weeks", summary: summary)
    #expect(value(facts, "personal_care_needed") == expected)
}
