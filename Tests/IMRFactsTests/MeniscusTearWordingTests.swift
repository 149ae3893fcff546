import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A meniscus tear as an MRI report writes it, the tear before the meniscus (`diagnosis_wording`,
// regional_diagnoses of a knee request).

@Test(
    arguments: [
        // (summary, meniscus_tear among the knee's diagnoses)
        (
            "MRI of 07/2016 shows a complex tear of the posterior horn of the medial meniscus extending to the inferior articular surface.",
            true
        ),
        ("MRI right knee: horizontal tear of the body of the lateral meniscus.", true),
        ("The MRI showed a torn medial meniscus.", true),
        ("Right knee MRI revealed tears of the anterior horns of both menisci.", true),
        // Denied, doubted, planned.
        ("MRI of the right knee shows no tear of the medial meniscus.", false),
        ("MRI of the right knee to rule out a tear of the medial meniscus.", false),
        ("Plan: MRI of the right knee to evaluate for tear of the medial meniscus.", false),
    ] as [(String, Bool)])
func aTearToldBeforeTheMeniscus(_ summary: String, _ read: Bool) {
    let facts = requestFacts("Right knee arthroscopy with partial medial meniscectomy", summary: summary)
    guard case .terms(let terms)? = facts["regional_diagnoses"]?.value else {
        #expect(!read)
        return
    }
    #expect(terms.contains("meniscus_tear") == read, "\(terms)")
}

@Test func aTearOfTheKneeIsNotTheShouldersDiagnosis() {
    let summary = "MRI of the right knee shows a tear of the posterior horn of the medial meniscus."
    let facts = requestFacts("MRI of the right shoulder", summary: summary)
    if case .terms(let terms)? = facts["regional_diagnoses"]?.value { #expect(!terms.contains("meniscus_tear")) }
}
