import IMRFacts
import Testing

/// The earlier injections of the requested kind that the summary dates, counted to the request (here
/// the review's date, 12/15/2016): the interval since the last one and how many fell in the year.
@Test(
    arguments: [
        // (summary, request, days since the last injection, injections in the year; nil: not documented)
        ("She had a lumbar ESI on 09/01/2016 with 60% relief.", "Lumbar epidural steroid injection L4-5", 105, 1),
        (
            "Lumbar epidural steroid injections were given on 01/10/2016, 04/12/2016, 07/11/2016 and 10/10/2016.",
            "Lumbar epidural steroid injection L4-5",
            66, 4
        ),
        ("The 10/05/2016 lumbar ESI gave 50% relief.", "Lumbar epidural steroid injection L4-5", 71, 1),
        ("Trigger point injections were performed on 11/01/2016.", "Trigger point injections x4", 44, 1),
        ("She had an ESI on 09/01/2015.", "Lumbar epidural steroid injection L4-5", 471, 0),
        // A visit's date told apart from the injection, an injection to come, another kind of injection.
        (
            "On 11/01/2016 she reported 60% relief from the lumbar ESI given in the summer.", "Lumbar epidural steroid injection L4-5", nil,
            nil
        ),
        ("A repeat lumbar ESI was scheduled on 11/20/2016.", "Lumbar epidural steroid injection L4-5", nil, nil),
        ("Trigger point injections were performed on 11/01/2016.", "Lumbar epidural steroid injection L4-5", nil, nil),
        // "RFA" told as the request for authorization is no neurotomy.
        ("The RFA dated 10/20/2016 requested a lumbar radiofrequency ablation.", "Lumbar radiofrequency ablation L4-5", nil, nil),
        ("She had a lumbar radiofrequency ablation on 08/15/2016 with 70% relief.", "Lumbar radiofrequency ablation L4-5", 122, 1),
        // Four blocks a region a year: an injection told of another region is not counted; one of a
        // limb its roots reach, or of no region, is.
        (
            "She had cervical ESIs on 02/01/2016, 05/02/2016 and 08/01/2016, and a lumbar ESI on 10/03/2016.",
            "Lumbar epidural steroid injection L4-5", 73, 1
        ),
        ("She had a cervical ESI on 09/01/2016.", "Lumbar epidural steroid injection L4-5", nil, nil),
        ("She had a cervical ESI on 09/01/2016.", "Cervical epidural steroid injection C5-6", 105, 1),
        ("She had an ESI for the right leg on 09/01/2016.", "Lumbar epidural steroid injection L4-5", 105, 1),
        ("She had an ESI for the right shoulder on 09/01/2016.", "Lumbar epidural steroid injection L4-5", nil, nil),
        ("Epidural steroid injections were given on 03/01/2016 and 09/01/2016.", "Cervical epidural steroid injection C5-6", 105, 2),
    ] as [(String, String, Int?, Int?)])
func earlierInjectionsAreDatedBeforeTheRequest(_ summary: String, _ request: String, _ days: Int?, _ count: Int?) {
    let input = bareCase(summary, requests: [request], decision: "12/15/2016")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect(facts["last_injection_interval"]?.value == days.map { .days($0) })
    #expect(facts["injections_past_year"]?.value == count.map { .number(Double($0)) })
}
