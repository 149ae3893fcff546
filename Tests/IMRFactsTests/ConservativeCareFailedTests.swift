import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Conservative care failed told as a clinician summarises it: the treatments done, then the
// symptom that persists, a lack of improvement or a judgement of them all; for the region in
// question (a spine's radicular limb is the spine's), and not from a list of treatments alone.

@Test(
    arguments: [
        // (summary, request, conservative_care_failed)
        (
            "She completed 12 sessions of physical therapy, took naproxen and a two-week course of cyclobenzaprine, and uses gabapentin 300 mg three times a day, with persistent leg pain of 7/10.",
            "Right S1 transforaminal epidural steroid injection", true
        ),
        (
            "Over three years he has had physical therapy, chiropractic care, acupuncture, two lumbar epidural injections, gabapentin and opioids; none of these has restored function.",
            "Functional restoration program", true
        ),
        ("PT, acupuncture and NSAIDs were tried, none of which helped.", "MRI of the lumbar spine", true),
        (
            "He completed 10 sessions of physical therapy and a home program, took naproxen, and has been on modified duty with no squatting or ladder work for four months, without improvement.",
            "Right knee arthroscopy with partial medial meniscectomy", true
        ),
        (
            "She has right hand numbness and tingling in the thumb, index and long fingers for ten months. She wore a night splint for three months, took ibuprofen and had a carpal tunnel steroid injection in August.",
            "Right carpal tunnel release", true
        ),
        ("Low back pain for 2 years. He has had physical therapy and chiropractic care.", "MRI of the lumbar spine", true),
        // A list of treatments alone, or with relief, is no failure.
        ("She completed 12 sessions of physical therapy and took naproxen.", "MRI of the lumbar spine", nil),
        ("He completed physical therapy and took naproxen, with good relief.", "MRI of the lumbar spine", nil),
        // A treatment's own duration is not the symptom's.
        ("Low back pain treated with physical therapy for three months.", "MRI of the lumbar spine", nil),
        // Weeks of a symptom are not read as persistence.
        ("Low back pain for 3 weeks. She has had two sessions of physical therapy.", "MRI of the lumbar spine", nil),
        // A symptom of the past.
        ("She had low back pain for two months in 2012, which resolved. She had physical therapy then.", "MRI of the lumbar spine", nil),
        // The limb's care is not the spine's, though the limb's symptoms are.
        (
            "He completed physical therapy for the right knee. He has persistent right leg pain.",
            "Lumbar epidural steroid injection L4-5", nil
        ),
        // Another region: low back pain is no symptom of the knee.
        (
            "He completed physical therapy for the right knee. He has persistent low back pain.",
            "Right knee arthroscopy with partial medial meniscectomy", nil
        ),
    ] as [(String, String, Bool?)])
func conservativeCareFailedFromTheCareAndTheSymptom(_ summary: String, _ request: String, _ failed: Bool?) {
    #expect(requestFacts(request, summary: summary)["conservative_care_failed"]?.value == failed.map(FactValue.bool))
}
