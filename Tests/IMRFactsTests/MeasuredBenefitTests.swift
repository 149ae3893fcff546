import IMRFacts
import Testing

// A completed trial's benefit told only as measurements (`prior_therapy_benefit`, MeasureChanges):
// one measure at two times (from/to, an arrow, "was X, now Y", "X at intake, Y at discharge",
// "Y (X before)", "up from X") or its change ("improved by N points", "N% improvement in"),
// which direction is better for that measure (lower ODI, NDI, DASH; higher LEFS, motion,
// strength, grip, tolerances, lifts), and the least change that counts. A worse, unchanged or
// trivially changed measure is no benefit (false). Pain alone is not functional benefit
// (CCR 9792.20(f)), and a measure of a drug, of another region, planned or hoped for is not the
// trial's.

let shoulderTherapy = "Physical therapy 2x3 right shoulder"
let lumbarTherapy = "Physical therapy 2x4 lumbar spine"
let kneeTherapy = "Physical therapy 2x3 right knee"
let lumbarChiropractic = "Chiropractic treatment 2x3 lumbar spine"
let cervicalChiropractic = "Chiropractic manipulation 2x3 cervical spine"
let lumbarAcupuncture = "Acupuncture x6 lumbar spine"
let wristTherapy = "Occupational therapy 2x3 right wrist"

@Test(
    arguments: [
        // (summary, request): each must read prior_therapy_benefit true.
        ("She completed 8 sessions of physical therapy; her Oswestry score fell from 48% to 26%.", lumbarTherapy),
        (
            "After six chiropractic visits, lumbar flexion improved from 35 to 70 degrees and he sits 60 minutes, up from 15.",
            lumbarChiropractic
        ),
        ("PT x 12 completed. LEFS 31 at intake, 52 at discharge.", kneeTherapy),
        ("Acupuncture x6 done: walking tolerance was 10 minutes, now 45 minutes.", lumbarAcupuncture),
        (
            "Per the therapist's discharge summary after 10 visits of occupational therapy, grip strength is 30 kg on the right (18 kg at the initial evaluation).",
            wristTherapy
        ),
        ("Shoulder external rotation strength 4-/5 -> 5/5 over the 8 completed PT visits.", shoulderTherapy),
        ("QME: with the 12 sessions of therapy completed, his QuickDASH dropped 59 → 34.", shoulderTherapy),
        ("Six visits of chiropractic manipulation have been completed; cervical rotation 40° → 70°.", cervicalChiropractic),
        ("Completed 6 acupuncture treatments. Standing tolerance 20 min before, 60 min after the treatments.", lumbarAcupuncture),
        ("S: completed 9 of 12 PT visits. O: knee flexion 95 deg today vs 70 deg at eval.", kneeTherapy),
        ("He has had 6 sessions of physical therapy. His Oswestry index improved by 18 points.", lumbarTherapy),
        ("She finished 8 visits of PT with a 50% improvement in her sitting tolerance.", lumbarTherapy),
        ("Physical therapy x8 completed in October: lifting 10 lb at intake, 35 lb at discharge.", lumbarTherapy),
        ("PR-2: chiro trial of 6 visits done; ODI now 28%, down from 50% before the trial.", lumbarChiropractic),
        ("Her PT notes document abduction of 150 degrees at the sixth visit, against 95 degrees at the first.", shoulderTherapy),
        ("After the 8 PT visits she stands at the counter for 40 minutes instead of 10.", lumbarTherapy),
        // An evaluation or a visit is no other treatment; a measure's second time may follow a semicolon
        // (the last two from engineer scope's cross rows).
        ("PT re-eval after 10 visits: LEFS 40 at the initial exam, 62 today.", kneeTherapy),
        ("Chiropractic re-evaluation after 8 visits: Oswestry 48% at intake, 26% today.", lumbarChiropractic),
        ("Neck Disability Index at the start of chiropractic care 40%; at the latest visit 22%.", cervicalChiropractic),
    ] as [(String, String)])
func aTrialsMeasuredGainIsItsBenefit(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") == "true", "\(summary)")
}

@Test(
    arguments: [
        // (summary, request, prior_therapy_benefit): a measure worse, the same, or changed less than
        // its threshold is no benefit; pain alone, a plan, another drug or region tells none.
        ("After 12 PT visits her ODI went from 30% to 44%.", lumbarTherapy, "false"),
        ("He completed 6 chiropractic visits; lumbar flexion 40 degrees at the start and 40 degrees now.", lumbarChiropractic, "false"),
        ("After 8 sessions of physical therapy, ODI 46% -> 42%.", lumbarTherapy, "false"),
        ("Completed 10 OT visits. Grip 18 kg at the initial evaluation, 19 kg at discharge.", wristTherapy, "false"),
        ("The goal of 6 more PT visits is to raise abduction from 90 to 150 degrees.", shoulderTherapy, nil),
        (
            "She completed 12 PT visits in 2016. On Norco her walking tolerance went from 10 to 40 minutes.",
            lumbarTherapy, nil
        ),
        (
            "He completed 8 PT visits for the right shoulder. Right knee flexion went from 90 to 120 degrees after the knee arthroscopy.",
            shoulderTherapy, nil
        ),
        ("After 6 acupuncture treatments her pain went from 8/10 to 4/10.", lumbarAcupuncture, nil),
        // Two sides, or one value over its scale, are not two times.
        ("Completed 8 OT visits. Grip strength was 18 kg on the right and 30 kg on the left.", wristTherapy, nil),
        ("She finished 12 PT visits. Motor strength was noted to be 4 out of 5 in the lower extremity.", lumbarTherapy, nil),
    ] as [(String, String, String?)])
func aMeasureNotGainedOrNotTheTrialsIsNoBenefit(_ summary: String, _ request: String, _ benefit: String?) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") == benefit, "\(summary)")
}
