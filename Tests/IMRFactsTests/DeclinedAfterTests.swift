import Testing

// A treatment the worker turned down, told after it in its clause (`negation_after`: "declined",
// "refused"): "steroid injection declined" is no injection given, as "declined a cortisone
// injection" was already. A treatment given and another declined stay apart. Written in this
// project's own words: on the start build (61ce66a) the first row read an injection given.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Ms. N., 58, cashier, right ring finger locking for 8 months despite a night splint and ibuprofen. Assessment: trigger finger, R ring, grade III; steroid injection declined (fear of needles).",
            "Right ring finger trigger release", "injection_given", "!true"
        ),
        (
            "Mr. K., 49, painter, right shoulder pain for a year. He did 18 visits of therapy. He declined a cortisone injection twice because his brother had a tendon rupture after one. Neer and Hawkins positive.",
            "Right shoulder arthroscopic subacromial decompression", "injection_given", "!true"
        ),
        // Must-read: the treatment given, another declined.
        (
            "Mr. K., 49, painter, right shoulder pain for a year. A subacromial cortisone injection on 04/2016 helped for 3 weeks; he declined a second one. Neer and Hawkins positive.",
            "Right shoulder arthroscopic subacromial decompression", "injection_given", "true"
        ),
        (
            "Ms. F., 44, left hand numbness for 10 months. She had a steroid injection into the left carpal tunnel on 05/2016 with a month of relief. She declined hand therapy. NCS: moderate left median neuropathy.",
            "Left carpal tunnel release", "injection_given", "true"
        ),
        (
            "Mr. T., 52, burning pain down the left leg for 8 months. Takes gabapentin 300 mg three times a day since 05/2016 with less burning; he declined a dose increase.",
            "Gabapentin 300 mg #90", "already_using", "true"
        ),
        (
            "Ms. U., 47. Tramadol 50 mg twice a day brings the pain from 8/10 to 4/10; she refused an opioid contract at first but signed it in 09/2016.",
            "Tramadol 50 mg #60", "pain_improved", "true"
        ),
    ] as [(String, String, String, String)])
func treatmentDeclinedAfterIsNotGiven(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
