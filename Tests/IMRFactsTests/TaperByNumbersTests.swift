import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A taper told by its numbers (`taper_attempted`; MTUS Opioid Treatment Guidelines 2016: above 80 mg
// morphine equivalent a day for more than 180 days, documented attempts to taper or wean below it;
// ``TaperFacts``): a dose brought down to a lower amount, or from one amount to a lower one, of the
// requested opioid, its class or the medications, even when the worker went back up after. Not: a
// rise, another drug's reduction, pain brought down, a reduction a review made.
//
// The first table's rows were written by engineer surgery (twenty-third session,
// /work/notes/cross23/table/medication.by-surgery.tsv) before this reader changed; the second's are
// this engineer's own.

/// The value of `taper_attempted` for the row's request after its summary ("nil" when not documented).
private func taper(_ row: TaperRow) -> String {
    value(requestFacts(row.request, summary: row.summary), "taper_attempted") ?? "nil"
}

@Suite struct TaperByNumbersTests {
    @Test(
        arguments: [
            TaperRow(
                summary:
                    "Oxycodone has been her opioid since the 2014 fusion. In August we dropped her from four tablets a day to three; by mid-September she was not sleeping and could not stand to cook, so she went back up to four. Pain today is 6/10 on four tablets. CURES was consistent.",
                request: "Oxycodone 10 mg #120", expected: "true"),
            TaperRow(
                summary:
                    "Morphine ER was brought down from 45 mg twice a day to 30 mg twice a day on 09/14/2016, and he has held at the lower dose since. He walks thirty minutes daily. No sedation. Continue MS Contin 30 mg every 12 hours.",
                request: "Morphine sulfate ER 30 mg #60", expected: "true"),
        ])
    func anotherEngineersRowsAreRead(_ row: TaperRow) {
        #expect(taper(row) == row.expected, "\(row.summary)")
    }

    @Test(
        arguments: [
            TaperRow(
                summary:
                    "OxyContin was 20 mg every 12 hours until the spring; we brought it down to 15 mg, then in 10/2016 tried 10 mg every 12 hours, and he went back up after a week of poor sleep.",
                request: "OxyContin 15mg #60", expected: "true"),
            TaperRow(
                summary: "Her Percocet went from six tablets a day to four over the summer, with her agreement.",
                request: "Percocet 10/325mg #120", expected: "true"),
            TaperRow(
                summary: "Fentanyl patch reduced to 25 mcg/hr from 50 mcg/hr on 05/02/2016; she changes it every 72 hours.",
                request: "Fentanyl 25mcg/hr patch #10", expected: "true"),
            TaperRow(
                summary: "His daily MED came down from 120 mg to 90 mg after the April visit. He works part time.",
                request: "Oxycodone 15mg #120", expected: "true"),
            TaperRow(
                summary: "Norco: lowered to 3 tablets a day in June (was 5).", request: "Norco 10/325mg #90", expected: "true"),
            TaperRow(
                summary: "Methadone 10 mg, decreased from 4 tabs daily to 3 tabs daily at the last visit; no withdrawal.",
                request: "Methadone 10mg #90", expected: "true"),
        ])
    func aTaperByNumbersIsRead(_ row: TaperRow) {
        #expect(taper(row) == row.expected, "\(row.summary)")
    }

    @Test(
        arguments: [
            TaperRow(
                summary: "Norco was raised from two to three tablets a day in May because of the flare.",
                request: "Norco 10/325mg #90", expected: "true"),
            TaperRow(
                summary:
                    "Gabapentin was lowered from 600 mg to 300 mg three times a day for dizziness; oxycodone 10 mg four times a day continues.",
                request: "Oxycodone 10mg #120", expected: "true"),
            TaperRow(
                summary: "The OxyContin brings the back pain down from 8/10 to 4/10 within the hour.",
                request: "OxyContin 20mg #60", expected: "true"),
            TaperRow(
                summary: "Utilization review on 09/02/2016 modified the Norco from #120 to #90.",
                request: "Norco 10/325mg #120", expected: "true"),
            TaperRow(
                summary: "She went from 12 to 8 visits of therapy a month; tramadol 50 mg three times a day is unchanged.",
                request: "Tramadol 50mg #90", expected: "true"),
        ])
    func noTaperByNumbersIsRead(_ row: TaperRow) {
        #expect(taper(row) != row.expected, "\(row.summary)")
    }
}
