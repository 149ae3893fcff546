import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

/// A case summary, a request, the fact read for that request, and its expected value (nil = not documented).
struct RequestCaseFactCase: CustomStringConvertible, Sendable {
    var summary: String
    var request: String
    var fact: String
    var value: FactValue?
    var description: String { "\(fact) for \(request) ← \(summary)" }
}

let requestCaseFactCases: [RequestCaseFactCase] = [
    // Nerve findings belong to the region named next to them.
    .init(
        summary: "The injured worker reported numbness in the right fourth and fifth fingers.",
        request: "EMG/NCS of the right upper extremity", fact: "regional_neuro_findings", value: .bool(true)),
    .init(
        summary:
            "The injured worker complains of low back pain that radiates to the left lower extremity, bilateral hip pain and neck pain.",
        request: "EMG/NCS of the bilateral upper extremities", fact: "regional_neuro_findings", value: nil),
    .init(
        summary:
            "The injured worker complains of low back pain that radiates to the left lower extremity, bilateral hip pain and neck pain.",
        request: "MRI of the lumbar spine", fact: "regional_neuro_findings", value: .bool(true)),
    .init(
        summary: "She denied any numbness or tingling of her hands.",
        request: "NCS of the bilateral hands", fact: "regional_neuro_findings", value: .bool(false)),
    // An earlier study of the same kind.
    .init(
        summary: "An electrodiagnostic study dated 11/30/2016 revealed findings of moderate bilateral carpal tunnel syndrome.",
        request: "EMG/NCS of the bilateral upper extremities", fact: "prior_study", value: .bool(true)),
    .init(
        summary: "X-rays of the cervical spine dated 10-12-2016 showed degenerative changes.",
        request: "MRI of the cervical spine", fact: "prior_study", value: .bool(false)),
    // Earlier courses of the requested therapy and their benefit.
    .init(
        summary: "Treatment to date has included at least 5 physical therapy sessions and medication.",
        request: "Physical therapy additional 3 visits per week for 2 weeks", fact: "prior_sessions", value: .number(5)),
    .init(
        summary: "Treatment to date has included medications.",
        request: "Additional physical therapy three times a week over two weeks", fact: "prior_therapy", value: .bool(true)),
    .init(
        summary: "Treatment to date has included medications.",
        request: "Physical therapy 2 times a week for 3 weeks", fact: "prior_therapy", value: .bool(false)),
    .init(
        summary: "She reported overall improvement with physical therapy.",
        request: "Four sessions of physical therapy", fact: "prior_therapy_benefit", value: nil),
    .init(
        summary: "The physical therapy helped with flexibility.",
        request: "Physical therapy 2 times a week for 4 weeks, right knee", fact: "prior_therapy_benefit", value: .bool(true)),
    .init(
        summary: "Six chiropractic treatments (without documentation of functional objective improvement) were completed.",
        request: "Additional chiropractic three times a week for two weeks", fact: "prior_therapy_benefit", value: .bool(false)),
    // A drug named only in the plan is a new prescription; one being taken is a continuation.
    .init(
        summary: "The treatment plan included Flexeril and physical therapy.",
        request: "Flexeril 10mg #30", fact: "already_using", value: .bool(false)),
    .init(
        summary: "She has been taking Flexeril since October.",
        request: "Flexeril 10mg #30", fact: "already_using", value: .bool(true)),
    .init(
        summary: "Current medications included Norco.",
        request: "Lyrica 75mg #60", fact: "already_using", value: .bool(false)),
    .init(summary: "The pain is 5/10.", request: "Lyrica 75mg #60", fact: "already_using", value: nil),
    // What UR did with the request.
    .init(summary: "The pain is 5/10.", request: "Naproxen 500mg #60", fact: "ur_partially_certified", value: .bool(false)),
]

@Test(arguments: requestCaseFactCases)
func requestDependentCaseFacts(_ example: RequestCaseFactCase) {
    let facts = requestFacts(example.request, summary: "Summary. " + example.summary)
    #expect(facts[example.fact]?.value == example.value)
}

@Test func companionRequestsGiveConcurrentOpioid() throws {
    let input = bareCase(
        "The patient is scheduled for hernia repair.", requests: ["Post-op Norco 5/325mg #60", "Post-op Colace 100mg #60"])
    let facts = extractor.facts(for: input.requests[1], in: extractor.caseFacts(for: input))
    #expect(facts["concurrent_opioid"]?.value == .bool(true))
    let evidence = try #require(facts["concurrent_opioid"]?.evidence.first)
    #expect(evidence.source == .request)
    #expect(evidence.sentence == "Post-op Norco 5/325mg #60")
}

@Test func transdermalOpioidIsNotTopicalButAGelIs() {
    #expect(requestFacts("Duragesic 75mcg patch #10")["topical"]?.value == .bool(false))
    #expect(requestFacts("Diclofenac sodium 3% 300mg/g #1")["topical"]?.value == .bool(true))
    #expect(requestFacts("Lidoderm 5% patch #30")["topical"]?.value == .bool(true))
}

@Test func narrowerProcedureWins() {
    #expect(requestFacts("Pre-op labs: PT/PTT")["procedure"]?.value == .term("coagulation_panel"))
    #expect(requestFacts("Pre-op labs: CBC")["procedure"]?.value == .term("preoperative_labs"))
}

@Test func gluedSentencesAreSplit() throws {
    let summary = "Injured in 2010.Thus far, the applicant has had physical therapy. There were no spasms."
    let facts = extractor.caseFacts(for: bareCase(summary)).facts
    let spasm = try #require(facts["spasm"])
    #expect(spasm.value == .bool(false))
    #expect(spasm.evidence.first?.sentence == "There were no spasms.")
}

@Test func homeboundIsReadWithItsNegation() {
    #expect(extractor.caseFacts(for: bareCase("He is homebound since the surgery.")).facts["homebound"]?.value == .bool(true))
    #expect(extractor.caseFacts(for: bareCase("She is not homebound.")).facts["homebound"]?.value == .bool(false))
}

@Test func conservativeCareThenPersistentSymptomsIsFailedCare() {
    let summary =
        "Treatment included physical therapy and a home exercise program. Currently, he complained of persistent right shoulder pain."
    #expect(extractor.caseFacts(for: bareCase(summary)).facts["conservative_care_failed"]?.value == .bool(true))
    #expect(extractor.caseFacts(for: bareCase("Treatment included physical therapy.")).facts["conservative_care_failed"] == nil)
}

@Test func everyProcedureOfARequestIsNamed() {
    let facts = requestFacts("L4-5 laminectomy, discectomy and PLIF")
    #expect(facts["procedures"]?.value == .terms(["decompression", "lumbar_fusion"]))
    #expect(facts["procedure"]?.value == .term("decompression"))
    #expect(requestFacts("Norco 10/325mg #60")["procedures"] == nil)
}
