import IMRFacts
import Testing

/// A drug named with a delivery system, its trial or its implant is what the system delivers: the
/// request is for the system ("intrathecal drug delivery system (morphine pump)"); a drug alone, or
/// a pump refill, stays the drug's request.
@Test(arguments: [
    // Must read: the system.
    ("Permanent implantation of an intrathecal drug delivery system (morphine pump)", "injection", nil),
    ("IDDS implantation with morphine", "injection", nil),
    ("Intrathecal pump implant, hydromorphone", "injection", nil),
    ("Trial of an implantable drug delivery system with morphine", "injection", nil),
    // Must not: the drug.
    ("Morphine sulfate ER 15 mg #60", "medication", "morphine_er"),
    ("MS Contin 30 mg q12h #60", "medication", "morphine_er"),
    ("Hydromorphone 2 mg #30", "medication", "hydromorphone"),
])
func aDrugNamedWithItsDeliverySystemIsTheSystemsRequest(_ request: String, _ category: String, _ drug: String?) {
    let facts = requestFacts(request)
    #expect(value(facts, "category") == category)
    #expect(value(facts, "drug") == drug)
}
