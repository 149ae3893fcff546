import IMRFacts
import Testing

// A request's procedure named with a side or an approach inside its name ("Open repair of the right
// Achilles tendon", "Achilles tendon open repair, left"), and a body region written inside the name
// ("Right knee manipulation under anesthesia"): read as the name written without them, as a
// surgeon's RFA, a terse UR line or an adviser's letter writes it. Must-not rows beside them: a
// request named as written keeps its reading, a side or approach with no name around it reads no
// procedure, a drug's request is not read again, and a region word only where a procedure's name
// holds it.
@Test(arguments: [
    // The side inside the name.
    ClassifiedRequest(
        request: "Open repair of the right Achilles tendon",
        expected: ["procedure": "achilles_repair", "category": "surgery", "side": "right", "body_regions": "ankle"]),
    ClassifiedRequest(
        request: "Primary repair of the left Achilles tendon, outpatient", expected: ["procedure": "achilles_repair", "side": "left"]),
    ClassifiedRequest(request: "repair of the Rt Achilles", expected: ["procedure": "achilles_repair", "side": "right"]),
    // The approach inside the name (the side read first: an open repair keeps its approach).
    ClassifiedRequest(request: "Achilles tendon open repair, left", expected: ["procedure": "achilles_repair", "side": "left"]),
    ClassifiedRequest(
        request: "Open repair of the left rotator cuff", expected: ["procedure": "open_rotator_cuff_repair", "side": "left"]),
    // A longer name read across the side takes the place of a name read as written within it.
    ClassifiedRequest(
        request: "Arthroscopic repair of the right rotator cuff",
        expected: ["procedure": "arthroscopic_rotator_cuff_repair", "side": "right", "body_regions": "shoulder"]),
    // The region inside the name.
    ClassifiedRequest(
        request: "Right knee manipulation under anesthesia",
        expected: ["procedure": "manipulation_under_anesthesia", "body_regions": "knee", "side": "right"]),
    ClassifiedRequest(
        request: "L shoulder manipulation under anesthesia, outpatient",
        expected: ["procedure": "manipulation_under_anesthesia", "body_regions": "shoulder"]),
    // Must-not: named as written, the reading is the written one.
    ClassifiedRequest(request: "Right Achilles tendon repair, open", expected: ["procedure": "achilles_repair", "side": "right"]),
    ClassifiedRequest(request: "Manipulation under anesthesia, right knee", expected: ["body_regions": "knee"]),
    ClassifiedRequest(request: "Manipulation under anesthesia", expected: ["body_regions": nil]),
    ClassifiedRequest(request: "MRI of the right knee without contrast", expected: ["procedure": "mri", "body_regions": "knee"]),
    ClassifiedRequest(request: "Right knee arthroscopy", expected: ["procedure": "arthroscopy", "body_regions": "knee"]),
    // Must-not: a side or approach with no name around it.
    ClassifiedRequest(request: "Right Achilles tendon, open", expected: ["procedure": nil, "body_regions": "ankle"]),
    ClassifiedRequest(request: "Evaluation of the right Achilles tendon", expected: ["procedure": "evaluation"]),
    ClassifiedRequest(request: "Repair, left", expected: ["procedure": nil]),
    // Must-not: a drug's request is not read again.
    ClassifiedRequest(request: "Voltaren gel 1% to the right knee, open tube", expected: ["procedure": nil, "category": "medication"]),
    // Must-not: the region a request names wins over a word of the name.
    ClassifiedRequest(request: "Knee manipulation under anesthesia, left shoulder", expected: ["body_regions": "shoulder"]),
])
func aProcedureNamedAroundASideOrRegionIsRead(_ example: ClassifiedRequest) {
    let facts = requestFacts(example.request)
    for (name, expected) in example.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}
