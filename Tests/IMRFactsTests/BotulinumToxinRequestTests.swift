import Testing

// A botulinum toxin request by any of its names, and the functional restoration program it goes
// with (MTUS CPMTG 2009, Botulinum toxin, pp. 25-26, as usually quoted: for chronic low back pain
// "an option in conjunction with a functional restoration program"). The toxin's nonproprietary
// names, brands, type and HCPCS codes name the injection; a lidocaine injection or trigger point
// injections do not. `functional_restoration_program`: a program the worker is in or is to join;
// false when declined, left, completed or denied. Must not: work hardening, therapy with a home
// program. Written in this project's own words.

@Test(
    arguments: [
        // (request, expected procedure)
        ("OnabotulinumtoxinA 200 units lumbar paraspinal injection (repeat)", "botulinum_injection"),
        ("Dysport 500 units to the cervical paraspinal muscles", "botulinum_injection"),
        ("IncobotulinumtoxinA injection, neck", "botulinum_injection"),
        ("Myobloc 5000 units", "botulinum_injection"),
        ("Botulinum toxin type A 100 units to the trapezius", "botulinum_injection"),
        ("J0586 abo 500 units", "botulinum_injection"),
        // Must not: another injectate.
        ("Lidocaine injection of the lumbar paraspinal muscles", "!botulinum_injection"),
        ("Trigger point injections x3 with lidocaine", "!botulinum_injection"),
    ] as [(String, String)])
func botulinumToxinNames(_ request: String, _ expected: String) {
    expectRequestFact("Chronic neck pain.", request, "procedure", expected)
}

@Test(
    arguments: [
        // (summary, expected: a value, "nil" for not documented)
        ("Participant in the functional restoration program, week 2 of 4, attending all days.", "true"),
        ("An interdisciplinary pain program of 20 days was authorized to begin 05/02/2016.", "true"),
        ("He is in week 3 of the HFRP.", "true"),
        ("Plan: the injection during the chronic pain program's remaining weeks.", "true"),
        ("He declined the functional restoration program.", "false"),
        ("On 04/15/2016 he declined to take part and was discharged from the program before it began.", "false"),
        ("She completed a functional restoration program in 2014.", "false"),
        ("He is not a candidate for a functional restoration program.", "false"),
        ("No functional restoration program is planned.", "false"),
        // Must not: another program, therapy with a home program.
        ("He attends a work hardening program three days a week.", "nil"),
        ("Physical therapy twice a week with a home exercise program.", "nil"),
    ] as [(String, String)])
func functionalRestorationProgram(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Botox 200 units lumbar paraspinal injection", "functional_restoration_program", expected)
}
