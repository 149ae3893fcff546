import Testing

// A form's check boxes (``CheckBoxes``): a ticked box asserts its line, an unticked one asserts
// nothing, and the free text after an unticked box's item is read as written. Boxes as `[ ]`,
// `[x]`, `[X]`, `☐`, `☑`, `☒`, on lines of their own or joined on one line as a letter joins them
// ("[ ] Subacromial injection Exam: ..."), in yes / no pairs, in a work status, in a plan. Written
// in this project's own words before the mechanism: on the start build (61ce66a) 4 of the 9
// must-not rows read the fact (an unticked injection, unticked home exercises), and all must-read
// rows read it.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Ms. R., 44, packer, right ring finger triggering for 9 months. Treatment checklist:\n[x] Splinting, 8 weeks\n[x] Activity modification at work\n[ ] Corticosteroid injection - offered twice, she does not want a needle\nExam: palpable nodule at the A1 pulley, locks in flexion.",
            "Right ring finger trigger release", "injection_given", "!true"
        ),
        (
            "Pre-op checklist 10/20/2016. Ms. A., 52, left shoulder pain 14 months. Conservative care: [x] Physical therapy 16 visits [x] NSAIDs [ ] Subacromial injection Exam: Neer and Hawkins positive, painful arc.",
            "Left shoulder arthroscopic subacromial decompression", "injection_given", "!true"
        ),
        (
            "Ms. L., 60, cook. Right ring finger catching for 6 months. Options reviewed today:\nSteroid injection into the A1 pulley [ ] yes [x] no - she is afraid of needles\nSplint at night [x] yes [ ] no",
            "Right ring finger trigger release", "injection_given", "!true"
        ),
        (
            "Intake form 10/03/2016. Mr. V., 38, mechanic, low back pain since 08/2016. Care so far (check all that apply): [X] Ibuprofen [ ] Home exercises [ ] Chiropractic [X] Rest from work for 1 week. Pain 6/10.",
            "Physical therapy lumbar spine x6", "home_exercise_program", "!true"
        ),
        (
            "Ms. O., 45, clerk, right shoulder pain since 06/2016. Self-report form:\n☐ I do my home exercises most days\n☐ I have stopped my home exercises\n☒ I never got home exercises\nPain 5/10 reaching overhead.",
            "Physical therapy right shoulder x8", "home_exercise_program", "!true"
        ),
        (
            "Work status 11/01/2016: [ ] Full duty [X] Restricted duty - no kneeling or ladders [ ] Temporarily totally disabled. Mr. B., 39, right knee sprain.",
            "Physical therapy right knee x6", "work_status", "!not_working"
        ),
        (
            "Mr. E., 40, lineman, right knee locking since a fall 08/2016. Knee X-rays 08/30/2016: no fracture. McMurray positive medially.\nPlan:\n[x] MRI of the right knee without contrast\n[ ] Repeat X-rays",
            "MRI right knee", "prior_study", "!true"
        ),
        (
            "Treatment to date: [ ] Brace [ ] Medication [ ] Physical therapy [ ] Injection [X] None. Mr. C., 33, right elbow pain for 10 days.",
            "Physical therapy right elbow x6", "physical_rehabilitation", "!true"
        ),
        (
            "Response to care: [ ] Resolved [ ] Better [X] No change [ ] Worse. The numbness is the same after 8 weeks.",
            "EMG/NCS right upper extremity", "significant_change", "!true"
        ),
        // Must-read: a ticked box asserts its line.
        (
            "Mr. T., 52, data entry clerk, left hand numbness for a year. Conservative care:\n☑ Night splint since 03/2016\n☑ Steroid injection L carpal tunnel 06/2016 - 6 weeks of relief, then back\n☐ Therapy\nPhalen's and Tinel's positive on the left.",
            "Left carpal tunnel release", "injection_given", "true"
        ),
        (
            "Mr. H., 57, mechanic, left hand numbness for 14 months. Treatments tried: [x] wrist splint [x] steroid injection 04/2016 (relief for 2 months) [ ] hand therapy. Tinel's and Phalen's positive on the left.",
            "Left carpal tunnel release", "injection_given", "true"
        ),
        (
            "Intake form 10/03/2016. Mr. V., 38, mechanic, low back pain since 08/2016.\nCare so far (check all that apply):\n[X] Ibuprofen\n[X] Home exercises (handout from the urgent care)\n[ ] Chiropractic",
            "Physical therapy lumbar spine x6", "home_exercise_program", "true"
        ),
        (
            "Ms. O., 45, clerk, right shoulder pain since 06/2016. Self-report form:\n☒ I do my home exercises most days\n☐ I have stopped my home exercises\n☐ I never got home exercises",
            "Physical therapy right shoulder x8", "home_exercise_program", "true"
        ),
        (
            "Work status 11/01/2016: [ ] Full duty [X] Restricted duty - no kneeling or ladders [ ] Temporarily totally disabled. Mr. B., 39, right knee sprain.",
            "Physical therapy right knee x6", "work_status", "modified_duty"
        ),
    ] as [(String, String, String, String)])
func checkBoxReadAsTicked(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
