import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Outcome words that state no outcome (#10): a relief word in the role of a need, a purpose or
// another person's help, and a denial that only says the record lacks the outcome. This suite's
// own phrasing, in the ways clinicians and reviewers write these, never a held-out set's.

/// A need, a purpose or help a person gives states no relief, for the case (a request of no drug)
/// or for a requested drug; the drug's own statement of relief still counts.
@Test(
    arguments: [
        // (summary, request, fact, value)
        ("She needs help bathing and dressing.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("She requires help with ADLs.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("Pt needs more help w/ showering and dressing.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("She is able to dress with the help of her husband.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("She has help at home from her daughter.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("Her husband helps her get in and out of the tub.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("The physical therapist helped her with her exercises.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("She requires further pain relief.", "Home health aide 4 hours a day", "pain_improved", nil),
        ("She takes Norco. Norco was prescribed to help with pain.", "Norco 10/325 mg #60", "pain_improved", nil),
        ("She takes Norco for pain relief.", "Norco 10/325 mg #60", "pain_improved", nil),
        ("Gabapentin was started in order to improve her function.", "Gabapentin 300 mg #90", "functional_improvement", nil),
        ("She needs help with dressing. Norco helps her pain.", "Norco 10/325 mg #60", "pain_improved", true),
        ("She takes Norco as needed, which helps.", "Norco 10/325 mg #60", "pain_improved", true),
        ("Norco prn helps w/ pain.", "Norco 10/325 mg #60", "pain_improved", true),
        ("Norco continues to help with her pain.", "Norco 10/325 mg #60", "pain_improved", true),
        // A relief attempted and failed.
        ("She takes Norco after her surgery failed to relieve her pain.", "Home health aide 4 hours a day", "pain_improved", false),
        ("She takes Norco, which fails to provide relief.", "Norco 10/325 mg #60", "pain_improved", false),
        ("PT failed to improve her function.", "Home health aide 4 hours a day", "functional_improvement", false),
    ] as [(String, String, String, Bool?)])
func outcomeRoles(_ summary: String, _ request: String, _ fact: String, _ value: Bool?) {
    #expect(requestFacts(request, summary: summary)[fact]?.value == value.map(FactValue.bool))
}

/// An outcome the record lacks is not documented, neither affirmed nor denied; a denial documented
/// and an outcome documented stay.
@Test(
    arguments: [
        // (summary, fact, value)
        ("She takes Norco, without documentation of objective functional improvement.", "functional_improvement", nil),
        ("She takes Norco. There is no documentation of pain relief.", "pain_improved", nil),
        ("She takes Norco. There was no documented functional improvement.", "functional_improvement", nil),
        ("She takes Norco. No objective functional improvement was documented.", "functional_improvement", nil),
        ("She takes Norco. Functional improvement was not documented.", "functional_improvement", nil),
        ("She takes Norco. Lack of documentation of pain relief with Norco was noted.", "pain_improved", nil),
        ("She takes Norco. The physician documented no functional improvement.", "functional_improvement", false),
        ("She takes Norco. Pain relief was documented.", "pain_improved", true),
        ("She takes Norco, which has not helped.", "pain_improved", false),
    ] as [(String, String, Bool?)])
func documentationAbsent(_ summary: String, _ fact: String, _ value: Bool?) {
    #expect(requestFacts("Norco 10/325 mg #60", summary: summary)[fact]?.value == value.map(FactValue.bool))
    #expect(requestFacts("Home health aide 4 hours a day", summary: summary)[fact]?.value == value.map(FactValue.bool))
}
