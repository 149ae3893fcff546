import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A urine drug screen's date and the worker's opioid for a screen request (CPMTG 2009 "Drug
// testing", p. 43; MTUS Opioid Treatment Guidelines 2016, 3.3.6: a repeat test is judged by the
// time since the last one, at a frequency set by the risk of a worker on opioids). A screen told
// with its own earlier date is done, whatever plan word another part of its sentence holds ("the
// prescribed hydrocodone"); the opioid the worker takes is read for a request that names no drug.
// Not: a screen ordered or pending, a screen only planned, an opioid tapered off, planned or absent.

private let screen = "Urine drug screen, point-of-care immunoassay, one test"

/// `drug_screen_interval` and `concurrent_opioid` of a screen request after `summary` (seen 11/17/2016).
private func read(_ summary: String) -> (interval: String?, opioid: String?) {
    let facts = requestFacts(screen, summary: "Seen 11/17/2016 for neck pain. " + summary)
    return (value(facts, "drug_screen_interval"), value(facts, "concurrent_opioid"))
}

@Suite struct ScreenDateAndOpioidTests {
    @Test(
        arguments: [
            "The last urine drug test was on 03/22/2016, eight months ago, and was consistent with the prescribed hydrocodone only.",
            "Her most recent urine toxicology, collected 03/22/2016, showed only the prescribed oxycodone.",
            "Last UDT 03/22/16 (appropriate for the prescribed Norco).",
            "A urine drug screen on 03/22/2016 was positive for the prescribed hydrocodone only.",
            "Urine drug testing was last done on 03/22/2016 per the pharmacy record; results matched the prescribed regimen.",
            "UDS 03/22/2016: consistent with the prescribed medications.",
        ])
    func aDatedScreenIsDone(_ sentence: String) {
        #expect(read(sentence).interval == "240 days", "not read: \(sentence) -> \(read(sentence).interval ?? "nil")")
    }

    @Test(
        arguments: [
            "A urine drug screen is ordered for 12/01/2016.",
            "Hydrocodone was prescribed on 03/22/2016; a urine drug screen is planned at the next visit.",
            "A urine drug screen was ordered on 03/22/2016, and the result is still pending.",
        ])
    func noScreenDoneIsRead(_ sentence: String) {
        #expect(read(sentence).interval == nil, "read: \(sentence) -> \(read(sentence).interval ?? "nil")")
    }

    @Test(
        arguments: [
            "Medications confirmed with the pharmacy: hydrocodone/APAP 10/325 mg three times a day, since 2013; duloxetine 60 mg daily.",
            "She takes tramadol 50 mg twice a day and meloxicam 7.5 mg daily.",
            "Current medications: OxyContin 20 mg every 12 hours, docusate.",
            "He continues Norco 10/325 up to four a day for the back.",
        ])
    func theWorkersOpioidIsReadForAScreen(_ summary: String) {
        #expect(read(summary).opioid == "true", "not read: \(summary)")
    }

    @Test(
        arguments: [
            "Medications: ibuprofen 600 mg twice a day, duloxetine 60 mg daily.",
            "She was tapered off oxycodone in 2015 and now takes meloxicam only.",
            "Plan: consider Norco if the pain persists; she takes naproxen.",
        ])
    func noOpioidIsReadForAScreen(_ summary: String) {
        #expect(read(summary).opioid != "true", "read: \(summary)")
    }
}
