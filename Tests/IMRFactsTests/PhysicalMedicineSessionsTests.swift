import IMRFacts
import Testing

/// The supervised visits of physical medicine already done, summed over its kinds (physical,
/// occupational and aquatic therapy: `physical_medicine_visits`, therapy.cues), for a request of one
/// of them: CPMTG p. 22 sends aquatic therapy's visits to Physical medicine (pp. 98-99).
@Suite struct PhysicalMedicineSessionsTests {
    @Test(
        arguments: [
            // (summary, request, physical_medicine_sessions)
            (
                "She completed 12 sessions of physical therapy for the lumbar spine. She also attended 6 pool therapy visits.",
                "Aquatic therapy 8 sessions lumbar spine", "18"
            ),
            ("She has had 12 PT visits and 6 aquatic therapy sessions.", "Aquatic therapy x8", "18"),
            ("She completed 6 sessions of occupational therapy and 10 sessions of physical therapy.", "Physical therapy 2x4", "16"),
            ("She completed 8 sessions of physical therapy.", "Aquatic therapy x8", "8"),
            ("She completed six aquatic therapy sessions.", "Physical therapy 2x4 lumbar spine", "6"),
            ("She completed 6 sessions of occupational therapy.", "Physical therapy 2x4", "6"),
            // Another service's sessions are not physical medicine's ...
            ("She had 6 acupuncture treatments and 8 sessions of physical therapy.", "Aquatic therapy x8", "8"),
            ("She had 6 chiropractic treatments.", "Aquatic therapy x8", nil),
            // ... nor are visits only authorized, of another region, or a course told without its count.
            ("Physical therapy was authorized for 12 visits.", "Aquatic therapy x8", nil),
            ("She completed 12 sessions of PT for the neck.", "Aquatic therapy 8 sessions lumbar spine", nil),
            ("She has had physical therapy with benefit.", "Aquatic therapy x8", nil),
            // A request of another kind reads none.
            ("She completed 8 sessions of physical therapy.", "MRI of the lumbar spine", nil),
        ] as [(String, String, String?)])
    func visitsOfEveryKindAreSummed(_ summary: String, _ request: String, _ expected: String?) {
        #expect(value(requestFacts(request, summary: summary), "physical_medicine_sessions") == expected)
    }
}
