import Testing

// A limb's red flag belongs to its visit (``VisitTimes``): an earlier visit's suspected fracture or
// bony tenderness that a later examination states gone in its kind ("no snuffbox or scaphoid tenderness",
// "no tenderness of either malleolus", repeat films with "no fracture") is no red flag now; tenderness of
// the scaphoid (the anatomical snuffbox, the scaphoid tubercle) is bony tenderness (ACOEM ch. 11: a
// suspected scaphoid fracture). Read as written: tenderness still present at the later visit, a flag found
// after an earlier normal visit. Written before the mechanism (twenty-fifth session): on main f6eeb71
// the must-not row of the malleolus and the must-read row of the snuffbox failed. Left out: an
// earlier impression of a possible occult scaphoid fracture cleared only by later negative films and
// tenderness gone (the films name no fracture, so no later statement denies the fracture's kind).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Urgent care 08/01/2016: tender at the posterior edge of the lateral malleolus after an inversion injury; films negative. Today, 08/20/2016, there is no tenderness of either malleolus or of the base of the fifth metatarsal, and she walks without a limp.",
            "MRI right ankle", "limb_red_flags", "!true"
        ),
        (
            "Emergency department 10/02/2016: fell on the outstretched left hand, films negative, splinted. Clinic 10/14/2016: she is still tender in the anatomical snuffbox and has pain with thumb loading; repeat scaphoid views are negative.",
            "MRI left wrist without contrast", "limb_red_flags", "true"
        ),
        (
            "Urgent care 08/01/2016: no bony tenderness of the right ankle, films negative. Today, 08/20/2016: the right ankle is tender over the posterior edge of the medial malleolus and she cannot bear weight for four steps.",
            "MRI right ankle", "limb_red_flags", "true"
        ),
    ] as [(String, String, String, String)])
func limbFlagBelongsToItsVisit(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
