import IMRCore
import IMRFacts
import Testing

/// A pain-management consultation that took place, or care under a pain-management physician
/// (CPMTG p. 86: above 120 mg MED only after one), in several wordings; a referral or a consultation
/// only requested is a plan, negated is false, and a summary naming no pain specialist says nothing.
@Test(arguments: [
    // (summary, pain_management_consultation)
    ("She was seen by pain management on 3/2/2016, who continued the fentanyl patch.", "true"),
    ("He was evaluated by a pain management specialist in January.", "true"),
    ("The injured worker is under the care of a pain management physician for his opioids.", "true"),
    ("He has been followed by pain management since 2014.", "true"),
    ("The treating pain management physician documented 10/10 pain without medications.", "true"),
    ("She is seen at a pain clinic monthly.", "true"),
    ("A pain management consultation was obtained on 5/5/2016.", "true"),
    ("He has not been seen by pain management.", "false"),
    ("The plan included a referral to pain management.", nil),
    ("A pain management consultation is requested.", nil),
    ("She has chronic low back pain treated with Norco and a home exercise program.", nil),
])
func painManagementConsultationIsReadInOtherWords(_ summary: String, _ expected: String?) {
    let facts = requestFacts("Duragesic 75mcg/hr #10", summary: summary)
    #expect(value(facts, "pain_management_consultation") == expected)
}
