import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A syndrome described, not named (diagnoses, regional_diagnoses): failed back surgery syndrome is a
// spine surgery done, limb or radicular pain persisting after it, and no lesion left to operate on
// (ODG Low Back / CPMTG: spinal cord stimulation for failed back surgery syndrome). Its parts are data
// (`described_diagnosis`); Swift finds them in order. Written in the project's own words; the first
// row follows a vignette's shape.

private let stimulatorTrial = "Percutaneous spinal cord stimulator trial"

private func readsFailedBack(_ summary: String) -> Bool {
    let facts = requestFacts(stimulatorTrial, summary: summary)
    let regional = value(facts, "regional_diagnoses")?.split(separator: ",").map(String.init) ?? []
    return regional.contains("failed_back_syndrome")
}

@Test(
    arguments: [
        // Vignette shape (batch 4).
        "He had an L5-S1 fusion in 2013. Since then he has had burning pain down the right leg to the foot; a CT myelogram showed a solid fusion with no compressive lesion, and his surgeon has advised that further surgery would not help.",
        "He had an L4-5 laminectomy in 2012 and the right leg pain returned within months; the repeat MRI shows only postoperative scarring, no recurrent herniation, and the surgeon does not recommend further surgery.",
        "Status post L5-S1 fusion (2014) with persistent bilateral leg pain ever since; she is not a candidate for further spine surgery per the neurosurgical consultation.",
        "Following her 2013 lumbar discectomy the sciatica never went away. CT myelogram: no nerve root compression. Not a surgical candidate.",
        "Two lumbar surgeries (a 2010 microdiscectomy and a 2012 fusion) have left him with constant radicular pain into the left foot; no surgically correctable lesion was found on the latest imaging.",
        "s/p L4-S1 fusion 2011. Persistent radiating leg pain since. Ortho spine: no further surgical options.",
    ])
func failedBackSurgeryDescribed(_ summary: String) {
    #expect(readsFailedBack(summary))
}

@Test(
    arguments: [
        // A surgery with a good result.
        "He had an L5-S1 microdiscectomy in 2014 with full resolution of the leg pain; the surgeon sees no need for further surgery, and the current complaint is neck pain after a fall.",
        // Pain before the surgery only.
        "Before his 2013 fusion he had radiating leg pain; since the surgery he has had only mild axial back pain, no further surgery is planned, and he is back at work.",
        // A lesion planned for surgery.
        "He had a laminectomy in 2012; the leg pain returned, the new MRI shows a recurrent disc herniation at L4-5, and a revision discectomy is recommended.",
        // No surgery at all.
        "Burning pain down the right leg for two years; the MRI shows no compressive lesion, and the spine surgeon says surgery would not help.",
    ])
func failedBackSurgeryNotDescribed(_ summary: String) {
    #expect(!readsFailedBack(summary))
}
