import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// The monitoring of the 4 A's (CPMTG 2009 p. 78; `cures_checked`, `opioid_agreement`) read where a
// negation of another thing stands before it: a determiner after a comma or an "and" that opens a
// noun phrase with a verb of its own (`phrase_openers`, `phrase_verbs`: "..., the CURES report
// reviewed today lists ...", "and a signed opioid agreement is on file") starts another statement,
// which the "no" of "no other substances" does not reach. A list a negation governs goes on: no
// verb of its own, or a coordinator before the verb ("No CURES report, the pain agreement or a drug
// screen is on file").

/// The value of fact `name` after `summary` ("nil" when not documented).
private func check(_ name: String, _ summary: String) -> String {
    value(requestFacts("Norco 10/325mg #90", summary: summary), name) ?? "nil"
}

/// A row: the summary, the fact and the value it must (or must not) have.
struct CheckRow: CustomTestStringConvertible, Sendable {
    var summary: String
    var fact: String
    var testDescription: String { "\(fact): \(summary)" }
}

@Suite struct MonitoringNegationScopeTests {
    @Test(
        arguments: [
            CheckRow(
                summary:
                    "A urine drug screen on 10/04/2016 was consistent with prescribed hydrocodone and showed no other substances, the CURES report reviewed today lists no other prescribers, and a signed opioid agreement is on file.",
                fact: "cures_checked"),
            CheckRow(
                summary:
                    "A urine drug screen on 10/04/2016 was consistent with prescribed hydrocodone and showed no other substances, the CURES report reviewed today lists no other prescribers, and a signed opioid agreement is on file.",
                fact: "opioid_agreement"),
            CheckRow(
                summary:
                    "A random urine toxicology screen in September 2016 was appropriate for oxycodone only, CURES was checked the same day with no other prescribers, and a pain contract signed in 2015 remains in effect.",
                fact: "opioid_agreement"),
            CheckRow(
                summary: "There were no lost prescriptions, and a CURES query on 10/02/2016 showed a single prescriber.",
                fact: "cures_checked"),
            CheckRow(
                summary: "She has had no early refills, the PDMP report lists one prescriber, and the opioid agreement is up to date.",
                fact: "cures_checked"),
            CheckRow(
                summary: "She has had no early refills, the PDMP report lists one prescriber, and the opioid agreement is up to date.",
                fact: "opioid_agreement"),
            CheckRow(
                summary: "Drug screen without unexpected findings, and the narcotic contract was re-signed at this visit.",
                fact: "opioid_agreement"),
            CheckRow(summary: "Denies sedation, and her treatment agreement was renewed today.", fact: "opioid_agreement"),
        ])
    func aCheckAfterAnotherThingDeniedIsRead(_ row: CheckRow) {
        #expect(check(row.fact, row.summary) == "true", "\(row.summary)")
    }

    @Test(
        arguments: [
            CheckRow(summary: "No CURES report, pain agreement or drug screen is on file.", fact: "opioid_agreement"),
            CheckRow(summary: "No CURES report, the pain agreement or a drug screen is on file.", fact: "opioid_agreement"),
            CheckRow(summary: "She has no pain contract and no CURES check on file.", fact: "opioid_agreement"),
            CheckRow(summary: "No signed agreement, the CURES report, or the urine drug screen was provided.", fact: "cures_checked"),
        ])
    func aListTheNegationGovernsStaysDenied(_ row: CheckRow) {
        #expect(check(row.fact, row.summary) != "true", "\(row.summary)")
    }
}
