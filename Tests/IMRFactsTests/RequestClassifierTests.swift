import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

struct ClassifiedRequest: Sendable, CustomTestStringConvertible {
    var request: String
    var expected: [String: String?]
    var testDescription: String { request }
}

/// Route, kind, side and the corrections the classifier makes to the request facts.
@Test(arguments: [
    ClassifiedRequest(request: "Lidocaine 1% injection", expected: ["route": "injected", "topical": "false", "request_kind": "drug"]),
    ClassifiedRequest(
        request: "Kenalog 40mg with lidocaine 1% injection", expected: ["route": "injected", "topical": "false", "drug_count": "1"]),
    // Named with a region, the injected drugs are what that region's injection gives.
    ClassifiedRequest(
        request: "Kenalog 40mg with lidocaine 1% injection to the right shoulder",
        expected: ["route": "injected", "procedure": "joint_injection", "body_regions": "shoulder", "side": "right", "topical": nil]),
    ClassifiedRequest(request: "Lidoderm 5% patch #30", expected: ["route": "topical", "topical": "true"]),
    ClassifiedRequest(request: "Diclofenac 1% gel 100g", expected: ["route": "topical", "topical": "true"]),
    ClassifiedRequest(request: "Naproxen 550mg #60", expected: ["route": "oral", "request_kind": "drug", "drug_count": "1"]),
    ClassifiedRequest(request: "Baclofen intrathecal pump refill", expected: ["route": "implanted"]),
    ClassifiedRequest(request: "Norco 10/325mg #60 and Soma 350mg #30", expected: ["drug_count": "2", "route": "oral"]),
    ClassifiedRequest(request: "Gabapentin 10%, cyclobenzaprine 2% compound cream", expected: ["drug_count": "1", "route": "topical"]),
    ClassifiedRequest(
        request: "Physical therapy re-evaluation",
        expected: ["procedure": "therapy_reevaluation", "category": "physical_medicine", "request_kind": "service"]),
    ClassifiedRequest(
        request: "Chiropractic re-exam", expected: ["procedure": "chiropractic", "request_kind": "service", "category": "chiropractic"]),
    ClassifiedRequest(request: "Office visit", expected: ["procedure": "office_visit", "request_kind": "referral"]),
    ClassifiedRequest(request: "MRI of the left knee", expected: ["request_kind": "test", "side": "left", "route": nil]),
    ClassifiedRequest(request: "EMG/NCS of the bilateral upper extremities", expected: ["request_kind": "test", "side": "bilateral"]),
    ClassifiedRequest(request: "EMG of the left and right legs", expected: ["side": "bilateral"]),
    ClassifiedRequest(request: "Lumbar epidural steroid injection", expected: ["route": "injected", "request_kind": "procedure"]),
    ClassifiedRequest(request: "TENS unit purchase", expected: ["request_kind": "dme"]),
    ClassifiedRequest(request: "Pre-op EKG", expected: ["request_kind": "preoperative_test"]),
    // A specialist named with no more specific service: the specialist's service, or an office visit for a follow-up.
    ClassifiedRequest(request: "Neurology", expected: ["procedure": "consultation", "category": "evaluation", "request_kind": "referral"]),
    ClassifiedRequest(request: "Podiatry evaluation", expected: ["procedure": "consultation", "procedures": "consultation"]),
    ClassifiedRequest(request: "Pain management", expected: ["procedure": "consultation", "category": "evaluation"]),
    ClassifiedRequest(request: "Spine surgeon evaluation", expected: ["procedure": "spine_surgery_evaluation", "category": "evaluation"]),
    ClassifiedRequest(request: "Consultation with a spine surgeon", expected: ["procedure": "spine_surgery_evaluation"]),
    ClassifiedRequest(
        request: "Referral to a psychologist", expected: ["procedure": "psychological_evaluation", "category": "psychological"]),
    ClassifiedRequest(request: "Orthopedic follow-up in 6 weeks", expected: ["procedure": "office_visit", "category": "evaluation"]),
    ClassifiedRequest(request: "Follow-up with the neurologist", expected: ["procedure": "office_visit"]),
    ClassifiedRequest(request: "Follow-up in 4 weeks", expected: ["procedure": "office_visit"]),
    ClassifiedRequest(request: "Follow-up MRI of the lumbar spine", expected: ["procedure": "mri", "category": "imaging"]),
    ClassifiedRequest(request: "Orthopedic mattress", expected: ["procedure": "mattress", "category": "dme"]),
    ClassifiedRequest(request: "Neurology referral for Topamax 50mg #60", expected: ["procedure": nil, "category": "medication"]),
])
func theClassifierReadsTheRequest(_ example: ClassifiedRequest) {
    let facts = requestFacts(example.request)
    for (name, expected) in example.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}

/// A pre-operative test named beside a surgery of the same letter goes with that surgery; an MRI does
/// not, nor does a test in a letter without a surgery.
@Test func preoperativeTestsBesideASurgeryAreAssociated() {
    let input = bareCase("", requests: ["Right shoulder arthroscopy", "EKG", "CBC", "MRI of the right shoulder"])
    let caseFacts = extractor.caseFacts(for: input)
    let facts = input.requests.map { extractor.facts(for: $0, in: caseFacts) }
    #expect(facts.map { value($0, "associated_service") } == ["false", "true", "true", "false"])
    #expect(value(facts[1], "associated_surgery") == "arthroscopy")
    #expect(value(facts[3], "associated_surgery") == nil)

    let alone = bareCase("", requests: ["EKG", "Naproxen 550mg #60"])
    let aloneFacts = extractor.facts(for: alone.requests[0], in: extractor.caseFacts(for: alone))
    #expect(value(aloneFacts, "associated_service") == "false")
}

/// A request naming two drugs is cut into one part per drug, each with its own facts.
@Test func aRequestNamingTwoDrugsIsCutPerDrug() {
    let input = bareCase("", requests: ["Norco 10/325mg #60 and Soma 350mg #30"])
    let caseFacts = extractor.caseFacts(for: input)
    let facts = extractor.facts(for: input.requests[0], in: caseFacts)
    let parts = extractor.drugParts(of: input.requests[0], facts: facts, in: caseFacts)
    #expect(parts.map(\.text) == ["Norco 10/325mg #60", "Soma 350mg #30"])
    #expect(parts.map { value($0.facts, "drug") } == ["hydrocodone_apap", "carisoprodol"])
    #expect(parts.map { value($0.facts, "quantity") } == ["60", "30"])

    let single = bareCase("", requests: ["Norco 10/325mg #60"])
    let singleCase = extractor.caseFacts(for: single)
    let singleFacts = extractor.facts(for: single.requests[0], in: singleCase)
    #expect(extractor.drugParts(of: single.requests[0], facts: singleFacts, in: singleCase).isEmpty)
}

/// The facts of IMR practice: a remaining portion (from the letter's layout, the request's words or a
/// summary sentence about the requested item), a distinct service, already authorized, unspecified.
@Test func practiceFactsReadTheRequestAndTheSentencesAboutIt() {
    func facts(_ item: RequestedItem, summary: String = "", others: [String] = []) -> FactSet {
        var input = bareCase(summary, requests: others)
        input.requests.insert(item, at: 0)
        return extractor.facts(for: item, in: extractor.caseFacts(for: input))
    }
    let remainder = facts(
        RequestedItem(
            index: 0, request: "two physical therapy sessions for the lumbar spine", originalRequest: "Eight physical therapy sessions",
            authorizedPortion: "Six physical therapy sessions"))
    #expect(value(remainder, "remaining_portion") == "true" && value(remainder, "distinct_from_authorized") == "false")

    let substitution = facts(
        RequestedItem(
            index: 0, request: "EMG of the right upper extremity", originalRequest: "EMG/NCS of the right upper extremity",
            authorizedPortion: "NCS of the right upper extremity"))
    #expect(value(substitution, "remaining_portion") == "false" && value(substitution, "distinct_from_authorized") == "true")

    // A summary note governs the first item named after it, else the items named before it.
    let summary =
        "Utilization review modified the request for Trezix capsules to 5 capsules and non-certified the request for Flexeril. The Percocet and Opana were modified to initiate weaning."
    for (request, expected) in [("Trezix #30", "true"), ("Flexeril 7.5mg #60", "false"), ("Percocet 10/325 #90", "true")] {
        #expect(value(facts(RequestedItem(index: 0, request: request), summary: summary), "remaining_portion") == expected, "\(request)")
    }
    #expect(value(facts(RequestedItem(index: 0, request: "Remaining 4 sessions of acupuncture")), "remaining_portion") == "true")

    let authorized = facts(
        RequestedItem(index: 0, request: "Physical therapy 2x4"), summary: "Physical therapy 2x4 was previously authorized on 01/02/2016.")
    #expect(value(authorized, "already_authorized") == "true")
    #expect(value(facts(RequestedItem(index: 0, request: "Physical therapy 2x4")), "already_authorized") == "false")

    #expect(
        value(facts(RequestedItem(index: 0, request: "Acupuncture treatments (unspecified quantity)")), "request_unspecified") == "true")
    #expect(value(facts(RequestedItem(index: 0, request: "Pre-operative testing")), "request_unspecified") == "true")
    #expect(value(facts(RequestedItem(index: 0, request: "Pre-operative EKG")), "request_unspecified") == "false")
    // A drug request with no quantity, amount or duration leaves its quantity unspecified.
    for (request, expected) in [
        ("Post-op Zofran", "true"), ("Percocet 5/325mg", "true"), ("Norco 10/325mg #60", "false"),
        ("Diclofenac 1% gel 100 grams", "false"), ("Lidocaine ointment 5% 106.32gm", "false"),
        ("Trezix capsules, one month supply", "false"), ("Naproxen 550mg with 2 refills", "false"),
    ] {
        #expect(value(facts(RequestedItem(index: 0, request: request)), "request_unspecified") == expected, "\(request)")
    }
}
