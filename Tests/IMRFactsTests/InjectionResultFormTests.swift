import IMRFacts
import Testing

/// An earlier injection's result told anywhere in the summary (twentieth session, table written
/// before the reader): the relief (`prior_relief_percent`) and how long it lasted
/// (`prior_relief_duration`) of the last injection of the requested kind, told in its own sentence,
/// in a later dated entry, in another paragraph that refers back to it ("the injection", "that
/// block", "after the May injection"), or in the worker's words; and a diagnostic anesthetic
/// injection is not the cortisone care a surgery waits for (`injection_given`). The repeat criteria:
/// CPMTG 2009 p. 46 (ESI: at least 50% relief with reduced medication for six to eight weeks),
/// p. 122 (trigger points: more than 50% for six weeks).
struct InjectionResultFormTests {
    /// A row: the summary, the request, and what each fact must be: an exact value ("60", "56
    /// days"), "nil", ">=N" (at least N), or "<N" (not documented or less than N: a result that
    /// meets no repeat criterion).
    struct Row: CustomTestStringConvertible, Sendable {
        let summary: String
        let request: String
        let percent: String
        let duration: String
        var testDescription: String { summary }
    }

    static let lumbar = "Repeat lumbar epidural steroid injection L5-S1"
    static let cervical = "Repeat cervical epidural steroid injection C6-7"
    static let trigger = "Trigger point injections x3, right upper trapezius"

    /// Whether `got` (a fact's value as ``value(_:_:)`` renders it) meets `expected`.
    static func meets(_ got: String?, _ expected: String) -> Bool {
        func number(_ text: String?) -> Double? { text.flatMap { Double($0.split(separator: " ")[0]) } }
        if expected == "any" { return true }
        if expected == "nil" { return got == nil }
        if expected.hasPrefix(">=") { return (number(got) ?? -1) >= Double(expected.dropFirst(2))! }
        if expected.hasPrefix("<") { return got == nil || number(got)! < Double(expected.dropFirst())! }
        return got == expected
    }

    /// Told where a reader of the injection's own sentence does not look.
    static let mustRead: [Row] = [
        .init(
            summary:
                "05/12/2016: Right L5 transforaminal ESI.\n\n06/30/2016: Phone follow-up. Leg pain went from 8/10 to 2/10 after the injection and is holding there.",
            request: lumbar, percent: "75", duration: ">=42"),
        .init(
            summary:
                "She had a lumbar epidural on 03/02/2016. After the March injection she was about two-thirds better for roughly two months.",
            request: lumbar, percent: "67", duration: "60 days"),
        .init(
            summary: "Lumbar ESI 04/04/2016. F/u 05/30/2016: 60% improvement, lasted 7 wks, now using Norco 1/day instead of 3.",
            request: lumbar, percent: "60", duration: "49 days"),
        .init(
            summary: "Pt reports the TFESI of 02/2016 took away most of the leg pain for about 3 months.",
            request: lumbar, percent: ">=50", duration: "90 days"),
        .init(
            summary: "\"That shot was the best thing, I was 70% better for a good six weeks,\" she says of the 08/15/2016 lumbar ESI.",
            request: lumbar, percent: "70", duration: "42 days"),
        .init(
            summary:
                "A lumbar ESI at L5-S1 was performed on 06/01/2016.\n\nAt the 07/20/2016 visit her radicular pain was 3/10, down from 8/10 before the procedure, and she had stopped taking gabapentin.",
            request: lumbar, percent: "62.5", duration: "any"),
        .init(
            summary:
                "Records show a caudal ESI on 01/06/2016. The note of 03/15/2016 documents 50-60% relief, still present at that visit, with the patient using half as much tramadol.",
            request: lumbar, percent: "50", duration: ">=42"),
        .init(
            summary:
                "He received a right L5-S1 transforaminal injection in April 2016. He told me that the injection relieved roughly half of his leg pain and that the benefit wore off after about six weeks.",
            request: lumbar, percent: "50", duration: "42 days"),
        .init(
            summary: "Cervical ESI C6-7 on 02/10/2016. Arm pain 9/10 before, 4/10 after, x 10 weeks.",
            request: cervical, percent: ">=50", duration: "70 days"),
        .init(
            summary: "She had a lumbar ESI on 05/03/2016. After the May injection she was pain free in the leg for two months.",
            request: lumbar, percent: "100", duration: "60 days"),
        .init(
            summary: "A right L4-5 selective nerve root block was done in 04/2016. That block gave her 70% relief lasting 8 weeks.",
            request: lumbar, percent: "70", duration: "56 days"),
        .init(
            summary:
                "TPIs to the R trapezius 08/02/2016. At follow-up 09/20/2016 she described 60% less pain, and it had held for 7 weeks; she is back to typing full days.",
            request: trigger, percent: "60", duration: "49 days"),
        .init(
            summary:
                "07/06/2016: Left L5-S1 interlaminar epidural steroid injection.\n09/01/2016: The relief lasted about eight weeks, at 80% or better.",
            request: lumbar, percent: "80", duration: "56 days"),
    ]

    /// Another injection's, a drug's or a therapy's relief; a planned injection's hoped-for relief;
    /// none; a relief too short (a number, not a true).
    static let mustNotRead: [Row] = [
        .init(
            summary: "She had a right knee cortisone injection on 03/01/2016 that gave 80% relief for 3 months.",
            request: lumbar, percent: "nil", duration: "nil"),
        .init(
            summary: "A cervical ESI on 03/01/2016 gave 80% relief for 3 months.",
            request: lumbar, percent: "nil", duration: "nil"),
        .init(
            summary: "A repeat lumbar ESI is planned; the goal is at least 50% relief for six to eight weeks.",
            request: lumbar, percent: "nil", duration: "nil"),
        .init(
            summary: "She had a lumbar ESI on 03/01/2016. Since starting gabapentin in May her leg pain is 60% better.",
            request: lumbar, percent: "nil", duration: "nil"),
        .init(
            summary: "Lumbar ESI 03/01/2016. She then completed 12 PT visits, which gave 50% improvement lasting two months.",
            request: lumbar, percent: "nil", duration: "nil"),
        .init(
            summary: "The lumbar ESI of 03/01/2016 gave no relief at all.",
            request: lumbar, percent: "<50", duration: "<42"),
        .init(
            summary: "She had a lumbar ESI on 03/01/2016; the relief lasted a day.",
            request: lumbar, percent: "<50", duration: "1 days"),
        .init(
            summary: "A diagnostic lidocaine injection into the lumbar facet joints gave 90% relief for 6 hours.",
            request: lumbar, percent: "nil", duration: "nil"),
        .init(
            summary: "Lumbar ESI 01/2016. TPIs to the trapezius on 05/01/2016. The injections gave 80% relief for 2 months.",
            request: lumbar, percent: "nil", duration: "nil"),
        .init(
            summary: "Lumbar ESI on 03/01/2016 gave 30% relief. She then started acupuncture. The relief lasted 10 weeks.",
            request: lumbar, percent: "30", duration: "nil"),
        .init(
            summary:
                "Lumbar ESI 05/12/2016. By phone she says the leg pain dropped from 8/10 to 3/10 for about ten days after the injection and then came back.",
            request: lumbar, percent: "any", duration: "10 days"),
    ]

    func facts(_ row: Row) -> (String?, String?) {
        let input = bareCase(row.summary, requests: [row.request], decision: "12/15/2016")
        let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
        return (value(facts, "prior_relief_percent"), value(facts, "prior_relief_duration"))
    }

    @Test(arguments: mustRead)
    func readsAnInjectionsResultToldAnywhere(_ row: Row) {
        let (percent, duration) = facts(row)
        #expect(Self.meets(percent, row.percent), "prior_relief_percent \(percent ?? "nil")")
        #expect(Self.meets(duration, row.duration), "prior_relief_duration \(duration ?? "nil")")
    }

    @Test(arguments: mustNotRead)
    func doesNotReadAnotherResultAsTheInjections(_ row: Row) {
        let (percent, duration) = facts(row)
        #expect(Self.meets(percent, row.percent), "prior_relief_percent \(percent ?? "nil")")
        #expect(Self.meets(duration, row.duration), "prior_relief_duration \(duration ?? "nil")")
    }

    static let decompression = "Right shoulder arthroscopy with subacromial decompression"

    /// The cortisone injection a subacromial decompression waits for (ACOEM ch. 9 p. 211: "three to
    /// six months of conservative care, including cortisone injections"): a steroid injected, given.
    static let cortisoneGiven: [(String, String)] = [
        ("He had two subacromial cortisone injections in 2016 with brief relief.", "true"),
        ("A Kenalog injection into the right shoulder bursa in March helped for a month.", "true"),
        ("She received a corticosteroid shot to the right shoulder on 04/04/2016.", "true"),
        ("Subacromial steroid/lidocaine injection 06/2016: relief for 3 weeks.", "true"),
        ("Right shoulder injected with Depo-Medrol and lidocaine on 05/05/2016.", "true"),
        ("The shoulder was injected twice with cortisone without lasting benefit.", "true"),
        // An anesthetic alone, as a diagnostic test, is not the cortisone care.
        ("After a subacromial injection of lidocaine the impingement tests were painless for an hour.", "!true"),
        ("A diagnostic lidocaine injection reproduced relief; he has never had a corticosteroid injection.", "!true"),
        ("He has never had a steroid injection in the shoulder.", "!true"),
        ("A subacromial cortisone injection is planned for next week.", "!true"),
        ("A Marcaine impingement test injection relieved his pain for 2 hours.", "!true"),
    ]

    @Test(arguments: cortisoneGiven)
    func readsTheCortisoneInjectionNotTheDiagnosticAnesthetic(_ summary: String, _ expected: String) {
        let got = value(requestFacts(Self.decompression, summary: summary), "injection_given")
        if expected == "!true" { #expect(got != "true") } else { #expect(got == expected) }
    }
}
