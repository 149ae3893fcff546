import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A past course of the requested drug is not a use in progress (`already_using`, `use_duration`;
// CPMTG 2009 "Muscle relaxants", pp. 63-66: a short course for an acute exacerbation; the limits
// of use count the weeks the drug is taken now). A course told with its length and its time ("x10
// days in 04/2015"), or with its end ("last took", "no longer", "discontinued"), ended; "no refills"
// or "refills: 0" is no refill. Not: a use told since a date, refilled, or continued.

private let request = "Cyclobenzaprine 5 mg #15"

/// The visit every row follows: its date is the latest, the request's.
private let visit = "Seen 11/14/2016 for an acute flare of low back pain with spasm. "

/// `already_using` and `use_duration` of the request after the visit and `summary` (nil: not documented).
private func use(_ summary: String) -> (using: String?, days: String?) {
    let facts = requestFacts(request, summary: visit + summary)
    return (value(facts, "already_using"), value(facts, "use_duration"))
}

/// The plan every past-course row ends with: the request written as a new prescription.
private let plan = " Plan: cyclobenzaprine 5 mg 1 tab TID prn spasm #15, no refills."

@Suite struct PastCourseTests {
    @Test(
        arguments: [
            "Not on any muscle relaxant now; last one was cyclobenzaprine x10 days in 04/2015, which helped; this is a new Rx for the flare, 5 days.",
            "She took cyclobenzaprine for two weeks in March 2015 and has not taken it since.",
            "Cyclobenzaprine was tried for 10 days in 2014 with good effect.",
            "Hx: Flexeril x2 wks 06/2015, discontinued; now a new flare.",
            "He last took cyclobenzaprine in 2015.",
            "A 7-day course of cyclobenzaprine in January 2016 helped the last flare.",
            "He no longer uses cyclobenzaprine.",
            "Muscle relaxants: cyclobenzaprine 5 mg for one week in 2014, none since.",
        ])
    func aPastCourseIsNoUseInProgress(_ history: String) {
        let read = use(history + plan)
        #expect(read.using != "true", "read as taken: \(history)")
        #expect(read.days == nil, "a duration read: \(history) -> \(read.days ?? "")")
    }

    @Test(
        arguments: [
            "Plan: cyclobenzaprine 5 mg TID prn #15, no refills.",
            "Rx: cyclobenzaprine 5 mg #15, refills: 0.",
        ])
    func noRefillIsANewPrescription(_ summary: String) {
        #expect(use(summary).using != "true", "read as taken: \(summary)")
    }

    @Test(
        arguments: [
            "She has taken cyclobenzaprine 5 mg nightly since 04/2015.",
            "Cyclobenzaprine 5 mg at bedtime, refilled monthly since 2015.",
            "Continues cyclobenzaprine; last refill 10/2016, 2 refills remaining.",
            "He has been on cyclobenzaprine 5 mg TID for the past three months.",
        ])
    func aUseInProgressIsStillRead(_ summary: String) {
        #expect(use(summary).using == "true", "not read as taken: \(summary)")
    }
}
