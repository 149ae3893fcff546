import Testing

/// Why an MRI cannot stand for a myelogram (ODG Low Back and Neck and Upper Back, Myelography,
/// criteria 5 and 6): the MRI precluded (`mri_precluded`: an implanted device or metal, claustrophobia,
/// the patient's size, the study contraindicated or not tolerated, hardware artifact) or done without
/// an answer (`mri_inconclusive`: inconclusive, equivocal, degraded, not correlating with the
/// examination). Must-not rows: hardware named without artifact, a limited examination, an MRI only
/// planned, a device or fear denied, an MRI told to correlate.
@Test(
    arguments: [
        // (sentence, fact, value; "nil" = not documented)
        ("An AICD was placed in 2012 for arrhythmia.", "mri_precluded", "true"),
        ("She became claustrophobic and the MRI was aborted.", "mri_precluded", "true"),
        ("At 390 pounds he exceeds the weight limit of the scanner.", "mri_precluded", "true"),
        ("MRI is contraindicated because of metal fragments in the right eye.", "mri_precluded", "true"),
        ("Prior imaging was degraded by metal artifact from the pedicle screws.", "mri_precluded", "true"),
        ("He was unable to tolerate the MRI even with sedation.", "mri_precluded", "true"),
        ("The lumbar MRI of 2015 was read as non-diagnostic.", "mri_inconclusive", "true"),
        ("Her MRI findings do not correlate with the L5 weakness found on examination.", "mri_inconclusive", "true"),
        ("Cervical MRI was equivocal for foraminal narrowing at C6-7.", "mri_inconclusive", "true"),
        // Must not: hardware without artifact; a limited examination; an MRI planned; denied; concordant.
        ("Flexion-extension films show the hardware intact and well positioned.", "mri_precluded", "nil"),
        ("Range of motion testing was limited by guarding.", "mri_inconclusive", "nil"),
        ("An MRI of the lumbar spine will be scheduled.", "mri_inconclusive", "nil"),
        ("He has no pacemaker and is not claustrophobic.", "mri_precluded", "false"),
        ("The MRI correlates with the right-sided radicular findings.", "mri_inconclusive", "false"),
    ] as [(String, String, String)])
func anMriPrecludedOrInconclusiveIsRead(_ sentence: String, _ fact: String, _ value: String) {
    expectRequestFact("A 54-year-old carpenter with back and leg pain since 2014. \(sentence)", "CT myelogram lumbar spine", fact, value)
}
