import Testing

// A study's result and the document it is named in (``PriorStudies``, ``SelectionFacts``): a normal
// study told inside an assessment or a diagnosis ("cubital tunnel syndrome, clinical, with a normal
// NCS/EMG") is a normal study, not a study that found the diagnosis; a heading or an addendum that
// names the request ("ADDENDUM (for the MRI request)", "MRI left knee authorization request") is no
// study done. Read as written: an abnormal study named in an assessment, a real prior study under a
// report's heading, an outside study reviewed in an addendum. Written before the mechanism: on the
// start build (61ce66a) 4 of the 5 must-read rows fail; the 3 must-not rows pass.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Assessment: right cubital tunnel syndrome, clinical, with a normal NCS/EMG. He has failed splinting and six months of activity change.",
            "Right cubital tunnel release", "electrodiagnostic_abnormal", "false"
        ),
        (
            "Diagnosis: right L5 radiculopathy on clinical grounds, although the EMG/NCS of 07/2016 was unremarkable.",
            "Lumbar epidural steroid injection L5-S1 right", "electrodiagnostic_abnormal", "false"
        ),
        (
            "ADDENDUM (for the MRI request): Ms. T., 58, a cashier, has right shoulder pain for 5 months with a positive drop arm test. There is no earlier MRI or ultrasound of this shoulder.",
            "MRI right shoulder", "prior_study", "!true"
        ),
        (
            "Re: request for authorization of a lumbar MRI. Mr. K., 46, has left leg pain and a positive straight leg raise after 8 weeks of therapy. He has never had an MRI.",
            "MRI lumbar spine without contrast", "prior_study", "!true"
        ),
        (
            "MRI left knee authorization request, 10/31/2016. The knee locks twice a week despite six weeks of therapy; McMurray positive.",
            "MRI left knee", "prior_study", "!true"
        ),
        (
            "MRI REPORT, right shoulder, 03/14/2016 (prior study): full-thickness supraspinatus tear with 1 cm retraction.",
            "MRI right shoulder", "prior_study", "true"
        ),
        (
            "Assessment: right carpal tunnel syndrome, moderate by the NCS of 08/2016 (median distal motor latency 5.2 ms).",
            "Right carpal tunnel release", "electrodiagnostic_abnormal", "true"
        ),
        (
            "Addendum 10/31/2016: the outside MRI of the lumbar spine from 2014 was reviewed and shows an L4-5 protrusion.",
            "MRI lumbar spine", "prior_study", "true"
        ),
    ] as [(String, String, String, String)])
func studyReadInItsDocument(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
