import IMRFacts
import Testing

// A product named with its form before the ingredient is the product of that form ("topical
// diclofenac" is the topical diclofenac, "transdermal buprenorphine" the patch), as the other order
// is ("diclofenac topical"), and so is the drug in another topical form ("diclofenac cream"); not the
// oral drug. A form word of another drug or of care in general does not make the oral drug topical,
// nor does a sublingual dose make the patch.

@Test(
    arguments: [
        // (summary, request, medications)
        ("She applies topical diclofenac to the left knee.", "Voltaren gel 1%", "diclofenac_topical"),
        ("Topical diclofenac has helped her knee pain.", "Voltaren gel 1%", "diclofenac_topical"),
        ("Diclofenac cream to both knees twice daily.", "Voltaren gel 1%", "diclofenac_topical"),
        ("Transdermal buprenorphine 10 mcg/hr weekly.", "Butrans 10 mcg/hr #4", "buprenorphine_transdermal"),
        ("Diclofenac 75 mg twice daily by mouth; topical lidocaine to the back.", "Voltaren gel 1%", "diclofenac,lidocaine"),
        ("Topical therapy failed; diclofenac 75 mg was started.", "Voltaren gel 1%", "diclofenac"),
        ("Buprenorphine sublingual 2 mg daily.", "Butrans 10 mcg/hr #4", "buprenorphine"),
        ("A transdermal fentanyl patch was stopped; buprenorphine 2 mg SL was started.", "Butrans 10 mcg/hr #4", "buprenorphine"),
        ("Oral diclofenac 50 mg three times daily, no topical agents.", "Voltaren gel 1%", "diclofenac"),
    ] as [(String, String, String?)])
func aFormToldBeforeTheIngredientNamesItsProduct(_ summary: String, _ request: String, _ medications: String?) {
    #expect(value(requestFacts(request, summary: summary), "medications") == medications, "\(summary)")
}
