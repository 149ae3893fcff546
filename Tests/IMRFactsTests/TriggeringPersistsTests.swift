import Testing

// A trigger finger's triggering that persists (`triggering_persists`; MTUS ACOEM 2004 ch. 11 p. 271:
// the release corrects "persistent triggering" after injections that are "almost always sufficient
// to cure symptoms"): triggering, catching or locking told persisting, recurring or found on flexion;
// false when told gone. Must not: the diagnosis's bare words, a history of triggering, a triggering
// eased in the past. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Persistent triggering of the right long finger after two injections.", "Right long finger A1 pulley release",
            "triggering_persists", "true"
        ),
        ("The thumb still locks several times a day.", "Left trigger thumb release", "triggering_persists", "true"),
        ("Exam: palpable triggering on active flexion of the ring finger.", "Trigger finger release", "triggering_persists", "true"),
        ("Two months after the second injection, catching and locking again.", "Trigger finger release", "triggering_persists", "true"),
        ("The triggering has recurred since the injection wore off.", "Trigger finger release", "triggering_persists", "true"),
        ("No catching or locking since the second injection.", "Trigger finger release", "triggering_persists", "false"),
        ("Full fist, with no triggering on repeated flexion.", "Trigger finger release", "triggering_persists", "false"),
        ("The triggering resolved after the injection in May.", "Trigger finger release", "triggering_persists", "false"),
        ("Since the injection the finger no longer locks.", "Trigger finger release", "triggering_persists", "false"),
        // Must not: the diagnosis's words, a history told past, a triggering eased then.
        ("Diagnosis: right ring finger trigger finger (stenosing tenosynovitis).", "Trigger finger release", "triggering_persists", "nil"),
        (
            "Prior history of catching and locking of the left thumb, released in 2012.", "Right trigger finger release",
            "triggering_persists", "nil"
        ),
        ("After the first injection the triggering eased for a month.", "Trigger finger release", "triggering_persists", "nil"),
    ] as [(String, String, String, String)])
func triggeringPersists(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
