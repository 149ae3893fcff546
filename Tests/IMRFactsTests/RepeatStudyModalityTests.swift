import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A repeat is the same study of the same region (ODG, MRI: "Repeat MRI is not routinely
// recommended, and should be reserved for a significant change in symptoms and/or findings"). A
// study of another modality is the one the first called for (ODG Low Back, CT: a pars defect "not
// identified on plain x-rays"; ODG Head, MRI: "deficits not explained by CT"; ODG Shoulder, MR
// arthrogram: the labral tear), so it is no earlier study of the kind requested (`study_kind`).

@Test(
    arguments: [
        // (summary, request, prior_study)
        // Must-not: another modality before the one requested.
        (
            "Conventional MRI of the right shoulder in March: labrum poorly seen, no cuff tear.", "MR arthrogram of the right shoulder",
            false
        ),
        ("A CT of the head at the emergency department on 05/02/2016 was read as normal.", "MRI of the brain without contrast", false),
        ("Lumbar MRI 08/2016 showed edema of the right L5 pars without a fracture line.", "CT lumbar spine without contrast", false),
        (
            "Previous studies include a CT scan of the cervical spine on 10/12/2016, which showed spurring.", "MRI of the cervical spine",
            false
        ),
        // Must-read: the same study of the same region.
        ("An MR arthrogram of the right shoulder in March showed a SLAP tear.", "MR arthrogram of the right shoulder", true),
        ("A CT of the lumbar spine on 08/10/2016 showed bilateral L5 pars defects.", "CT lumbar spine without contrast", true),
        ("An MRI of the brain on 05/02/2016 was read as normal.", "MRI of the brain without contrast", true),
        // An MR arthrogram is an MRI of its joint: an earlier one counts for a later MRI.
        ("An MR arthrogram of the right shoulder in March showed a SLAP tear.", "MRI of the right shoulder", true),
    ] as [(String, String, Bool)])
func aRepeatIsTheSameStudyNotAnotherModality(_ summary: String, _ request: String, _ done: Bool) {
    #expect(requestFacts(request, summary: summary)["prior_study"]?.value == .bool(done))
}
