import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

// A duration of use told as its start (use_duration): "every night since the spring of 2015",
// "since March", "started in the fall of 2016", "since the injury", counted to the letter's review
// date (12/20/2016 here; injury 03/02/2015). Written in the project's own words before the reading;
// one row follows a batch-3 vignette's sentence (marked). Must not: a start still to come, a start of
// something else, a stop, another drug's start.

/// The facts of one request, with a header's injury and review dates.
private func datedFacts(_ summary: String, _ request: String) -> FactSet {
    let input = CaseInput(
        file: "test",
        header: LetterHeader(dateOfInjury: SimpleDate("03/02/2015"), urDenialDate: SimpleDate("12/20/2016")),
        credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: summary),
        requests: [RequestedItem(index: 0, request: request)])
    return extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
}

@Test(
    arguments: [
        // (summary, request, the fewest and the most days of use)
        ("She has used Flexeril nightly since March.", "Flexeril 10mg #30", 250, 300),
        ("Cyclobenzaprine was started in the fall of 2016 and she still takes it at bedtime.", "Cyclobenzaprine 7.5mg #30", 60, 110),
        ("He has taken cyclobenzaprine nightly since the injury.", "Cyclobenzaprine 7.5mg #30", 650, 660),
        ("Flexeril 10 mg at night since 2014.", "Flexeril 10mg #30", 700, 1100),
        ("Cyclobenzaprine since early 2016 for spasm.", "Cyclobenzaprine 7.5mg #30", 300, 360),
        ("Taking cyclobenzaprine 5 mg qhs since late summer.", "Cyclobenzaprine 5mg #30", 90, 150),
        ("He began cyclobenzaprine in the winter of 2015 and takes it every night.", "Cyclobenzaprine 7.5mg #30", 330, 720),
        ("Has been on Flexeril since mid-2015.", "Flexeril 10mg #30", 480, 560),
        ("She has taken tizanidine every night since the summer of 2014.", "Tizanidine 4mg #30", 830, 940),
        ("Since May of this year he has needed cyclobenzaprine at bedtime.", "Cyclobenzaprine 7.5mg #30", 200, 235),
        ("Soma 350 mg: taking it since the DOI.", "Soma 350mg #30", 650, 660),
        ("He has been on baclofen since the end of 2015.", "Baclofen 10mg #60", 330, 400),
        // Vignette wording (batch 3).
        (
            "On 12/02/2016 the physician renewed cyclobenzaprine 7.5 mg at bedtime, #10; he has taken it every night since the spring of 2015.",
            "Cyclobenzaprine 7.5mg #10", 570, 660
        ),
        // Must not: a start still to come, another complaint's start, a stop, another drug's start.
        ("He will start cyclobenzaprine at bedtime in the spring of 2017.", "Cyclobenzaprine 7.5mg #30", 0, 30),
        (
            "His back pain has been present since the spring of 2015; cyclobenzaprine was first prescribed on 12/02/2016.",
            "Cyclobenzaprine 7.5mg #30", 0, 30
        ),
        ("He stopped cyclobenzaprine in the spring of 2015 and restarted it a week ago.", "Cyclobenzaprine 7.5mg #30", 0, 30),
        ("He has taken ibuprofen since 2014 and cyclobenzaprine for the past week.", "Cyclobenzaprine 7.5mg #30", 0, 30),
    ] as [(String, String, Int, Int)])
func useDurationFromItsStart(_ summary: String, _ request: String, _ fewest: Int, _ most: Int) {
    let days: Int? =
        switch datedFacts(summary, request)["use_duration"]?.value {
        case .days(let days)?: days
        default: nil
        }
    if fewest == 0 {
        #expect((days ?? 0) <= most, "\(summary)")
    } else {
        #expect(days.map { (fewest...most).contains($0) } == true, "\(summary): \(String(describing: days))")
    }
}
