import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Pain with and without the drug told as a stop and a return (CPMTG 2009 "On-going management",
// p. 78: the pain with the opioid against the pain without it; `pain_with_without_medication`,
// ``DosePainPairs``): the drug stopped, held or not filled for a while with the pain then, and the
// pain once back on it ("had to stop it for 10 days before dental surgery, and the knees were
// 7/10; back on it, 3/10"). Not: another drug stopped, a therapy stopped, a drug stopped for good
// with no pain on it told.
//
// The first table's row was written by engineer surgery (twenty-third session,
// /work/notes/cross23/table/medication.by-surgery.tsv) before this reader changed; the others are
// this engineer's own.

/// Whether the row's summary documents the pain with and without the drug its request names.
private func withAndWithout(_ row: PainRow) -> Bool {
    requestFacts(row.request, summary: row.summary)["pain_with_without_medication"]?.value == .bool(true)
}

@Suite struct StopAndReturnReliefTests {
    @Test(
        arguments: [
            PainRow(
                summary:
                    "Over the holidays the pharmacy could not fill his Norco for eight days and his back pain ran 8/10 the whole time. Once he was back on it the pain settled to about 4/10. He mows his own lawn on the medication. Refill requested.",
                request: "Hydrocodone/APAP 5/325 mg #60")
        ])
    func anotherEngineersRowsAreRead(_ row: PainRow) {
        #expect(withAndWithout(row), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            PainRow(
                summary:
                    "She had to stop the meloxicam for 10 days before her dental surgery, and the knees were 7/10; back on it, 3/10.",
                request: "Meloxicam 15mg #30"),
            PainRow(
                summary: "When the Butrans was held for his colonoscopy the back was 8/10 for three days. Restarted, he is back to 4/10.",
                request: "Butrans 10mcg/hr #4"),
            PainRow(
                summary: "Off tramadol for a week in July (lost prescription): pain 9/10. Since resuming it, 5/10.",
                request: "Tramadol 50mg #90"),
            PainRow(
                summary:
                    "He stopped the Nucynta on his own for two weeks in September to see if he still needed it; his leg pain climbed to 8/10, so he restarted it, and it is 4/10 today.",
                request: "Nucynta 50mg #90"),
        ])
    func aStopAndAReturnAreRead(_ row: PainRow) {
        #expect(withAndWithout(row), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            PainRow(
                summary: "She stopped the naproxen in June because of heartburn and the pain was 7/10; today it is 6/10 on tramadol.",
                request: "Tramadol 50mg #90"),
            PainRow(
                summary: "Physical therapy stopped for three weeks over the holidays and the back was 8/10; back in therapy it is 5/10.",
                request: "Norco 10/325mg #60"),
            PainRow(
                summary: "He stopped the Norco in 2015 and the pain was 8/10 then; today it is 6/10 without any opioid.",
                request: "Norco 10/325mg #60"),
        ])
    func noStopAndReturnOfTheDrugIsRead(_ row: PainRow) {
        #expect(!withAndWithout(row), "read: \(row.summary)")
    }
}
