import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Opioid monitoring as the record documents it: a urine drug screen done, not one planned or
// requested; UR's verdict restated after the treatment it judges is the review, not the record.

/// UR's verdict written right after the treatment it judges ("Norco denied: no UDS") restates the
/// review: what it names missing is no fact of the record. A worker who denied a symptom, or a
/// verdict word that is not right after a treatment, is not the review.
@Test(arguments: [
    // (summary, urine drug screen documented absent)
    ("Norco denied: no UDS.", false),
    ("Norco 10/325 #60 denied - no UDS on file.", false),
    ("Norco denied due to no UDS.", false),
    ("Norco denied on 12/1/16 as there was no urine drug screen.", false),
    ("Opioids denied; no UDS documented.", false),
    ("Norco modified to #30 for weaning, no UDS.", false),
    ("Hydrocodone and tramadol not approved (no urine drug testing).", false),
    ("Norco denied, no urine toxicology on file.", false),
    // The worker's answer, or a verdict on nothing named.
    ("He denied side effects; no UDS was done.", true),
    ("The patient on Norco denied any side effects. No UDS has been performed.", true),
    ("He takes Norco, denied nausea. No urine drug screen on file.", true),
    ("She denied: no UDS has been done.", true),
])
func aVerdictAfterATreatmentIsTheReview(_ summary: String, _ absent: Bool) {
    let facts = requestFacts("Norco 10/325 mg #60", summary: "He takes Norco 10/325 mg three times a day. " + summary)
    #expect((facts["urine_drug_screen"]?.value == .bool(false)) == absent)
}

/// A urine drug screen in the plan ("Treatment plan included a urine drug screen", "P: UDS", a list
/// fragment after a plan sentence, "will obtain a UDS") is not a screen done; a result or a done word
/// makes it one, and a denied screen is documented absent wherever it stands.
@Test(
    arguments: [
        // (summary, urine_drug_screen: nil = not documented)
        ("The treatment plan included an MRI, continuing medication as prescribed, urine drug screening, and follow-up.", nil),
        ("The treatment plan consisted of an electrodiagnostic study, a urine drug screen and acupuncture.", nil),
        ("P: EDS, topical analgesics, UDS, shockwave, acupuncture.", nil),
        ("Plan: refill Norco. Random UDS.", nil),
        ("Treatment plan included monitoring of the medications. Periodic urinalysis toxicological evaluation.", nil),
        ("Will obtain a urine drug screen at the next visit.", nil),
        ("A urine toxicology screen was recommended.", nil),
        // Done: a result, a done word, or no plan at all.
        ("Plan: refill Norco; last UDS 10/1/16 consistent.", true),
        ("Treatment plan included refills. UDS on 10/1/16 was consistent with prescribed medications.", true),
        ("Treatment plan included refills. Random UDS consistent.", true),
        ("A urine drug screen was performed on 10/1/16.", true),
        ("Urine toxicology 10/1/16: positive for hydrocodone.", true),
        ("Periodic urinalysis toxicological evaluations have been consistent.", true),
        // Denied.
        ("Treatment plan included refills. No UDS on file.", false),
        ("A urine drug screen has not been done.", false),
    ] as [(String, Bool?)])
func aScreenPlannedIsNotAScreenDone(_ summary: String, _ done: Bool?) {
    let facts = requestFacts("Norco 10/325 mg #60", summary: "He takes Norco 10/325 mg three times a day. " + summary)
    #expect(facts["urine_drug_screen"]?.value == done.map { FactValue.bool($0) })
}
