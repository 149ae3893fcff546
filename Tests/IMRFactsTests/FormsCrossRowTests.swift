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
