import Testing

// A form's result marks (`result_marks`): a "-" or "+" standing alone after a test's name, before
// a `;`, `,`, `.`, `)` or `|`, is its result, negative or positive (`mechanical_signs`). Must
// not: a dash between a test and its result in words, a dash between items, one closing a heading's
// line, a range, a date. Written in this project's own words.

@Test(
    arguments: [
        // (examination line, expected mechanical_signs: a value, "nil" or "!value")
        ("Checklist: O'Brien active compression -; crank test -; anterior slide -; apprehension -; relocation -.", "false"),
        ("Exam: McMurray -, Lachman -, anterior drawer -.", "false"),
        ("Exam: pivot shift -.", "false"),
        ("Mechanical symptoms: locking -; catching -.", "false"),
        ("Locking: -; giving way: -.", "false"),
        ("Exam: McMurray +, Lachman -.", "true"),
        ("Exam: apprehension +; relocation +.", "true"),
        ("Exam (right): McMurray + (medial), Lachman - .", "true"),
        // Must not: a dash parting a test from its words, items or a range.
        ("Exam: McMurray - medial joint line pain reproduced.", "true"),
        ("Exam: apprehension - positive on the right.", "true"),
        ("Locking 3-4 times a week since 06/2016.", "true"),
        ("Catching - 2 episodes a day.", "true"),
        ("Right knee locking -\nS: pain 6/10 with stairs.", "true"),
    ] as [(String, String)])
func resultMark(_ exam: String, _ expected: String) {
    expectRequestFact(
        "Seen 05/02/2016. Right knee pain after a twisting injury at work.\n" + exam, "Right knee arthroscopy", "mechanical_signs", expected
    )
}
