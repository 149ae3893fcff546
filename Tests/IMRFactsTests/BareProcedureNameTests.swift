import IMRFacts
import Testing

// A request that names the bare word of a kind of procedure ("injection") and a named injectate or
// kind of injection with it: the named one is the request's procedure, in a UR line's, a
// surgeon's RFA's or a terse order's words. Must-not rows beside them: an injection named whole
// ("trigger point injection", "steroid injection") keeps its name, a drug injected is no procedure
// of its own, image guidance is how an injection is given, and the bare word alone stays the
// joint injection.
@Test(arguments: [
    ClassifiedRequest(
        request: "Injection of Xiaflex right ring finger", expected: ["procedure": "collagenase_injection", "category": "injection"]),
    ClassifiedRequest(request: "Injection: platelet rich plasma, right elbow", expected: ["procedure": "platelet_rich_plasma"]),
    ClassifiedRequest(
        request: "Right knee injection with Synvisc-One",
        expected: ["procedure": "viscosupplementation", "procedures": "viscosupplementation"]
    ),
    ClassifiedRequest(
        request: "Injections, botulinum toxin, cervical paraspinals, 200 units", expected: ["procedure": "botulinum_injection"]),
    // Must-not.
    ClassifiedRequest(request: "Trigger point injection with lidocaine, trapezius x4", expected: ["procedure": "trigger_point_injection"]),
    ClassifiedRequest(request: "Steroid injection and Synvisc, left knee", expected: ["procedure": "joint_injection"]),
    ClassifiedRequest(request: "Injection of Kenalog 40 mg, right shoulder", expected: ["procedure": "joint_injection"]),
    ClassifiedRequest(request: "Injection under ultrasound guidance, right hip", expected: ["procedure": "joint_injection"]),
    ClassifiedRequest(request: "Injection, right knee", expected: ["procedure": "joint_injection"]),
])
func aNamedInjectionWinsOverTheBareWord(_ example: ClassifiedRequest) {
    let facts = requestFacts(example.request)
    for (name, expected) in example.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}
