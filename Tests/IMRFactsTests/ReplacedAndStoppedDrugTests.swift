import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A second opioid or an NSAID beside the requested drug (`duplicate_opioid`, `concurrent_nsaid`,
// `concurrent_opioid`; CPMTG 2009 pp. 76-78, one drug changed at a time; pp. 68-69, a PPI with an
// NSAID) is a drug taken now: not the drug the current one replaced ("replaced Norco, which caused
// itching", `drug_replaced_after`), nor a drug the summary told stopped and then names only in
// another drug's statement ("Pantoprazole was started with the naproxen in 2015"). A drug restarted
// after its stop, or still taken beside the one that replaced a third, is.

/// The value of fact `name` for `request` after `summary` ("nil" when not documented).
private func fact(_ name: String, _ summary: String, _ request: String) -> String {
    value(requestFacts(request, summary: summary), name) ?? "nil"
}

/// A row: the summary, the drug requested, the fact and the value it must (or must not) have.
struct ConcurrentRow: CustomTestStringConvertible, Sendable {
    var summary: String
    var request: String
    var fact: String
    var testDescription: String { "\(fact): \(summary)" }
}

@Suite struct ReplacedAndStoppedDrugTests {
    @Test(
        arguments: [
            ConcurrentRow(
                summary: "Meds: oxycodone IR 10 mg QID since March (replaced Norco, which caused itching); docusate.",
                request: "Oxycodone 10mg #120", fact: "duplicate_opioid"),
            ConcurrentRow(
                summary: "Tramadol 50 mg three times a day was started in place of the hydrocodone after a fall in May.",
                request: "Tramadol 50mg #90", fact: "duplicate_opioid"),
            ConcurrentRow(
                summary:
                    "She stopped the naproxen herself in August. Omeprazole 20 mg daily was started with the naproxen in 2015 and she still takes it.",
                request: "Omeprazole 20mg #30", fact: "concurrent_nsaid"),
            ConcurrentRow(
                summary:
                    "He stopped the ibuprofen in May because of heartburn. The heartburn that came with the ibuprofen has settled on pantoprazole.",
                request: "Pantoprazole 40mg #30", fact: "concurrent_nsaid"),
            ConcurrentRow(
                summary: "Allergies: codeine (itching). Current medications: Norco 10/325 mg three times a day.",
                request: "Norco 10/325mg #90", fact: "duplicate_opioid"),
            ConcurrentRow(
                summary: "Gabapentin 300 mg TID; she now takes gabapentin instead of the diclofenac, which upset her stomach.",
                request: "Gabapentin 300mg #90", fact: "concurrent_nsaid"),
        ])
    func aDrugReplacedOrStoppedIsNotTakenBeside(_ row: ConcurrentRow) {
        #expect(fact(row.fact, row.summary, row.request) != "true", "read: \(row.summary)")
    }

    @Test(
        arguments: [
            ConcurrentRow(
                summary: "Norco 10/325 TID and oxycodone 5 mg for breakthrough pain, both prescribed by this office.",
                request: "Norco 10/325mg #90", fact: "duplicate_opioid"),
            ConcurrentRow(
                summary:
                    "She stopped naproxen in 2015 but restarted it in August. Omeprazole was started with the naproxen again in August.",
                request: "Omeprazole 20mg #30", fact: "concurrent_nsaid"),
            ConcurrentRow(
                summary: "Meloxicam 15 mg daily continues. Pantoprazole 40 mg daily was started with the meloxicam.",
                request: "Pantoprazole 40mg #30", fact: "concurrent_nsaid"),
            ConcurrentRow(
                summary: "Tramadol 50 mg BID replaced the cyclobenzaprine in June; Norco 5/325 at night continues.",
                request: "Tramadol 50mg #60", fact: "duplicate_opioid"),
        ])
    func aDrugTakenBesideIsRead(_ row: ConcurrentRow) {
        #expect(fact(row.fact, row.summary, row.request) == "true", "not read: \(row.summary)")
    }
}
