import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

// A request that names a drug with a laboratory test or a word of measuring (a level, the serum, an
// assay, a panel) asks for the test of the drug, not the drug: request_kind test, no drug facts.
// A request that gives a dose of the drug (a strength, a percent, a count) asks for the drug, whatever
// else it says. A service during a surgery ("intraoperative") goes with the surgery. Written in this
// project's own words before the reading, in several orders and abbreviations.

/// Must read: the test, not the drug.
@Test(arguments: [
    ClassifiedRequest(
        request: "Serum testosterone level",
        expected: ["procedure": "preoperative_labs", "category": "laboratory", "request_kind": "preoperative_test", "drug": nil]),
    ClassifiedRequest(
        request: "Lab: total testosterone",
        expected: ["procedure": "preoperative_labs", "category": "laboratory", "drug": nil, "drug_count": nil]),
    ClassifiedRequest(request: "Labs: testosterone, free and total", expected: ["category": "laboratory", "drug": nil]),
    ClassifiedRequest(request: "Testosterone level, total and free, x1", expected: ["category": "laboratory", "drug": nil]),
    ClassifiedRequest(request: "Depakote (valproic acid) serum level", expected: ["category": "laboratory", "drug": nil]),
    ClassifiedRequest(request: "Vitamin D 25-OH level", expected: ["category": "laboratory", "drug": nil]),
    ClassifiedRequest(
        request: "Urine drug screen for hydrocodone and oxycodone",
        expected: ["procedure": "drug_screen", "category": "laboratory", "drug": nil, "drug_count": nil]),
    ClassifiedRequest(
        request: "Intraoperative SSEP monitoring", expected: ["procedure": "ssep", "associated_service": "true", "request_kind": "test"]),
    ClassifiedRequest(request: "Intra-op neuromonitoring (SSEP)", expected: ["associated_service": "true"]),
])
func aDrugATestMeasuresIsTheTests(_ example: ClassifiedRequest) {
    let facts = requestFacts(example.request)
    for (name, expected) in example.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}

/// Must not: the drug, or a diagnostic test.
@Test(arguments: [
    ClassifiedRequest(
        request: "Testosterone cypionate 200 mg IM every 2 weeks", expected: ["category": "medication", "drug": "testosterone"]),
    ClassifiedRequest(
        request: "Androgel 1.62% 2 pumps daily, recheck level in 3 months", expected: ["category": "medication", "drug": "testosterone"]),
    ClassifiedRequest(request: "Testosterone gel", expected: ["category": "medication", "drug": "testosterone"]),
    ClassifiedRequest(request: "Vitamin D 50,000 IU weekly #12", expected: ["category": "medication"]),
    ClassifiedRequest(request: "Norco 10/325mg #60 for level 8 pain", expected: ["category": "medication", "drug": "hydrocodone_apap"]),
    ClassifiedRequest(request: "Depakote 500 mg twice a day", expected: ["category": "medication"]),
    ClassifiedRequest(request: "SSEP of the lower extremities", expected: ["procedure": "ssep", "associated_service": "false"]),
    ClassifiedRequest(request: "Post-operative Norco 5/325 #30", expected: ["category": "medication"]),
    ClassifiedRequest(request: "Laboratory testing: CBC, CMP", expected: ["procedure": "preoperative_labs", "drug": nil]),
])
func aDrugGivenIsTheDrugs(_ example: ClassifiedRequest) {
    let facts = requestFacts(example.request)
    for (name, expected) in example.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}
