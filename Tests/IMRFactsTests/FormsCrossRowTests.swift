import Testing

// Engineer scope's cross rows for this engineer (`/work/notes/cross26/table/forms.by-scope.tsv`),
// in that engineer's words: the rows this branch reads. Left unread: fbs26-02 (a block's diary as
// a table of times), fbs26-05 (a TENS trial's interpreted answers), fbs26-06 (a count before its
// therapy's abbreviation, "s/p 12 PT").

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "PT discharge summary 09/12/2018. Ms. Lindqvist, 51, a grocery stocker, had a right subacromial decompression on 06/20/2018 and has finished 12 visits.\nMeasure | Initial (07/05) | Discharge (09/10) | Goal\nActive flexion | 95 deg | 150 deg | 170 deg\nLift to shoulder shelf | 0 lb | 8 lb | 15 lb\nQuickDASH | 61 | 34 | 20\nGoals partly met; she asks to keep going.",
            "Additional physical therapy 2x3 right shoulder", "prior_therapy_benefit", "true"
        ),
        (
            "This is a follow-up visit for low back and left leg pain period the patient is a fifty two year old warehouse picker injured lifting a pallet in March period no weakness period straight leg raise positive on the left at forty degrees reproducing pain to the calf period left ankle jerk diminished period plan comma epidural steroid injection period",
            "Lumbar epidural steroid injection L5-S1 left", "radicular_signs", "true"
        ),
        (
            "Pain follow-up 02/06/2020. Mr. Barros, 58, a roofer, has chronic low back pain after a fall from a ladder in 2016 and takes hydrocodone/APAP 10/325 twice a day with pain 7/10 to 4/10 and walks his dog daily on it.\nOpioid monitoring checklist:\n[x] Pain agreement signed and in chart (01/14/2020)\n[ ] Naloxone prescribed\n[x] Side effects reviewed - mild constipation",
            "Hydrocodone/APAP 10/325 mg #60", "opioid_agreement", "true"
        ),
        (
            "PT progress note 04/02/2022. Mr. Novak, 55, a parking attendant, had a left knee arthroscopy with partial medial meniscectomy on 01/11/2022 and has attended 16 visits.\nMeasure        Initial    Current    Goal\nKnee flexion   95 deg     97 deg     125 deg\nStairs         1 flight   1 flight   4 flights\nLEFS           28/80      29/80      60/80\nHe attends regularly.",
            "Additional physical therapy 2x4 left knee", "prior_therapy_benefit", "!true"
        ),
        (
            "Primary treating physician's progress report 06/15/2021. Mr. Ahmadi, 38, a delivery driver, has low back pain with right leg numbness since lifting a crate on 03/02/2021, not better after six weeks of PT. Lumbar X-rays 03/2021 showed mild L5-S1 narrowing.\nRequested treatment   Body part    Frequency/duration\nMRI without contrast  L-spine      x1\nPhysical therapy      L-spine      2x4",
            "MRI lumbar spine without contrast", "prior_study", "!true"
        ),
        (
            "Post-hospital visit 10/03/2019. Ms. Ochoa, 66, a school custodian, was admitted 09/20-09/24/2019 with a left wrist fracture and ORIF after a fall on a wet floor, and had dark stools on day 2.\nDischarge medication reconciliation\nMedication | Sig | Status\nNaproxen 500 mg | bid | STOPPED\nAcetaminophen 500 mg | 2 q6h prn | CONTINUE\nPantoprazole 40 mg | daily | NEW\nShe has had no further dark stools.",
            "Omeprazole 20 mg #30", "concurrent_nsaid", "!true"
        ),
    ])
func formsCrossRows(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// This session's rows (`/work/notes/cross27/table/forms.by-scope.tsv`), in engineer scope's words. Left
// unread: fbs27-03 (a weekly log's tablets a day across its rows), fbs27-07 (a care list whose
// last items still work: conservative care not failed).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Initial orthopedic consultation 03/14/2022. Mr. Halvorsen, 49, a warehouse loader, has low back pain into the right calf since lifting a pallet jack on 10/02/2021. Treatment so far:\n- Physical therapy, 10 visits in Nov-Dec 2021: helped a little while he went, pain back within two weeks of discharge\n- Meloxicam 15 mg daily: stopped after 3 weeks for heartburn\n- Chiropractic x6: no lasting change\nStraight leg raise is positive on the right at 45 degrees and right EHL is 4/5.",
            "MRI lumbar spine without contrast", "conservative_care_failed", "true"
        ),
        (
            "TENS home trial summary 06/02/2022. Ms. Quist, 44, a call-centre agent, has chronic neck and left trapezius pain since 2020.\nTrial dates: 05/01-05/30/2022\nDays used: 27 of 30\nSessions per day: 2-3, 30 min each\nPain before trial: 7/10; last week: 4/10\nSitting tolerance: 20 min before, 60 min now\nShe asks to keep the unit.",
            "TENS unit purchase", "device_trial_function", "true"
        ),
        (
            "New patient intake 01/10/2023. Ms. Okafor, 38, a hotel housekeeper, has low back pain since pushing a laundry cart in July 2022. Her answers on the treatment questionnaire:\n[x] physical therapy - 8 times, helpd some\n[x] TENS unit - used at therapy, didnt do much\n[ ] injections\n[x] pills - ibuprofen, upsets stomach\nShe has not tried acupuncture and would like to.",
            "Acupuncture 6 sessions lumbar spine", "tens_tried", "true"
        ),
        (
            "Orthopedic follow-up 04/18/2022. Mr. Lindgren, 52, a utility meter reader, twisted his right knee stepping off a curb on 01/07/2022 and has medial knee pain with stairs.\nMechanical sx: no locking, no catching, no giving way.\nExam: medial joint line tender, no effusion, full extension, flexion 125 degrees.\nHe finished 8 PT visits and uses ice after work.",
            "MRI right knee without contrast", "mechanical_signs", "false"
        ),
        (
            "PR-2 dated 11/03/2021. Ms. Duarte, 45, a dental assistant, has neck pain with right arm tingling since a rear-end collision at work on 02/15/2021. Tx hx: PT x8 (spring 2021) - min relief; chiro x4; gabapentin - dizzy, d/c'd. Today cervical rotation 50 degrees right, Spurling neg. Plan: more PT.",
            "Physical therapy 2x4 cervical spine", "prior_sessions", "8"
        ),
        (
            "TENS rental review 03/30/2023. Mr. Feld, 60, a maintenance lead on modified duty, has chronic low back pain since 2017.\nRental: 03/01-03/29/2023, used 25 of 29 days, twice a day\nPain: 6/10 before, 5/10 last week\nWalking tolerance: 15 min before, 15 min now\nStanding at work: 1 hour before, 1 hour now\nHe says it feels nice while on.",
            "TENS unit purchase", "device_trial_function", "!true"
        ),
        (
            "Intake 05/05/2023. Mr. Castellanos, 29, a landscaper, has low back pain since lifting a sod roll on 04/11/2023. Home care checklist, his marks:\n[ ] anti-inflammatory pills (Advil, Aleve)\n[ ] Tylenol\n[x] heat and ice - every night\n[x] rest - 3 days off work\nHe takes no medicines; exam shows paraspinal spasm, neuro intact.",
            "Physical therapy 6 visits lumbar spine", "nsaid_tried", "!true"
        ),
    ])
func formsCrossRows27(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// This session's rows (`/work/notes/cross28/table/forms.by-scope.tsv`), in engineer scope's words. Left
// unread: fbs28-03 (a table whose columns are the two times and whose rows repeat the measure's name
// in each cell, "ODI 52% | ODI 28%").

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Follow-up 02/06/2023. Mr. Petrov, 42, a stock handler, has right buttock pain since a fall on ice in the yard in 10/2022. SI exam: thrust +, Gaenslen +, compression +, distraction neg, FABER neg. Neuro intact. Eight PT visits did not change his pain.",
            "Right sacroiliac joint injection", "sacroiliac_positive_tests", "3"
        ),
        (
            "Progress note 02/15/2023. Ms. Oyelaran, 39, a grocery stocker, has low back pain with right leg pain since lifting a case of water on 11/20/2022.\nROS: No B/B sx. No fever/chills, no wt loss. No night pain.\nExam: SLR + R at 40 deg, R EHL 4/5, saddle sensation nl.\nShe finished 6 PT visits and takes naproxen 500 mg bid.",
            "MRI lumbar spine without contrast", "red_flags", "false"
        ),
        (
            "PT discharge summary 07/22/2022. Ms. Ortiz, 50, a hotel housekeeper, had a right shoulder arthroscopy on 04/05/2022.\nAttendance: 12/12\nFlexion: 100 -> 160 deg\nDASH: 58 -> 22\nPlan: 6 more visits to finish strengthening.",
            "Physical therapy x6 right shoulder", "prior_sessions", "12"
        ),
        (
            "Home health intake 01/11/2023. Mr. Ferreira, 68, a retired-then-rehired school bus driver, had a right below-knee amputation on 12/20/2022 after a crush injury at work.\nHOMEBOUND (check at least one):\n[x] Leaving home needs a wheelchair and another person's help\n[ ] Leaves home for non-medical reasons\nHe has left the house only for his surgeon's visits. His wound needs dressing changes every other day.",
            "Home health skilled nursing 2x/week x4 weeks", "homebound", "true"
        ),
        (
            "Pain follow-up 11/20/2022. Mr. Novak takes Norco for back pain since a 2016 fall.\nUDT history:\n03/02/2021 | hydrocodone | consistent\n10/16/2021 | hydrocodone | consistent\nNo early refills.",
            "Urine drug screen", "drug_screen_interval", "400 days"
        ),
        (
            "Home health certification 03/08/2023. Ms. Pruitt, 63, a school custodian, had a right total knee replacement on 02/14/2023 for arthritis accepted on her claim.\nHOMEBOUND STATUS (one box at least):\n[ ] Leaves home only with a considerable and taxing effort - note: drives herself to the market twice a week\n[ ] Needs another person to leave home - note: goes to church alone on Sundays\n[ ] Uses a device to leave home - note: walks without her cane now\nShe bathes and dresses herself.",
            "Home health aide 4 hours a day", "homebound", "!true"
        ),
        (
            "Physical therapy note 04/19/2022. Mr. Idowu, 36, a parcel sorter, has low back pain since twisting to lift a box on 01/03/2022.\nSessions: 6 of 6 attended\nOswestry: 44% -> 30%\nSitting tolerance: 15 -> 40 min\nRecommend 12 more sessions, 2x/wk x 6 wks.",
            "Physical therapy x12 lumbar spine", "prior_sessions", "!12"
        ),
        (
            "Follow-up 09/12/2022. Ms. Brandt, 51, a nurse aide, has right buttock pain since she caught a falling patient in 04/2022. Provocation tests: Gaenslen's and sacral thrust reproduce her pain on the right; distraction, compression and FABER are negative. Hip range of motion is full and painless. She has done 8 PT sessions and uses ibuprofen.",
            "Right sacroiliac joint injection", "sacroiliac_positive_tests", "!5"
        ),
    ])
func formsCrossRows28(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// This session's rows (`/work/notes/cross29/table/forms.by-scope.tsv`), in engineer scope's words. Left
// unread: fbs29-02 (a before -> after list of test scores as a change since the last study),
// fbs29-05 (a programme as a list item with its dates and discharge, no verb of completion),
// fbs29-07 (the ND rows are read; the drug in use comes from a plan's "proposes", a mood).
@Test(
    arguments: [
        (
            "Pain management follow-up 03/14/2023. Ms. Halvorsen, 47, a parcel sorter, has right leg pain since lifting a tote on 06/02/2022. Right L5-S1 TFESI 10/20/2022. Pain: 8/10 before -> 2/10 for about nine weeks -> 7/10 by mid-January. She went back to full duty in November and cut her tramadol to one a day while it lasted. SLR positive on the right at 45 degrees today.",
            "Repeat right L5-S1 transforaminal epidural steroid injection", "prior_relief_percent", "75"
        ),
        (
            "Pain clinic visit 02/09/2023. Mr. Adeyemi, 58, a forklift driver, takes oxycodone 10 mg three times a day for lumbar pain since a 2019 injury. Urine drug screen 01/26/2023:\nAnalyte | Result | Cutoff | Prescribed\nOxycodone | POSITIVE | 100 | YES\nMorphine | POSITIVE | 300 | NO - not on list\nTHC | negative | 50 | -\nHe reports pain 6/10 with and 9/10 without the medication.",
            "Oxycodone 10 mg #90", "urine_drug_screen_consistent", "false"
        ),
        (
            "PT daily note 05/17/2023 (Visit 9 of 12). Ms. Baptiste, 36, a cashier, has left shoulder pain since reaching for a case on 02/27/2023.\nS: sleeping better, still sore with overhead reach.\nO: flexion 150, abduction 140, ER 4/5.\nA: progressing.\nP: 3 remaining visits; therapist asks for 6 more to finish strengthening.",
            "Physical therapy 6 visits left shoulder", "prior_sessions", "9"
        ),
        (
            "Hand surgery consult 01/30/2023.\nReferring: N. Abadi, MD\nPCP: Y. Torres, DO\nMs. Kowalczyk, 49, a data entry clerk, has right hand numbness since 2021.\nSocial history form: Alcohol: N  Tobacco: Y (half a pack a day)  Drugs: N\nNCS 12/2022 moderate right median neuropathy at the wrist. Splinting at night for four months did not help.",
            "Right carpal tunnel release", "smoker", "true"
        ),
        (
            "Chiropractic progress note 06/21/2023. Mr. Ibsen, 33, a landscaper, has low back pain since 04/2023.\nTotal sessions to date: 2\nToday (tx #2): lumbar adjustment, soft tissue work.\nODI 44%.\nPlan: 4 more sessions, reassess at the sixth.",
            "Chiropractic manipulation 4 sessions lumbar", "prior_sessions", "!4"
        ),
        (
            "Spine consult 07/12/2023. Mr. Varga, 40, a warehouse picker, has low back pain since 01/2023.\nTreatment to date:\n- PT 18 visits, which helped; back at full duty\n- Naproxen 500 mg bid, helps\n- Home exercise daily\nNo leg pain, no numbness; SLR negative. The request is for an MRI before he changes jobs.",
            "Lumbar MRI without contrast", "conservative_care_failed", "!true"
        ),
    ])
func formsCrossRows29(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
