import Testing

// The kinds of conservative treatment tried (`conservative_care_types`; ODG Elbow, Surgery for
// epicondylitis: "failure of at least 3 types of conservative treatment (NSAIDs, straps, activity
// modification, PT, injection)"), in this project's own voices: a surgeon's list, an adviser's
// letter, a terse note, abbreviations. Must-not rows beside them (as many): a kind only planned,
// discussed, not started, declined or denied by the review, another region's care, nothing told.
private let history = "Mr. Ruiz, 47, a meat cutter, has right lateral epicondylitis since 05/2015. "

@Test(
    arguments: [
        // (summary after `history`, expected count or nil)
        ("Compliant with his medication and strap for 16 months, and no lasting improvement.", "2"),
        ("Treatment: naproxen, a counterforce brace, modified duty, 12 PT visits and two cortisone injections.", "5"),
        ("He has worn a tennis elbow strap since May and takes ibuprofen; hand therapy 8 visits.", "3"),
        ("Failed occupational therapy, a wrist splint at night and a steroid injection to the elbow.", "3"),
        ("Meds: meloxicam 15 mg daily. Light duty since 03/2016.", "2"),
        ("She did a home exercise program for 3 months.", "1"),
        // Must-not.
        ("Therapy was discussed but not started, and he did not want an injection. Naproxen daily.", "1"),
        ("An injection is recommended; physical therapy will be ordered.", nil),
        ("No injections, no bracing and no therapy so far.", nil),
        ("He had physical therapy for his low back in 2014.", nil),
        ("The UR denied the physical therapy and the injection requested on 10/02/2016.", nil),
        ("Pain 6/10 with gripping; tender at the lateral epicondyle.", nil),
        ("Plan: counterforce strap and modified duty.", nil),
        ("Eight PT visits were authorized on 09/01/2016 but he has not started them.", nil),
        ("He declined a cortisone injection.", nil),
        ("He had a cortisone injection in the left knee in 2014.", nil),
        (
            "She has followed 15 months of treatment: naproxen (8 months, partial); a counterforce strap and a wrist extension night splint; "
                + "modified duty since 09/2015; OT, 20 visits; two corticosteroid injections, relief 6 weeks and 3 weeks.", "5"
        ),
        ("A counterforce strap was dispensed but he never wore it.", nil),
        ("Requesting physical therapy 2x6 and a counterforce strap.", nil),
        ("Acupuncture was denied by UR.", nil),
        ("Tried: ibuprofen (3 mo), counterforce strap, OT x 10 - temporary relief only.", "3"),
        ("Treated with NSAIDs, bracing, and activity modification x 4 months; PT 12 sessions; one injection 06/2016.", "5"),
    ] as [(String, String?)])
func theKindsOfConservativeCareTriedAreCounted(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Right lateral epicondylar release", summary: history + summary)
    #expect(value(facts, "conservative_care_types") == expected, "\(summary)")
}
