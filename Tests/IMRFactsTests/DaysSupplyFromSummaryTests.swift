import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// `days_supply` of a drug request that states no frequency, from the frequency the summary states
// for the requested drug (its part of a sentence, up to the next drug named): "Cyclobenzaprine 5mg
// #10" with "cyclobenzaprine 5 mg at bedtime for up to 10 days" lasts 10 days, not the 1 day of the
// label's largest dose. Not another drug's frequency, not another strength's, not a review's or a
// stopped prescription's, and never over the request's own.

@Test(
    arguments: [
        // (request, summary, days)
        ("Cyclobenzaprine 5mg #10", "The physician prescribed cyclobenzaprine 5 mg at bedtime for up to 10 days.", 10),
        ("Norco 10/325 #90", "She takes Norco 10/325 mg three times a day.", 30),
        ("Tramadol 50mg #60", "Tramadol 50 mg twice daily was started on 11/02/2016.", 30),
        ("Gabapentin 300mg #90", "Plan: gabapentin 300 mg TID.", 30),
        ("Meloxicam 7.5mg #30", "He uses meloxicam once a day with food.", 30),
        ("Zolpidem 5mg #30", "Ambien 5 mg qhs helps her sleep.", 30),
        ("Omeprazole 20mg #60", "Omeprazole 20 mg BID was continued for dyspepsia.", 30),
        (
            "Norco 5/325mg #60",
            "Norco 5/325 mg, 1 tab every 6 hours as needed, was refilled; she also takes naproxen 500 mg twice a day.", 15
        ),
        ("Methocarbamol 750mg #40", "Plan: methocarbamol 750 mg QID x 10 days.", 10),
        ("Duloxetine 30mg #30", "Per the nurse case manager, duloxetine 30 mg is taken every morning.", 30),
        ("Naproxen 550mg #60", "Naprosyn 550 mg BID per the PR-2 of 10/12/2016.", 30),
        ("Lidoderm 5% patch #30", "She applies one Lidoderm patch daily to the low back.", 30),
    ] as [(String, String, Int)])
func aRequestWithoutAFrequencyLastsAsTheSummaryPrescribesIt(_ request: String, _ summary: String, _ days: Int) {
    let facts = requestFacts(request, summary: summary)
    #expect(facts["days_supply"]?.value == .days(days), "\(request) | \(summary) -> \(value(facts, "days_supply") ?? "-")")
}

@Test(
    arguments: [
        // Another drug's frequency: the label's largest dose (cyclobenzaprine 30 mg a day).
        ("Cyclobenzaprine 5mg #10", "She takes ibuprofen 600 mg three times a day.", 1),
        // The request's own frequency wins.
        ("Norco 10/325 q6h #120", "She takes Norco 10/325 mg twice a day.", 30),
        // Another strength's frequency.
        ("Norco 5/325 #60", "She took Norco 10/325 mg twice a day last year.", nil),
        // A review's wording.
        ("Cyclobenzaprine 5mg #10", "Utilization review modified the request for cyclobenzaprine 5 mg three times a day.", 1),
        // A stopped prescription.
        ("Gabapentin 300mg #90", "Gabapentin 300 mg three times a day was stopped in 2015 for dizziness.", nil),
        // Another drug's frequency after the requested drug in its sentence.
        ("Gabapentin 300mg #90", "She takes gabapentin, and Norco 10/325 three times a day.", nil),
    ] as [(String, String, Int?)])
func anotherDrugsOrAnEndedFrequencyIsNotTheRequests(_ request: String, _ summary: String, _ days: Int?) {
    let facts = requestFacts(request, summary: summary)
    #expect(facts["days_supply"]?.value == days.map(FactValue.days), "\(request) | \(summary) -> \(value(facts, "days_supply") ?? "-")")
}
