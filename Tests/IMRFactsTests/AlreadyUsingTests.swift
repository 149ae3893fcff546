import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A new prescription is not a drug in use (`already_using`): the drug prescribed, chosen or started
// with its earlier use denied ("has not taken a muscle relaxant before", "opioid naive"), or told
// its first ("as the first medication", "for the first time", "newly prescribed"). A drug taken
// before, taken now, or first prescribed years ago and continued is in use.

@Test(
    arguments: [
        // (request, summary)
        (
            "Cyclobenzaprine 5mg #10",
            "The physician prescribed cyclobenzaprine 5 mg at bedtime, noting that he has never taken a muscle relaxant."
        ),
        ("Tramadol 50mg #60", "He takes no other medication; Dr. Lee chose tramadol as the first medication for this injury."),
        ("Tramadol 50mg #60", "Tramadol 50 mg was prescribed on 11/02/2016; he is opioid naive."),
        ("Gabapentin 300mg #90", "She has not used gabapentin before; it was prescribed at the 10/12 visit."),
        ("Methocarbamol 750mg #40", "No prior muscle relaxant use. Methocarbamol 750 mg QID was prescribed on 01/04/2017."),
        ("Norco 5/325mg #30", "He was given his first prescription of Norco on 11/02/2016 after the fracture."),
        ("Meloxicam 7.5mg #30", "Meloxicam was prescribed on 10/12/2016 as her first anti-inflammatory."),
        ("Duloxetine 30mg #30", "The provider started her on duloxetine on 11/30; she had never taken an antidepressant."),
        ("Gabapentin 300mg #90", "Gabapentin was prescribed on 11/30/2016 and she has not taken it yet."),
        (
            "Flexeril 10mg #20",
            "Per the nurse case manager the physician prescribed Flexeril for the flare; he had no muscle relaxant previously."
        ),
        ("Tizanidine 4mg #30", "Tizanidine was newly prescribed on 12/01/2016 for the spasm."),
        ("Baclofen 10mg #30", "Baclofen was dispensed for the first time on 12/01/2016."),
        ("Cyclobenzaprine 5mg #10", "He was prescribed cyclobenzaprine 5 mg on 11/30, a medication he has not tried before."),
    ] as [(String, String)])
func aFirstPrescriptionIsNotADrugInUse(_ request: String, _ summary: String) {
    let facts = requestFacts(request, summary: summary)
    #expect(facts["already_using"]?.value == .bool(false), "\(summary) -> \(String(describing: value(facts, "already_using")))")
}

@Test(
    arguments: [
        ("Norco 10/325mg #90", "She has been taking Norco for two years; it was first prescribed in 2014."),
        ("Cyclobenzaprine 5mg #10", "He has taken cyclobenzaprine before, with benefit, and takes it at night."),
        ("Norco 10/325mg #90", "She is not opioid naive: she took Percocet after her 2013 surgery and takes Norco now."),
        ("Gabapentin 300mg #90", "Gabapentin was first prescribed in 2015 and she continues it."),
        ("Norco 10/325mg #90", "He takes Norco daily; this is not his first opioid."),
        ("Norco 10/325mg #90", "He takes Norco 10/325 twice a day and has never taken a muscle relaxant."),
        ("Tramadol 50mg #60", "She has taken tramadol since 2015; before that she had never used an opioid."),
    ] as [(String, String)])
func aDrugTakenAlreadyIsInUse(_ request: String, _ summary: String) {
    let facts = requestFacts(request, summary: summary)
    #expect(facts["already_using"]?.value == .bool(true), "\(summary) -> \(String(describing: value(facts, "already_using")))")
}
