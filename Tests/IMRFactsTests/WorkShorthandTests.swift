import Testing

// Work told in shorthand (returned_to_work, work_status, functional_improvement; CPMTG 2009 p. 80:
// continue opioids "if the patient has returned to work"; 8 CCR 9792.20(f): "a reduction in work
// restrictions"): "RTW" is a return to work, "mod duty" a modified duty, and a status that ended
// before the note is no status now: one told with a span of dates that closed before the note
// ("(TTD 7/1-10/2/16)", "was TTD 5-9/16"), or after "previously", "initially", "after" or before
// "before". Must-not: a goal, a status kept with no return, a job before the injury, a span still
// open at the note.
// Committed failing: on the start binary of this session (f2746f0), 1 of 5 must-read rows and 3 of 3
// must-not rows read as written.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "PM&R f/u, 11/14/16. Lumbar strain, DOI 6/20/16. S/p PT x12 w/ benefit. RTW full duty 10/3/16 (TTD 7/1-10/2/16). Pain 3/10, ODI 20%.",
            "Physical therapy lumbar spine x6", "returned_to_work", "true"
        ),
        (
            "PM&R f/u, 11/14/16. Lumbar strain, DOI 6/20/16. S/p PT x12 w/ benefit. RTW full duty 10/3/16 (TTD 7/1-10/2/16). Pain 3/10, ODI 20%.",
            "Physical therapy lumbar spine x6", "work_status", "full_duty"
        ),
        (
            "Occ med recheck, 11/21/16. L shoulder strain, DOI 5/9/16. Work: back at his usual employer since 9/12/16 on restricted duty, 30 h/wk, no lifting >15 lb (was TTD 5-9/16). Tramadol ER 100 mg qd, pain 7 -> 4/10.",
            "Tramadol ER 100 mg #30", "work_status", "modified_duty"
        ),
        (
            "Med mgmt, 11/28/16. Chronic neck pain, DOI 2/3/15. Tramadol 50 mg bid since 5/16. Fxn: NDI 52% (5/16) -> 30% (11/16); RTW modified 10/16, 6 h/d, after TTD since 2/15. UDS 9/16 consistent.",
            "Tramadol 50 mg #60", "returned_to_work", "true"
        ),
        (
            "Med mgmt, 11/30/16. Chronic LBP, DOI 9/22/14. Meds: tapentadol ER 50 mg q12h since 7/16. RTW mod duty 8/1/16 as a parts counterman, 30 h/wk.",
            "Tapentadol ER 50 mg #60", "functional_improvement", "true"
        ),
    ] as [(String, String, String, String)])
func workShorthandRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Ortho f/u, 11/09/16. C-spine strain, DOI 8/2/16. TTD. Goal: RTW full duty by 1/17. PT x6 to date w/ modest gains.",
            "Physical therapy cervical spine x6", "returned_to_work", "!true"
        ),
        (
            "Initial evaluation, 11/08/2016. Before the injury he worked full duty as a welder; TTD since 08/2016.",
            "Physical therapy lumbar spine x6", "returned_to_work", "!true"
        ),
        (
            "PTP note, 11/20/16. R wrist fx 10/28/16. TTD 11/01/16 to 01/15/17 while the fracture heals.",
            "Occupational therapy right wrist x6", "returned_to_work", "!true"
        ),
    ] as [(String, String, String, String)])
func workShorthandNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
