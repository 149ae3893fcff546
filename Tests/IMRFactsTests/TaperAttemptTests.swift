import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Attempts to wean an opioid (`taper_attempted`; MTUS Opioid Treatment Guidelines 2016: above 80 mg
// morphine equivalent a day for more than 180 days, documented attempts to taper or wean below it;
// ``TaperFacts``): a taper tried, under way, reached or set is true; a taper only raised or
// declined, none set, or the dose told the same since a date is false; a wean of something else
// (crutches, another drug class) or a UR's recommendation is neither.

/// The value of `taper_attempted` for `request` after `summary` ("nil" when not documented).
private func taper(_ summary: String, _ request: String) -> String {
    value(requestFacts(request, summary: summary), "taper_attempted") ?? "nil"
}

/// A row: the summary, the opioid requested, and the value expected.
struct TaperRow: CustomTestStringConvertible, Sendable {
    var summary: String
    var request: String
    var expected: String
    var testDescription: String { "\(expected): \(summary)" }
}

@Suite struct TaperAttemptTests {
    @Test(
        arguments: [
            TaperRow(
                summary:
                    "At the opioid review of 07/2016 she agreed to a slow taper, one step a month, and 30 mg every 12 hours was reached in October.",
                request: "MS Contin 30mg #60", expected: "true"),
            TaperRow(
                summary: "The dose was reduced from 120 to 90 mg morphine equivalent a day in 2016.",
                request: "Oxycodone 15mg #180", expected: "true"),
            TaperRow(
                summary: "We have been weaning the Norco by one tablet a day every two weeks since September.",
                request: "Norco 10/325mg #90", expected: "true"),
            TaperRow(
                summary: "Plan: taper OxyContin to 20 mg twice daily next month, then reassess.",
                request: "OxyContin 20mg #60", expected: "true"),
            TaperRow(
                summary: "He tapered the methadone from 40 to 30 mg a day in March; a further reduction is planned.",
                request: "Methadone 10mg #90", expected: "true"),
            TaperRow(
                summary:
                    "A taper was raised at the review in July; she asked to stay on the present dose, and no reduction schedule was set.",
                request: "MS Contin 30mg #90", expected: "false"),
            TaperRow(
                summary: "Morphine ER 30 mg every 8 hours, the same dose since 01/2015.",
                request: "MS Contin 30mg #90", expected: "false"),
            TaperRow(
                summary: "Weaning of the oxycodone has been discussed twice but he declined it.",
                request: "Oxycodone 30mg #120", expected: "false"),
        ])
    func aTaperIsRead(_ row: TaperRow) {
        #expect(taper(row.summary, row.request) == row.expected, "\(row.summary)")
    }

    @Test(
        arguments: [
            TaperRow(
                summary: "She was weaned off the crutches in June. MS Contin 30 mg every 8 hours continues.",
                request: "MS Contin 30mg #90", expected: "true"),
            TaperRow(
                summary: "Utilization review on 10/02/2016 recommended weaning of the Norco.",
                request: "Norco 10/325mg #90", expected: "true"),
            TaperRow(
                summary: "She tapered off the lorazepam in 2015; oxycodone 10 mg four times a day continues.",
                request: "Oxycodone 10mg #120", expected: "true"),
            TaperRow(
                summary: "Her prednisone taper finished last week; OxyContin 20 mg twice a day is unchanged.",
                request: "OxyContin 20mg #60", expected: "true"),
        ])
    func noTaperOfTheOpioidIsRead(_ row: TaperRow) {
        #expect(taper(row.summary, row.request) != row.expected, "\(row.summary)")
    }
}
