import Testing

// A labral tear of the shoulder suspected, named or seen (`labral_tear_suspected`; ODG Shoulder, MR
// arthrogram, as usually quoted: "an option for suspected labral tear (SLAP, Bankart)"): the study
// is for the suspicion, so a doubt is read; an equivocal labrum on an MRI; a labral test told
// positive. False when the labrum is intact or the tear denied. Must not: a frozen shoulder's
// stiffness, the cuff's own tests, a hip's labrum. Written in this project's own words.
@Test(
    arguments: [
        ("Impression: suspected superior labral (SLAP) tear; the plain MRI is not diagnostic.", "true"),
        ("Assessment: r/o labral tear of the right shoulder.", "true"),
        ("Possible Bankart lesion after the dislocation.", "true"),
        ("MRI 03/2016: equivocal increased signal at the superior labrum.", "true"),
        ("O'Brien active compression test positive on the right.", "true"),
        ("MRI 03/2016: labrum intact; rotator cuff intact.", "false"),
        ("There is no labral tear on the MRI.", "false"),
        // Must not: another lesion of the shoulder, the cuff's tests, a hip's labrum.
        ("Impression: adhesive capsulitis with global loss of passive motion.", "nil"),
        ("Neer and Hawkins positive; painful arc.", "nil"),
        ("Hip MRI: acetabular labral tear.", "false"),
    ] as [(String, String)])
func labralTearSuspectedRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Orthopaedic note 04/21/2016: a 36-year-old stocker injured the right shoulder on 01/11/2016. " + sentence,
        "MR arthrogram, right shoulder", "labral_tear_suspected", expected)
}
