import Testing

// A neck pillow's names as a class (ODG Neck and Upper Back, Pillow: "a neck support pillow while
// sleeping, in conjunction with daily exercise"): a neck or cervical word, a shape, a support or an
// orthopaedic word before "pillow", in any order; the name turned round; a cervical or neck roll;
// the pillows sold for the neck by name. Must not: a lumbar support, an abduction pillow, a wedge.
// Written in this project's own words.
@Test(
    arguments: [
        ("Cervical contour support pillow (1)", "cervical_pillow"),
        ("Contour support pillow", "cervical_pillow"),
        ("Contoured cervical pillow x1", "cervical_pillow"),
        ("Orthopaedic neck pillow", "cervical_pillow"),
        ("Cervical orthopedic pillow", "cervical_pillow"),
        ("Memory foam contour pillow", "cervical_pillow"),
        ("Pillow - cervical", "cervical_pillow"),
        ("Pillow for the neck", "cervical_pillow"),
        ("Cervical roll", "cervical_pillow"),
        ("Neck roll for sleep", "cervical_pillow"),
        ("Tri-Core cervical pillow", "cervical_pillow"),
        ("Mediflow water pillow", "cervical_pillow"),
        // Must not: another kind's pillow or support.
        ("Lumbar support pillow", "!cervical_pillow"),
        ("Abduction pillow", "!cervical_pillow"),
        ("Wedge pillow", "!cervical_pillow"),
    ] as [(String, String)])
func cervicalPillowNamesRead(_ request: String, _ expected: String) {
    expectRequestFact(
        "Progress note 02/18/2016: a 42-year-old supervisor with neck pain since a lifting injury on 07/27/2015.",
        request, "procedure", expected)
}

// The pillow's region is the neck (terms.cues procedure_region), whatever its name: the neck's pain
// or diagnosis is the pillow's, a shoulder's is not (row 3 of the checklist: "for neck pain").
@Test(
    arguments: [
        ("Condition: chronic neck pain after a cervical strain; daily home exercise.", "cervical_strain", false),
        ("Cervical spondylosis at C5-6 on films; she does her neck exercises daily.", "degenerative_disc_disease", false),
        (
            "Condition: right shoulder impingement with supraspinatus tendinosis; no neck pain; cervical motion full and painless.",
            "cervical_strain", true
        ),
    ] as [(String, String, Bool)])
func cervicalPillowRegionalDiagnoses(_ summary: String, _ term: String, _ absent: Bool) {
    expectRequestFact(
        "Consultation 02/18/2016: a 42-year-old supervisor injured at work on 07/27/2015. " + summary,
        "Cervical contour support pillow (1)", "regional_diagnoses", absent ? "!" + term : term, anyTerm: true)
}
