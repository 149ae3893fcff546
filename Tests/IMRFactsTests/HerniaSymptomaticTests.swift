import Testing

// A hernia with symptoms (`hernia_symptomatic`; ODG Hernia, Surgery, as usually quoted: repair for a
// symptomatic hernia, watchful waiting for a minimally symptomatic or asymptomatic one): told
// symptomatic, painful or tender, groin pain. False when told asymptomatic, minimally symptomatic,
// painless or not tender (a told absence wins). Must not: an incarceration denied (it says nothing of
// the pain), another part's painless motion. Written in this project's own words.
@Test(
    arguments: [
        ("Exam: a 4 cm right inguinal hernia, reducible, tender, with a cough impulse.", "true"),
        ("Lifting and coughing bring on right groin pain 6/10.", "true"),
        ("Assessment: a symptomatic right inguinal hernia that limits his work.", "true"),
        ("Assessment: a minimally symptomatic right inguinal hernia.", "false"),
        ("He has a painless right groin bulge, noticed in the shower.", "false"),
        ("A right inguinal hernia, reducible, not tender.", "false"),
        ("An asymptomatic umbilical hernia was found on examination.", "false"),
        // Must not: an incarceration denied, another part's painless motion.
        ("No incarceration; no nausea or vomiting.", "nil"),
        ("Hip motion is full and painless.", "nil"),
    ] as [(String, String)])
func herniaSymptomaticRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "General surgery consultation 06/30/2016: a 39-year-old freight loader noticed a groin bulge after a heavy lift on 04/25/2016. "
            + sentence,
        "Laparoscopic right inguinal hernia repair", "hernia_symptomatic", expected)
}
