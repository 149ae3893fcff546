import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A drug a urine screen finds that no one prescribed is an aberrant result (CPMTG 2009 "On-going
// management", p. 78, the fourth A, and "Drug testing", p. 43: screening for "the presence of
// illegal drugs" and for "non-prescribed" medications; `aberrant_behavior`): a screen positive for a
// drug the summary tells not prescribed, or for a drug that is neither a drug the worker takes nor
// a metabolite of one. Not: the prescribed drug and its metabolites found, as expected.
//
// The first table's rows were written by engineer surgery (twenty-third session,
// /work/notes/cross23/table/medication.by-surgery.tsv) before this reader changed; the others are
// this engineer's own.

/// Whether the row's summary documents aberrant drug-taking behaviour for its request.
private func aberrant(_ row: PainRow) -> Bool {
    requestFacts(row.request, summary: row.summary)["aberrant_behavior"]?.value == .bool(true)
}

@Suite struct UnprescribedScreenTests {
    @Test(
        arguments: [
            PainRow(
                summary:
                    "Her only opioid prescription is hydrocodone from this office. The urine drug screen collected 10/20/2016 came back positive for oxymorphone and oxycodone, neither of which anyone has prescribed her. She could not explain the result. The opioid agreement was reviewed with her again.",
                request: "Hydrocodone/APAP 10/325 mg #120")
        ])
    func anotherEngineersRowsAreRead(_ row: PainRow) {
        #expect(aberrant(row), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            PainRow(
                summary:
                    "Urine drug screen 08/12/2016 was positive for hydrocodone, which is not prescribed to him; his only opioid is tramadol 50 mg three times a day.",
                request: "Tramadol 50mg #90"),
            PainRow(
                summary: "She takes Norco 10/325 mg twice a day. Urine toxicology in October found oxycodone.",
                request: "Norco 10/325mg #60"),
            PainRow(
                summary: "Meds: OxyContin 20 mg q12h, gabapentin 300 mg tid. Her last drug screen detected alprazolam.",
                request: "OxyContin 20mg #60"),
            PainRow(
                summary: "Current opioid: Percocet 10/325 tid. The 9/2016 UDT showed morphine and hydromorphone.",
                request: "Percocet 10/325mg #90"),
        ])
    func anUnprescribedDrugFoundIsAberrant(_ row: PainRow) {
        #expect(aberrant(row), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            PainRow(
                summary:
                    "Urine toxicology from 09/28/2016 showed hydrocodone and hydromorphone only, as expected on his prescribed Norco. CURES shows a single prescriber. He is working light duty. Refill today.",
                request: "Hydrocodone/APAP 10/325 mg #90"),
            PainRow(summary: "She takes oxycodone 10 mg tid. UDS 06/2016 positive for oxycodone.", request: "Oxycodone 10mg #90"),
            PainRow(
                summary: "Tramadol 50 mg bid. The urine screen found tramadol and nothing else.", request: "Tramadol 50mg #60"),
            PainRow(
                summary:
                    "Norco 10/325 three times a day and alprazolam 0.5 mg at night from her psychiatrist. UDS in August was positive for hydrocodone and alprazolam.",
                request: "Norco 10/325mg #90"),
        ])
    func thePrescribedDrugFoundIsNotAberrant(_ row: PainRow) {
        #expect(!aberrant(row), "read: \(row.summary)")
    }
}
