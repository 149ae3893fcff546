import Testing

// Facts told by a note's structure rather than its sentences, in this project's own voices (not a
// letter's): a label whose list is denied at its head ("Mechanical sx: no locking"), a list under a
// head that denies every item ("Denies:" over "- fever"), with must-not rows beside each: a label
// that is not denied, an item denied under a head that is not, a head whose negation judges the
// care listed ("Not helped by:"), a label whose negation judges the care it names ("Chiro: not
// helpful"). Written before the mechanism: on the start build (27781ea) the must-read rows read the
// label as the finding affirmed.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Ms. Fox, 33, a server, has right knee pain since a twist on 06/2021. Mechanical sx: no locking, catching or giving way. Joint line tender medially. McMurray negative, no effusion.",
            "Right knee MRI without contrast", "mechanical_signs", "false"
        ),
        (
            "Mr. Obi, 37, a mover, has low back pain since 09/2021. Red flags: denies fever, weight loss, night pain, saddle numbness or bowel/bladder change. Neuro intact.",
            "MRI lumbar spine without contrast", "red_flags", "false"
        ),
        (
            "Mr. Varga, 61, a baker, has low back pain since 2020. Red flag screen - negative for fever, cancer history, trauma and incontinence. Strength and reflexes symmetric.",
            "MRI lumbar spine without contrast", "red_flags", "false"
        ),
        (
            "Mr. Ansah, 58, a welder, has low back pain since a fall in 02/2021.\nThe patient denies:\n- fevers or chills\n- unintended weight loss\n- bowel or bladder incontinence\n- saddle anesthesia\nStrength 5/5 throughout.",
            "MRI lumbar spine without contrast", "red_flags", "false"
        ),
        (
            "Ms. Cole, 29, a dancer, has left knee pain since a landing on 05/2021.\nNo mechanical symptoms:\n- locking\n- catching\n- buckling\nTender at the medial joint line.",
            "Left knee MRI without contrast", "mechanical_signs", "false"
        ),
        // Must-not: a label told present, an item denied under a head that denies nothing.
        (
            "Ms. Fox, 33, a server, has right knee pain since a twist on 06/2021. Mechanical sx: locking 2x/wk, catching on stairs. Joint line tender medially.",
            "Right knee MRI without contrast", "mechanical_signs", "true"
        ),
        (
            "Ms. Cole, 29, a dancer, has left knee pain since a landing on 05/2021.\nMechanical symptoms:\n- locks about twice a week\n- no giving way\nTender at the medial joint line.",
            "Left knee MRI without contrast", "mechanical_signs", "true"
        ),
        // Must-not: the negation judges the care the label or the head names, it does not deny it.
        (
            "Mr. Kerr, 47, a driver, has low back pain since 2020. Chiro: not helpful after 6 visits in 2020. PT: no real relief. Flexion 50 degrees.",
            "Chiropractic manipulation x6 lumbar", "prior_therapy", "true"
        ),
        (
            "Mr. Kerr, 47, a driver, has low back and right leg pain since 2020.\nNot helped by:\n- physical therapy, 12 visits\n- naproxen\n- chiropractic, 6 visits\nSLR positive on the right, EHL 4/5.",
            "MRI lumbar spine without contrast", "conservative_care_failed", "true"
        ),
    ])
func labelAndListNegation(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// Pain with and without the drug in shorthand, the noun left out ("8/10 without, 4/10 with"), and a
// change told with the drug as its means ("8 -> 4 with the Norco"); must-not: "with" and "without"
// about an activity or a device, a change with a therapy.
@Test(
    arguments: [
        (
            "Mr. Gill, 55, a roofer, has chronic low back pain since 2016 and takes hydrocodone/APAP 10/325 three times a day. Pain 8/10 without, 4/10 with. Walks 20 minutes daily.",
            "Hydrocodone/APAP 10/325 mg #90", "pain_with_without_medication", "true"
        ),
        (
            "Ms. Adeyemi, 47, a packer, neck pain since 2019. Meds: tramadol 50 mg bid, which she takes every day. VAS 7 w/o, 3 w/. Works full shifts.",
            "Tramadol 50 mg #60", "pain_with_without_medication", "true"
        ),
        (
            "Mr. Gill, 55, a roofer, has chronic low back pain since 2016. Pain 8 -> 4 with the Norco, which he takes three times a day. Walks 20 minutes daily.",
            "Norco 10/325 mg #90", "pain_with_without_medication", "true"
        ),
        (
            "Ms. Brandt, 60, a seamstress, has hand and wrist pain since 2018. Her pain goes from 7/10 to 3/10 on the meloxicam within an hour. She sews four hours a day.",
            "Meloxicam 15 mg #30", "pain_with_without_medication", "true"
        ),
        (
            "Ms. Reed, 49, a machinist, has chronic low back pain since 2017 and takes tramadol 50 mg twice a day. Pain 7/10 with prolonged standing, 3/10 without. Uses a lumbar support for driving.",
            "Tramadol 50 mg #60", "pain_with_without_medication", "!true"
        ),
        (
            "Mr. Haas, 52, a painter, low back pain since 2018 on tramadol 50 mg at night. He tried a TENS unit at home for a month. Pain 8/10 without, 4/10 with.",
            "Tramadol 50 mg #60", "pain_with_without_medication", "!true"
        ),
        (
            "Mr. Haas, 52, a painter, low back pain since 2018 on tramadol 50 mg at night. Pain 8 -> 4 with PT over six weeks.",
            "Tramadol 50 mg #60", "pain_with_without_medication", "!true"
        ),
    ])
func shorthandPainWithAndWithout(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// A home trial of a device kept as a log: days used of the trial's days, sessions a day, pain
// before and in the last week, a tolerance and a drug's tablets before and after. Must-not: a log
// with nothing changed, a tolerance lost.
@Test(
    arguments: [
        (
            "Ms. Park, 52, a bus driver, low back pain since 2019. TENS trial log (30 days):\nDays used: 27 of 30\nSessions: 2-3 a day, 40 min each\nPain before trial 7/10, last week 4/10\nSitting tolerance: 20 min -> 45 min\nDriving: 15 min -> 40 min\nNorco: 4 tabs/day -> 2 tabs/day",
            "TENS unit purchase", "device_trial_function", "true"
        ),
        (
            "Ms. Park, 52, a bus driver, low back pain since 2019. TENS trial log (30 days):\nDays used: 27 of 30\nSessions: 2-3 a day, 40 min each\nPain before trial 7/10, last week 4/10\nSitting tolerance: 20 min -> 45 min\nNorco: 4 tabs/day -> 2 tabs/day",
            "TENS unit purchase", "device_trial_pain", "true"
        ),
        (
            "Ms. Park, 52, a bus driver, low back pain since 2019. TENS trial log (30 days):\nDays used: 27 of 30\nPain before trial 7/10, last week 4/10\nNorco: 4 tabs/day -> 2 tabs/day",
            "TENS unit purchase", "device_trial_medication", "true"
        ),
        (
            "Mr. Soto, 46, an assembler, neck and shoulder pain since 2020. Interferential unit, home log 03/01-03/31: used 26 of the 30 days, twice daily. Standing at the line: 2 hrs before the trial, a full 8-hr shift now.",
            "Interferential stimulator purchase", "device_trial_function", "true"
        ),
        (
            "Mr. Ruiz, 49, a mechanic, low back pain since 2019. TENS trial log: days used 26 of 30.\nPain before trial 6/10, last week 5/10\nNorco: 2 tabs/day -> 4 tabs/day since his flare",
            "TENS unit purchase", "device_trial_medication", "!true"
        ),
        (
            "Mr. Ito, 58, a janitor, low back pain since 2018. TENS trial log: used 25 of 30 days, once a day. Pain 6/10 before, 6/10 in the last week. Sitting 30 min before, 30 min now. Tramadol 2/day, unchanged.",
            "TENS unit purchase", "device_trial_function", "!true"
        ),
        (
            "Ms. Kaur, 41, a nurse aide, neck pain since 2020. TENS trial log: days used 28 of 30. Walking tolerance 30 min before the trial, 15 min now. Pain 5/10 before and after.",
            "TENS unit purchase", "device_trial_function", "!true"
        ),
    ])
func deviceTrialLog(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// An unticked box's item with its examples in brackets ("[ ] anti-inflammatory pills (Advil,
// Aleve)"): the examples are the item's, asserted no more than it; free text in brackets is the
// worker's answer, read as written.
@Test(
    arguments: [
        (
            "New patient 02/02/2022. Mr. Pike, 33, a roofer, has low back pain since a fall on 01/10/2022. Checklist, his marks:\n[ ] muscle relaxers (Flexeril, Soma)\n[x] ice and heat\n[ ] anti-inflammatories (e.g. ibuprofen, naproxen)\nNeuro intact.",
            "Physical therapy 6 visits lumbar spine", "nsaid_tried", "!true"
        ),
        (
            "New patient 02/02/2022. Mr. Pike, 33, a roofer, has low back pain since a fall on 01/10/2022. Checklist, his marks:\n[x] ice and heat\n[ ] injections (declined twice, afraid of needles)\nNeuro intact.",
            "Lumbar epidural steroid injection L5-S1", "injection_given", "!true"
        ),
    ])
func uncheckedBoxExamples(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// A worker's own answers on a form, contractions written without the apostrophe ("didnt help",
// "dont smoke") and care named by the one who gave it ("[x] Chiropractor - 10 visits"). Must-not:
// the same care told as helping, a device told as used ("cant remember how many times"). Written
// before the cue data: on f00b722e the must-read rows read no failure and a smoker.
@Test(
    arguments: [
        (
            "New patient questionnaire 02/02/2023. Mr. Dube, 47, a forklift driver, has low back pain since a fall from a dock on 09/14/2022. What have you tried?\n[x] Chiropractor - about 10 visits, didnt help\n[x] Pills - advil, doesnt do much\n[ ] Shots\nHe has pain down the left leg to the foot.",
            "MRI lumbar spine without contrast", "conservative_care_failed", "true"
        ),
        (
            "Mr. Pereira, 55, a mason, has back and leg pain since 2019. Social history (patient form): \"Smoke? - dont smoke, quit 2015.\" He drinks socially.",
            "Lumbar fusion L5-S1", "smoker", "false"
        ),
        (
            "New patient questionnaire 03/03/2023. Ms. Amadi, 39, a warehouse picker, has low back pain since lifting a tote on 12/01/2022. What have you tried?\n[x] Chiropractor - 8 visits, helped a lot, still go once a month\n[x] Physical therapist - 6 times, it helped\nShe has no leg symptoms.",
            "MRI lumbar spine without contrast", "conservative_care_failed", "!true"
        ),
        (
            "Mr. Haruna, 50, a bus driver, has low back pain since 2020. Patient form: \"TENS - used one at PT, cant remember how many times, it helped some.\" He wants one at home.",
            "TENS unit rental 30 days", "tens_tried", "!false"
        ),
    ])
func contractionsWithoutApostrophe(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
