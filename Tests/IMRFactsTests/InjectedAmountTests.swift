import Testing

// An amount injected is no count of injections (`injections_requested`): a count before a
// `request_amount_units` word ("200 units", "2 ml") is a dose. Must read: a count of injections
// beside a dose. Written in this project's own words.

@Test(
    arguments: [
        // (request, expected injections_requested: a value, "nil" or "!value")
        ("OnabotulinumtoxinA 200 units lumbar paraspinal injection (repeat)", "!200"),
        ("Botox 100 units injection to the cervical muscles", "!100"),
        ("Kenalog 40 mg in 2 ml right knee injection", "!2"),
        ("Botox 200 units, 2 injections 12 weeks apart", "2"),
        ("Lumbar epidural steroid injection x2", "2"),
        ("Two trigger point injections with 3 cc lidocaine", "2"),
    ] as [(String, String)])
func injectedAmount(_ request: String, _ expected: String) {
    expectRequestFact("Seen 08/11/2016. Chronic pain.", request, "injections_requested", expected)
}
