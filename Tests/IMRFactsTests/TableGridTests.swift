import Testing

// A table of a note (``TableGrids``): a header line naming its columns and rows under it, cut by
// bars, tabs or runs of spaces aligned under the header's words. A measure's row is read across its
// header's columns of the time before and the time after; a goal column is never a measure taken;
// a table's line ends its sentence, so the line after the table (a plan, a request) is not read with
// its last row. Written in this project's own words before the mechanism: on the start build
// (432a631) the three must-read rows read no benefit, and the must-not rows held.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Therapy re-evaluation 11/08/2016. Mr. Dunn, 47, a warehouse loader, strained the right rotator cuff lifting boxes on 07/19/2016 and has finished 8 visits of physical therapy.\nMeasure | Initial 09/20 | Discharge 11/08 | Goal\nShoulder flexion AROM | 100 deg | 155 deg | 170 deg\nQuickDASH | 58 | 31 | 15\nLift to shoulder height | 5 lb | 15 lb | 25 lb\nHe still cannot lift overhead at work; 6 more visits are requested.",
            "Physical therapy 6 additional visits right shoulder", "prior_therapy_benefit", "true"
        ),
        (
            "PT progress report 10/28/2016. Ms. Soto, 39, a caregiver, hurt her low back transferring a client on 08/01/2016. She has attended 6 visits.\nOutcome            Initial eval      Re-eval       Goal\nOswestry           48%               26%           15%\nSitting tolerance  15 min            50 min        90 min\nLumbar flexion     30 deg            65 deg        80 deg\nShe does her home program daily. Three more weeks are asked for.",
            "Physical therapy lumbar spine 2x3", "prior_therapy_benefit", "true"
        ),
        (
            "Post-operative PT note 11/14/2016. Mr. Ruiz, 52, a bus mechanic, had a left partial medial meniscectomy on 09/12/2016 and has had 6 visits.\nMeasure\tIntake 09/26\tToday\tTarget\nKnee flexion\t80 deg\t120 deg\t135 deg\nLEFS\t24/80\t49/80\t65/80\nSingle leg stance\t4 sec\t18 sec\t30 sec\nHe walks without the cane now.",
            "Post-operative physical therapy left knee, 6 visits", "prior_therapy_benefit", "true"
        ),
        // Must-not: a goal column far from the current one, a table of drugs with a stopped one, a
        // request form's grid.
        (
            "Therapy progress note 11/02/2016. Ms. Park, 44, a cashier, has neck pain since a rear-end collision on 06/03/2016 and has attended 10 visits.\nMeasure | Initial | Current | Goal\nNDI | 44% | 42% | 20%\nCervical rotation R | 50 deg | 52 deg | 75 deg\nCervical rotation L | 55 deg | 55 deg | 75 deg\nShe attends every visit and asks to continue.",
            "Physical therapy 6 additional visits neck", "prior_therapy_benefit", "!true"
        ),
        (
            "Chiropractic re-exam 10/20/2016. Mr. Cole, 36, a roofer, has low back pain since 07/2016 and has had 8 adjustments.\nMeasure           Initial      Current      Goal\nOswestry          40%          40%          10%\nFlexion           40 deg       42 deg       80 deg\nStanding          20 min       20 min       120 min\nHe feels looser for a day after each visit.",
            "Chiropractic manipulation 6 more visits lumbar", "prior_therapy_benefit", "!true"
        ),
        (
            "Clinic visit 10/11/2016 after a hospital stay. Mr. Lowe, 68, a retired janitor with a work-related hip fracture, had black stools during the stay.\nMedication list at discharge:\nDrug | Dose | Status\nIbuprofen | 600 mg tid | DISCONTINUED\nTramadol | 50 mg q6h prn | CONTINUE\nPantoprazole | 40 mg daily | NEW\nNo further bleeding since discharge.",
            "Omeprazole 20 mg #30", "concurrent_nsaid", "!true"
        ),
        (
            "PTP progress report 10/05/2016. Ms. Ford, 50, a nurse, has left shoulder pain since a patient lift on 06/10/2016 with weakness in abduction. Shoulder X-rays 06/2016 were normal.\nRequested treatment | Body part | Quantity\nMRI without contrast | L shoulder | 1\nPhysical therapy | L shoulder | 8\nDrop arm test positive on the left.",
            "MRI left shoulder without contrast", "prior_study", "!true"
        ),
    ])
func tableGridFacts(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
