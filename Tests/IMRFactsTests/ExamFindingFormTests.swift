import IMRFacts
import Testing

/// Exam findings (twentieth session, table written before the reader): trigger-point signs as the
/// CPMTG defines them for trigger point injections (p. 122: "circumscribed trigger points with
/// evidence upon palpation of a twitch response as well as referred pain"), told together in an
/// exam in any order and across its clauses; and a finding told negative at a place ("Tinel
/// negative at the wrist") read negative.
struct ExamFindingFormTests {
    static let trigger = "Trigger point injections x3, right upper trapezius"

    /// (summary, expected `trigger_point_signs`: "true", "false" or "nil").
    static let triggerPoints: [(String, String)] = [
        ("Palpable taut bands in the right trapezius; a local twitch response is elicited and pain refers to the occiput.", "true"),
        ("Exam: 2 trigger points L levator scapulae, + LTR, + referred pain to the scapula.", "true"),
        (
            "Snapping palpation of the nodule in the rhomboid produced a twitch; the pain it reproduced spread to the medial scapular border.",
            "true"
        ),
        (
            "Referred pain into the shoulder blade was reproduced by pressing the taut band in the trapezius, which twitched visibly.",
            "true"
        ),
        (
            "On palpation there are discrete trigger points in the gluteus medius with twitch responses. Compression of each refers pain down the lateral thigh.",
            "true"
        ),
        (
            "Myofascial exam: three circumscribed TrPs R upper trap w/ jump sign and local twitch; pressure reproduces HA at the temple (referred pattern).",
            "true"
        ),
        // Stated absent; a diagnosis or tenderness alone; one sign without the other.
        ("Diffuse tenderness of the trapezius; no taut band, no twitch response, and pressing does not refer pain elsewhere.", "false"),
        ("Taut bands in the trapezius with referred pain, but no twitch response could be elicited.", "false"),
        ("Assessment: myofascial pain syndrome of the right upper trapezius.", "nil"),
        ("Tender to palpation over the right trapezius and levator scapulae.", "nil"),
        ("Trigger points in the trapezius, tender to palpation.", "nil"),
    ]

    @Test(arguments: triggerPoints)
    func readsTriggerPointSignsToldTogether(_ summary: String, _ expected: String) {
        let got = value(requestFacts(Self.trigger, summary: summary), "trigger_point_signs")
        #expect(got == (expected == "nil" ? nil : expected))
    }

    static let nerveStudy = "EMG/NCS of the right upper extremity"

    /// (summary, expected `regional_neuro_findings`: "!true" must not read a finding present).
    static let negativeAtAPlace: [(String, String)] = [
        ("Tinel negative at the wrist.", "!true"),
        ("Tinel's sign negative at the right wrist, Phalen negative, sensation intact.", "!true"),
        ("Tinel sign was negative at the carpal tunnel and at the cubital tunnel; strength and sensation are normal.", "!true"),
        ("Phalen test negative at 60 seconds; sensation normal.", "!true"),
        ("Tinel positive at the right wrist with numbness in the thumb and index finger.", "true"),
        ("Tinel positive at the right elbow, negative at the wrist; numbness of the ring and small fingers.", "true"),
        ("Positive Tinel at the carpal tunnel.", "true"),
    ]

    @Test(arguments: negativeAtAPlace)
    func readsAFindingNegativeAtAPlaceAsNegative(_ summary: String, _ expected: String) {
        let got = value(requestFacts(Self.nerveStudy, summary: summary), "regional_neuro_findings")
        if expected == "!true" { #expect(got != "true") } else { #expect(got == expected) }
    }

    /// An outcome denied after a post-negation stays the outcome's ("not at all helpful": the
    /// therapy was given, without benefit).
    @Test func anOutcomeDeniedIsNotTheTherapyDenied() {
        let facts = requestFacts(
            "Physical therapy 8 visits, lumbar spine", summary: "Physical therapy was not at all helpful for her low back pain.")
        #expect(value(facts, "prior_therapy") == "true")
    }
}
