import Testing

// An offer declined is no treatment given (`injection_given`; the drug facts through the same
// negation): a treatment named where it was offered or recommended, and a refusal told after it in
// its sentence or opening the next ("A steroid injection was offered in May; she declined", "I
// offered her a cortisone injection. She declined and wants to think about it."). A consent to it
// later is a plan, not an injection given ("She now agrees to an injection"). Read as written: an
// offer accepted, a refusal reversed ("declined at first but had it in June"), and another
// treatment refused beside one given. Written in this engineer's words before the mechanism: on
// the start build (913007d1) must-not rows 1, 2 and 5 fail (rows 3 and 4 are read already: a
// recommendation is a plan, a refusal right after the treatment denies it).

@Test(
    arguments: [
        // (summary, expected: a value, "!value" for any other)
        (
            "The right knee has hurt since a fall in 03/2016. A steroid injection was offered in May; she declined, wanting to try therapy first. Therapy has not helped.",
            "!true"
        ),
        (
            "The right knee has hurt since a fall in 03/2016. I offered her a cortisone injection. She declined and wants to think about it.",
            "!true"
        ),
        (
            "Right knee pain since 03/2016. At the last visit a cortisone injection was recommended, which he refused because of a reaction to a dental anesthetic.",
            "!true"
        ),
        ("Right knee pain since 03/2016. Offered a cortisone injection 05/2016 - declined. Medial joint line tenderness.", "!true"),
        (
            "The right knee has hurt since 03/2016. An injection was offered in May; she declined. She now agrees to an injection.",
            "!true"
        ),
        (
            "The right knee has hurt since 03/2016. She was offered a cortisone injection in May, accepted it, and had three weeks of relief.",
            "true"
        ),
        (
            "The right knee has hurt since 03/2016. A cortisone injection was offered; she declined at first but had it in June with two weeks of relief.",
            "true"
        ),
        (
            "The right knee has hurt since 03/2016. He declined physical therapy but received a cortisone injection in April with brief relief.",
            "true"
        ),
    ] as [(String, String)])
func anOfferDeclinedIsNoInjectionGiven(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Right knee corticosteroid injection", "injection_given", expected)
}
