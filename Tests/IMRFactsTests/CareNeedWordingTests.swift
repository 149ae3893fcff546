import IMRCore
import IMRFacts
import Testing

/// Skilled care needed at home (CPMTG 2009 p. 51: "otherwise recommended medical treatment"; CPMTG
/// 2016 pp. 89-90: intravenous drugs, dressing changes, therapy at home): in several wordings; a
/// healed wound is false; personal care alone says nothing.
@Test(arguments: [
    // (summary, skilled_care_needed)
    ("A visiting nurse does the wound care and dressing changes.", "true"),
    ("He is on IV antibiotics through a PICC line for the wound infection.", "true"),
    ("She receives home physical therapy twice a week.", "true"),
    ("The incision is well healed.", "false"),
    ("She needs help bathing and dressing.", nil),
])
func skilledCareNeededIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Home health nursing 3 times a week for 4 weeks", summary: summary)
    #expect(value(facts, "skilled_care_needed") == expected)
}

/// Walking documented as impaired (ODG Knee & Leg, Walking aids): an antalgic, unsteady or guarded
/// gait, a limp, difficulty walking, falls; a normal gait or one without a limp is false; knee pain
/// alone says nothing.
@Test(arguments: [
    // (summary, impaired_gait)
    ("She ambulates with an antalgic gait favoring the right leg.", "true"),
    ("He has difficulty walking more than one block and reports two recent falls.", "true"),
    ("Examination showed a slow, guarded gait.", "true"),
    ("He walks with a limp.", "true"),
    ("Gait is normal.", "false"),
    ("He walks without a limp.", "false"),
    ("She has chronic right knee pain.", nil),
])
func impairedGaitIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Single point cane", summary: summary)
    #expect(value(facts, "impaired_gait") == expected)
}

/// Weight bearing that brings on the pain makes reduced weight bearing desirable (CPMTG p. 22,
/// Aquatic therapy); pain said to be absent on weight bearing is false.
@Test(arguments: [
    // (summary, reduced_weight_bearing)
    ("She has right knee pain with weight bearing.", "true"),
    ("He reports painful weight bearing on the left foot.", "true"),
    ("There is no pain with weight bearing.", "false"),
])
func weightBearingPainIsReadAsReducedWeightBearing(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Aquatic therapy 2x4 for the right knee", summary: summary)
    #expect(value(facts, "reduced_weight_bearing") == expected)
}

/// The body mass index as a number (CPMTG p. 22, Aquatic therapy: "for example extreme obesity"),
/// in several wordings; the figures of a date are passed over; the latest stated decides; a figure
/// outside an adult's range and a phrase with no number read nothing.
@Test(arguments: [
    // (summary, body_mass_index)
    ("Her BMI is 42.", "42"),
    ("He has a body mass index of 38.5 kg/m2.", "38.5"),
    ("Vitals: height 5'6\", weight 260 lbs, BMI: 41.9.", "41.9"),
    ("The body mass index (BMI) was 36.", "36"),
    ("Her BMI was 35 in 2015. On 01/05/2017 her BMI was 44.", "44"),
    ("BMI 1/12/17: 41.", "41"),
    ("BMI not recorded.", nil),
    ("She has right knee pain.", nil),
])
func bodyMassIndexIsReadAsANumber(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Aquatic therapy 2x4 for the right knee", summary: summary)
    #expect(value(facts, "body_mass_index") == expected)
}

/// Motivation to change (CPMTG pp. 31-32, chronic pain programs, criterion 5): stated in several
/// wordings; a stated lack of it, or a motivation by secondary gain, is false; silence says nothing.
@Test(arguments: [
    // (summary, motivated_to_change)
    ("He is highly motivated to participate in the program.", "true"),
    ("The patient appears motivated and is willing to participate.", "true"),
    ("She is not motivated to change.", "false"),
    ("The evaluation noted poor motivation.", "false"),
    ("He seems motivated by secondary gain.", "false"),
    ("He has chronic low back pain.", nil),
])
func motivationToChangeIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Functional restoration program x 80 hours", summary: summary)
    #expect(value(facts, "motivated_to_change") == expected)
}

/// A rehabilitation program already completed (CPMTG pp. 30-34, 125-126: no re-enrolment in the
/// same or a similar program): a whole program completed is true; a part of one, or one not
/// completed, is not.
@Test(arguments: [
    // (summary, rehabilitation_program_completed)
    ("She completed the functional restoration program in 2015.", "true"),
    ("He completed a work hardening program last year.", "true"),
    ("He graduated from the FRP in March.", "true"),
    ("He has completed two weeks of the functional restoration program with gains.", nil),
    ("She has not completed a functional restoration program.", "false"),
    ("In 2015 he went through an interdisciplinary pain program at the same clinic.", "true"),
    ("She previously participated in a work conditioning program for this injury.", "true"),
    ("He finished the chronic pain program last spring.", "true"),
    ("After completing a work hardening program, she returned to light duty for a month.", "true"),
    ("He has not gone through a functional restoration program.", "false"),
    ("She finished three weeks of work conditioning before it was stopped.", nil),
    ("A work hardening program was requested by the treating physician.", nil),
])
func completedProgramIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Functional restoration program x 80 hours", summary: summary)
    #expect(value(facts, "rehabilitation_program_completed") == expected)
}

/// Hours of a service in all (a functional restoration program's full days, CPMTG pp. 30-34): a count
/// of hours with no period after it; hours a day or a week are not a total.
@Test(arguments: [
    // (request, hours_requested)
    ("Functional restoration program x 160 hours", "160"),
    ("FRP 80 hrs", "80"),
    ("Functional restoration program (80 hours)", "80"),
    ("HELP program 6 hours a day for 10 days", nil),
    ("Home health aide 4 hours per day, 5 days a week", nil),
])
func hoursRequestedIsATotal(_ request: String, _ expected: String?) {
    #expect(value(requestFacts(request), "hours_requested") == expected)
}

/// An uncertain or extremely complex diagnosis (ACOEM 2004 ch. 7 p. 127, referral): the diagnosis,
/// the etiology or the pain generator stated unclear; an established diagnosis is false; a diagnosis
/// alone, or an unclear mechanism of injury, says nothing.
@Test(arguments: [
    // (summary, diagnosis_uncertain)
    ("The etiology of her hand numbness remains unclear.", "true"),
    ("The pain generator is unclear despite the imaging.", "true"),
    ("The source of his pain is unclear.", "true"),
    ("This is a complex case with pain in several body parts.", "true"),
    ("The diagnosis has been established by MRI.", "false"),
    ("The mechanism of injury is unclear.", nil),
    ("He has chronic low back pain.", nil),
])
func uncertainDiagnosisIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Orthopedic consultation", summary: summary)
    #expect(value(facts, "diagnosis_uncertain") == expected)
}

/// Psychosocial factors present (ACOEM 2004 ch. 7 p. 127, referral; CPMTG p. 100, psychological
/// evaluation): named factors, fear avoidance, catastrophizing; their stated absence is false.
@Test(arguments: [
    // (summary, psychosocial_factors)
    ("There are significant psychosocial stressors at home.", "true"),
    ("He shows fear avoidance behavior and pain catastrophizing.", "true"),
    ("She reports kinesiophobia.", "true"),
    ("No psychosocial factors were identified.", "false"),
    ("He has chronic low back pain.", nil),
])
func psychosocialFactorsAreReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Psychological evaluation", summary: summary)
    #expect(value(facts, "psychosocial_factors") == expected)
}

/// The negative predictors of a program's success addressed (CPMTG pp. 31-32, criterion 6): stated
/// addressed is true, stated not addressed false; silence says nothing.
@Test(arguments: [
    // (summary, negative_predictors_addressed)
    ("The evaluation found that negative predictors of success have been addressed.", "true"),
    ("Negative predictors were identified and addressed.", "true"),
    ("The negative predictors have not been addressed.", "false"),
    ("He is highly motivated to participate in the program.", nil),
])
func negativePredictorsAddressedAreReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Functional restoration program x 80 hours", summary: summary)
    #expect(value(facts, "negative_predictors_addressed") == expected)
}
