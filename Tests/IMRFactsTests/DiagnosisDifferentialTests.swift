import IMRFacts
import Testing

/// The alternatives of a differential diagnosis are no diagnosis made: "vs." and "versus" between
/// two diagnoses anywhere, "or" between two in a note's assessment (`differential`, negation.cues).
@Suite struct DiagnosisDifferentialTests {
    @Test(
        arguments: [
            // (summary, the diagnoses read)
            ("Impression: lumbar radiculopathy vs. facet syndrome.", ""),
            ("Dx: L5 radiculopathy vs. peripheral neuropathy.", ""),
            ("Assessment: right shoulder impingement versus rotator cuff tear.", ""),
            ("Lumbar radiculopathy vs facet arthropathy.", ""),
            ("Right knee medial meniscus tear vs. chondromalacia.", ""),
            ("A: lumbar radiculopathy or facet syndrome.", ""),
            // A diagnosis beside the differential is still made ...
            ("Assessment: cervical strain, lumbar radiculopathy vs. facet syndrome.", "cervical_strain"),
            ("Assessment: cervical strain and lumbar radiculopathy or facet syndrome.", "cervical_strain"),
            // ... "or" outside an assessment, or between a diagnosis and its own broader term, is no differential ...
            ("Lumbar radiculopathy or facet syndrome.", "degenerative_disc_disease,radiculopathy"),
            ("Assessment: lumbar sprain or strain.", "lumbar_strain"),
            // ... nor a list, nor "vs" between pain scores.
            ("Diagnoses: lumbar radiculopathy, facet syndrome.", "degenerative_disc_disease,radiculopathy"),
            ("Pain 8/10 without vs 4/10 with medication; lumbar radiculopathy.", "radiculopathy"),
        ] as [(String, String)])
    func alternativesAreNoDiagnosis(_ summary: String, _ expected: String) {
        #expect(summaryDiagnoses(summary).sorted().joined(separator: ",") == expected)
    }

    @Test(
        arguments: [
            // (summary, radicular_signs): a radiculopathy named, in a differential or not, is no
            // sign on examination; a sign stays beside a differential.
            ("Impression: lumbar radiculopathy vs. facet syndrome.", nil),
            ("L5 radiculopathy versus peripheral neuropathy.", nil),
            ("Impression: lumbar radiculopathy.", nil),
            ("Positive SLR on the right. Impression: radiculopathy vs. facet syndrome.", "true"),
        ] as [(String, String?)])
    func aRadiculopathyInADifferentialIsInDoubt(_ summary: String, _ expected: String?) {
        #expect(value(summaryFacts(summary), "radicular_signs") == expected)
    }
}
