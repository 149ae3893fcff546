import Testing

// ACOEM ch. 7 p. 127's reasons for a referral, as a treater tells them (wording recalled): a
// diagnosis left undecided between named conditions or asked of the consultant
// (`diagnosis_uncertain`), and a case beyond the treater's own expertise or what the clinic can
// settle (`treater_expertise_exceeded`: "the plan or course of care may benefit from additional
// expertise"). Must not: a doubt of anything but the diagnosis, a doubt told as a question (read as
// no words), a referral only named, a diagnosis told established, the case told within the
// treater's scope. Written in this project's own words.

@Test(
    arguments: [
        // (summary, fact, expected: a value, "nil" for not documented)
        ("Unable to distinguish between a radiculopathy and a peripheral neuropathy.", "diagnosis_uncertain", "true"),
        ("The differential diagnosis includes CRPS and a post-traumatic neuropathy.", "diagnosis_uncertain", "true"),
        ("Question for the consultant: the diagnosis, and a plan for the headaches.", "diagnosis_uncertain", "true"),
        ("Referred for diagnostic clarification of the arm symptoms.", "diagnosis_uncertain", "true"),
        ("I would like neurology to establish the diagnosis.", "diagnosis_uncertain", "true"),
        ("The diagnosis has been established by the neurologist.", "diagnosis_uncertain", "false"),
        // Must not: another doubt, a doubt told as a question, a referral only named.
        ("It is unclear whether the patient is working.", "diagnosis_uncertain", "nil"),
        ("Not sure whether therapy helped.", "diagnosis_uncertain", "nil"),
        ("I cannot tell whether this is a migraine or a neuralgia.", "diagnosis_uncertain", "nil"),
        ("He was referred to neurology in June.", "diagnosis_uncertain", "nil"),
        ("This is beyond what I can settle in my clinic.", "treater_expertise_exceeded", "true"),
        ("Her headaches are outside my area of expertise.", "treater_expertise_exceeded", "true"),
        ("I am not comfortable managing his medications any further.", "treater_expertise_exceeded", "true"),
        ("The tapering is beyond the scope of my practice.", "treater_expertise_exceeded", "true"),
        ("His care is within my scope of practice.", "treater_expertise_exceeded", "false"),
        // Must not: a referral only named, a specialist's expertise praised, a limit of the worker's.
        ("He was referred to neurology in June.", "treater_expertise_exceeded", "nil"),
        ("The neurologist has expertise in post-traumatic headache.", "treater_expertise_exceeded", "nil"),
        ("Lifting is beyond what she can manage at work.", "treater_expertise_exceeded", "nil"),
    ] as [(String, String, String)])
func referralReasons(_ summary: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, "Neurology consultation", fact, expected)
}
