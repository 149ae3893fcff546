import IMRFacts
import Testing

// The worker's own attribution or belief is no diagnosis made ("symptoms he attributes to low
// testosterone", "she believes she has carpal tunnel syndrome", "attributed by the patient to");
// the examiner's attribution after a work-up stands ("attributed to opioid-induced hypogonadism",
// "I attribute the numbness to carpal tunnel syndrome"). A condition named as what the worker is
// to watch for, report or come back for ("he will report any urinary symptoms or leg swelling",
// "call if the leg swelling returns") is no finding either (`diagnosis_doubt_before`).
@Test(
    arguments: [
        // (request, summary, diagnosis, read)
        // ...the worker's attribution, in several voices.
        (
            "Testosterone level", "Impression: symptoms he attributes to low testosterone; two morning levels in the reference range.",
            "hypogonadism", false
        ),
        ("Testosterone level", "She attributes her fatigue to low testosterone.", "hypogonadism", false),
        (
            "EMG/NCS bilateral upper extremities", "She believes she has carpal tunnel syndrome from typing.", "carpal_tunnel_syndrome",
            false
        ),
        ("EMG/NCS bilateral upper extremities", "He relates the numbness to carpal tunnel syndrome.", "carpal_tunnel_syndrome", false),
        (
            "EMG/NCS bilateral upper extremities", "Numbness attributed by the patient to carpal tunnel syndrome.",
            "carpal_tunnel_syndrome", false
        ),
        ("MRI lumbar spine", "He thinks he has a herniated disc.", "disc_herniation", false),
        // ...a condition to watch for or report.
        (
            "Testosterone level",
            "Plan: testosterone cypionate 200 mg IM every 2 weeks; he will report any urinary symptoms or leg swelling.",
            "limb_edema", false
        ),
        ("Testosterone level", "She was told to call if the leg swelling returns.", "limb_edema", false),
        ("Testosterone level", "Return for increasing leg swelling or calf pain.", "limb_edema", false),
        // ...and the examiner's diagnosis or attribution, and a finding, stand.
        ("Testosterone level", "Assessment: hypogonadism, on chronic opioids; morning testosterone 180 ng/dL.", "hypogonadism", true),
        (
            "Testosterone level", "Fatigue and low libido attributed to opioid-induced hypogonadism; testosterone 150 ng/dL twice.",
            "hypogonadism", true
        ),
        (
            "EMG/NCS bilateral upper extremities", "Assessment: numbness I attribute to carpal tunnel syndrome, positive Phalen and Tinel.",
            "carpal_tunnel_syndrome", true
        ),
        (
            "EMG/NCS bilateral upper extremities", "She thinks the injection has helped her carpal tunnel syndrome.",
            "carpal_tunnel_syndrome", true
        ),
        ("MRI lumbar spine", "Leg pain attributed to a herniated disc at L5-S1 on the MRI.", "disc_herniation", true),
        ("MRI lumbar spine", "He believes his back is worse since the disc herniation.", "disc_herniation", true),
        ("Testosterone level", "Examination: 2+ pitting leg edema bilaterally.", "limb_edema", true),
    ] as [(String, String, String, Bool)])
func anAttributionOrAWatchIsNoDiagnosis(_ request: String, _ summary: String, _ diagnosis: String, _ read: Bool) {
    expectRequestFact(summary, request, "diagnoses", read ? diagnosis : "!\(diagnosis)", anyTerm: true)
}

// A finding named as what the worker is to report or watch for is no finding found
// (`finding_doubt`): "advised to report any giving way of the knee" tells no giving way.
@Test(
    arguments: [
        // (summary, mechanical_signs)
        ("Advised to report any giving way of the knee.", "nil"),
        ("She will call if the knee locks again.", "nil"),
        ("The knee gives way on stairs twice a week.", "true"),
        ("The knee locks two or three times a week.", "true"),
    ] as [(String, String)])
func aFindingToWatchForIsNotFound(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Knee brace", "mechanical_signs", expected)
}

// An instrument named by what it measures tells the test, not its result: its name holds no
// psychosocial factor ("Fear-Avoidance Beliefs Questionnaire physical activity 5/24", "a
// re-evaluation with a fear-avoidance screen"); its verdict still does ("high fear avoidance on
// the FABQ") (`term_other_senses` read for cue facts too).
@Test(
    arguments: [
        // (summary, psychosocial_factors)
        ("PHYSICAL THERAPY RE-EVALUATION WITH A FEAR-AVOIDANCE SCREEN.", "nil"),
        ("Fear-Avoidance Beliefs Questionnaire physical activity 5/24 and work 9/42.", "nil"),
        ("Tampa Scale of Kinesiophobia 22; Pain Catastrophizing Scale 6.", "nil"),
        (
            "Fear-Avoidance Beliefs Questionnaire physical activity 5/24. Assessment: no fear-avoidance beliefs or catastrophizing on the screen.",
            "false"
        ),
        ("Fear-Avoidance Beliefs Questionnaire work 38/42: high fear avoidance.", "true"),
        ("She avoids lifting because of fear of reinjury; kinesiophobia is marked.", "true"),
        ("Pain Catastrophizing Scale 41, consistent with pain catastrophizing.", "true"),
    ] as [(String, String)])
func anInstrumentsNameIsNoFinding(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Cognitive behavioral therapy 4 sessions", "psychosocial_factors", expected)
}

// A drug another has forbidden, told after it, is not taken ("celecoxib not allowed by his
// gastroenterologist"), nor one forbidden or to be shunned before it ("told to avoid celecoxib");
// one allowed or taken stays, and so does one chosen to avoid another harm (medications). An intolerance told in a
// drug's part of a list is that drug's, even when an aside after it names a class
// ("oxycodone IR 2013-2014, not tolerated (hives) (allergist: opioid-induced histamine release)"):
// not the requested tapentadol's (adverse_effects_intolerable).
@Test(
    arguments: [
        // (summary, celecoxib taken)
        ("Medications: acetaminophen 500 mg as needed; celecoxib not allowed by his gastroenterologist.", false),
        ("Medications: acetaminophen 500 mg as needed; celecoxib not permitted after the bleed.", false),
        ("Medications: acetaminophen 500 mg as needed; celecoxib 200 mg daily.", true),
        ("Medications: acetaminophen 500 mg as needed; celecoxib 200 mg daily, allowed by his gastroenterologist.", true),
        // ...and a ban told before the drug.
        ("Medications: acetaminophen 500 mg as needed; forbidden celecoxib by his gastroenterologist.", false),
        ("Medications: acetaminophen 500 mg as needed; told to avoid celecoxib after the bleed.", false),
        ("Medications: acetaminophen 500 mg as needed. He is prohibited from taking celecoxib.", false),
        ("Medications: acetaminophen 500 mg as needed. Avoids lifting; takes celecoxib 200 mg daily.", true),
        ("Medications: acetaminophen 500 mg as needed. To avoid an ulcer, celecoxib 200 mg daily was chosen.", true),
    ] as [(String, Bool)])
func aDrugForbiddenIsNotTaken(_ summary: String, _ taken: Bool) {
    expectRequestFact(summary, "Interferential unit", "medications", taken ? "celecoxib" : "!celecoxib", anyTerm: true)
}

@Test(
    arguments: [
        // (summary, adverse_effects_intolerable)
        (
            "Opioid history: hydrocodone/APAP 2012-2013, not tolerated (vomiting); oxycodone IR 2013-2014, not tolerated (generalized hives) (allergist: opioid-induced histamine release); tapentadol ER since 09/2014 without nausea or rash.",
            "nil"
        ),
        ("Oxycodone 2014, not tolerated (hives) (per the allergist, an opioid reaction). Tapentadol ER since 2014.", "nil"),
        ("Tapentadol ER since 09/2014, not tolerated (vomiting) (the allergist suspects an opioid reaction).", "true"),
        ("She takes tapentadol ER 100 mg twice a day, poorly tolerated (nausea).", "true"),
    ] as [(String, String)])
func anIntoleranceIsItsOwnDrugs(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Nucynta ER 100mg #60", "adverse_effects_intolerable", expected)
}

// "Nothing" denies what follows it, as "none" and "no" do: "nothing unexpected" on a drug screen is
// no aberrant result, "nothing has helped" no relief; a result named unexpected stays one.
@Test(
    arguments: [
        // (summary, fact, expected)
        (
            "Tapentadol ER 100 mg twice a day. Urine drug test 04/18/2016: tapentadol present, nothing unexpected.", "aberrant_behavior",
            "false"
        ),
        ("Nothing has helped her low back pain.", "pain_improved", "false"),
        (
            "Tapentadol ER 100 mg twice a day. Urine drug test 04/18/2016: tapentadol present, oxycodone unexpected.", "aberrant_behavior",
            "true"
        ),
        ("Tapentadol ER 100 mg twice a day. Urine drug test 04/18/2016: unexpected oxycodone.", "aberrant_behavior", "true"),
    ] as [(String, String, String)])
func nothingDeniesWhatFollows(_ summary: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, "Nucynta ER 100mg #60", fact, expected)
}
