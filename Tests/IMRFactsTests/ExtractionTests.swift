import Foundation
import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary
import Testing

/// A summary sentence from the corpus, the fact it documents, and the expected value (nil = not documented).
struct SentenceCase: CustomStringConvertible, Sendable {
    var sentence: String
    var fact: String
    var value: FactValue?
    var description: String { "\(fact) ← \(sentence)" }
}

let sentenceCases: [SentenceCase] = [
    .init(
        sentence: "There were no spasms in the paracervical, sternocleidomastoid and trapezius muscles.", fact: "spasm", value: .bool(false)
    ),
    .init(sentence: "There was tenderness and spasm of the lumbar paraspinal muscles.", fact: "spasm", value: .bool(true)),
    .init(sentence: "She denied any pain, numbness, tingling or weakness of her arms.", fact: "neurologic_deficit", value: .bool(false)),
    .init(sentence: "She denied any radiating pain into her arms.", fact: "radiculopathy_suspected", value: .bool(false)),
    .init(
        sentence: "Sensation was decreased in the L5 dermatome and there was weakness of the extensor hallucis longus.",
        fact: "neurologic_deficit", value: .bool(true)),
    .init(
        sentence: "The injured worker is a 65 year old male with an industrial injury date of 10-16-2016.", fact: "age", value: .number(65)),
    .init(
        sentence: "The injured worker is a 65 year old male with an industrial injury date of 10-16-2016.", fact: "sex",
        value: .term("male")),
    .init(
        sentence: "The injured worker is a 32 year old female with an industrial injury date of 10-11-2016.", fact: "sex",
        value: .term("female")),
    .init(
        sentence: "10/10 pain was reported without medications versus 5/10 with medications.", fact: "pain_with_without_medication",
        value: .bool(true)),
    .init(sentence: "10/10 pain was reported without medications versus 5/10 with medications.", fact: "pain_scores", value: .bool(true)),
    .init(sentence: "The injured worker was temporarily totally disabled for one month.", fact: "work_status", value: .term("not_working")),
    .init(sentence: "The patient was to perform modified duty.", fact: "work_status", value: .term("modified_duty")),
    .init(sentence: "The patient was to perform modified duty.", fact: "returned_to_work", value: .bool(true)),
    // The record lacks it: not documented rather than denied (the lead's label decision, eleventh session).
    .init(
        sentence: "There was no documentation of functional improvement with the medications.", fact: "functional_improvement",
        value: nil),
    .init(sentence: "There was no functional improvement with the medications.", fact: "functional_improvement", value: .bool(false)),
    .init(sentence: "The medications are working well and keeping him working.", fact: "pain_improved", value: .bool(true)),
    .init(sentence: "He found positive straight leg raise bilaterally.", fact: "nerve_tension_signs", value: .bool(true)),
    .init(
        sentence: "The injured worker reports no side effects from the medications.", fact: "adverse_effects_documented", value: .bool(true)
    ),
    .init(
        sentence: "The injured worker had no history of smoking or alcohol abuse and no history of illicit drug use.",
        fact: "aberrant_behavior", value: .bool(false)),
    .init(
        sentence: "A urine drug screen dated 10-01-2016 was consistent with prescribed medications.", fact: "urine_drug_screen_consistent",
        value: .bool(true)),
    .init(
        sentence: "The diagnoses include lumbar radiculopathy and insomnia.", fact: "diagnoses",
        value: .terms(["insomnia", "radiculopathy"])),
    .init(sentence: "He has no history of insomnia.", fact: "insomnia", value: .bool(false)),
    .init(
        sentence: "Current medications included Norco, Soma and Lyrica.", fact: "medications",
        value: .terms(["carisoprodol", "hydrocodone_apap", "pregabalin"])),
    .init(sentence: "Current medications included Norco, Soma and Lyrica.", fact: "first_line_failed", value: .bool(true)),
    .init(sentence: "The pain is rated 6/10.", fact: "neurologic_deficit", value: nil),
    .init(
        sentence: "Low back pain persisted despite physical therapy and medications.", fact: "conservative_care_failed", value: .bool(true)),
    .init(
        sentence: "Relevant treatments have included: physical therapy, work restrictions, and medications.",
        fact: "physical_rehabilitation", value: .bool(true)),
    .init(sentence: "Past treatment included work restrictions.", fact: "physical_rehabilitation", value: nil),
    .init(sentence: "She reported 50% pain relief with her medications.", fact: "pain_with_without_medication", value: .bool(true)),
    .init(sentence: "Work restrictions were imposed.", fact: "returned_to_work", value: nil),
    .init(
        sentence: "He previously completed 24 sessions of physical therapy without lasting benefit.", fact: "conservative_care_failed",
        value: .bool(true)),
    .init(sentence: "Diagnoses: lumbar disc displacement.", fact: "diagnoses", value: .terms(["disc_herniation"])),
    .init(sentence: "On May 5, 2016, he was diagnosed with lumbar radiculopathy.", fact: "diagnoses", value: .terms(["radiculopathy"])),
    .init(sentence: "He may have lumbar radiculopathy.", fact: "diagnoses", value: nil),
    .init(
        sentence: "The treatment plan included stop Tylenol (caused nausea) and chiropractic therapy.", fact: "medication_not_tolerated",
        value: .bool(true)),
]

@Test(arguments: sentenceCases)
func sentenceFacts(_ example: SentenceCase) throws {
    let summary = "Summary. " + example.sentence
    let facts = extractor.caseFacts(for: bareCase(summary)).facts
    #expect(facts[example.fact]?.value == example.value)
    if example.value != nil {
        let evidence = try #require(facts[example.fact]?.evidence.first)
        #expect(evidence.sentence == example.sentence)
        #expect(evidence.source == .summary)
        let bytes = Array(summary.utf8)[evidence.start..<evidence.end]
        #expect(String(decoding: bytes, as: UTF8.self) == example.sentence)
    }
}

/// A request, a fact name, and the expected value (nil = not documented).
struct RequestCase: CustomStringConvertible, Sendable {
    var request: String
    var fact: String
    var value: FactValue?
    var description: String { "\(fact) ← \(request)" }
}

let requestCases: [RequestCase] = [
    .init(request: "MS ER IR 15mg #150, 2 refills", fact: "formulation_unspecified", value: .bool(true)),
    .init(request: "MS ER IR 15mg #150, 2 refills", fact: "refills", value: .number(2)),
    .init(request: "MS ER IR 15mg #150, 2 refills", fact: "quantity", value: .number(150)),
    .init(request: "MS ER IR 15mg #150, 2 refills", fact: "strength_mg", value: .number(15)),
    .init(request: "Liorisal 10mg #90", fact: "drug", value: .term("baclofen")),
    .init(request: "Soma0 350mg #45", fact: "drug", value: .term("carisoprodol")),
    .init(request: "Baclofen 10mg #60 with 1 refill", fact: "refills", value: .number(1)),
    .init(request: "Norco 10mg 10/325mg #180", fact: "strength_mg", value: .number(10)),
    .init(
        request: "Norco 10mg 10/325mg #180", fact: "drug_classes", value: .terms(["acetaminophen_class", "opioid", "short_acting_opioid"])),
    .init(request: "Percocet 7.5/325mg #120", fact: "strength_mg", value: .number(7.5)),
    .init(request: "Opana ER 20mg #30", fact: "extended_release", value: .bool(true)),
    .init(request: "Opana ER 20mg #30", fact: "drug", value: .term("oxymorphone_er")),
    .init(request: "Duragesic 75mcg patch #10", fact: "strength_mg", value: .number(0.075)),
    .init(request: "Fentanyl 25 MCG/hr patch #15", fact: "strength_mg", value: .number(0.025)),
    .init(request: "Terocin lotion 120ml", fact: "compounded", value: .bool(true)),
    .init(request: "Terocin lotion 120ml", fact: "ingredients", value: .terms(["capsaicin", "lidocaine", "menthol", "methyl_salicylate"])),
    .init(request: "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1", fact: "compounded", value: .bool(true)),
    .init(request: "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1", fact: "topical", value: .bool(true)),
    .init(request: "Ketoprofen 20% in cream base 240g", fact: "topical", value: .bool(true)),
    .init(request: "Fanatrex 25mg/ml oral suspension 420ml", fact: "ingredients", value: .terms(["gabapentin"])),
    .init(request: "Right medial branch block at L2, L3, L4 and L5", fact: "levels", value: .number(4)),
    .init(request: "Right medial branch block at L2, L3, L4 and L5", fact: "bilateral", value: .bool(false)),
    .init(request: "Bilateral facet injection at L3-4, L4-5", fact: "levels", value: .number(2)),
    .init(request: "Lumbar fusion L2-L5", fact: "levels", value: .number(4)),
    .init(request: "Chiro with modalities 2 times a week for 6 weeks for neck, back", fact: "visits_requested", value: .number(12)),
    .init(request: "Physical therapy 2x6 lumbar spine", fact: "visits_requested", value: .number(12)),
    .init(
        request: "Twelve physical therapy sessions, three times weekly, for the right elbow", fact: "visits_requested", value: .number(12)),
    .init(request: "Associated surgical service: Physical therapy, times 12", fact: "visits_requested", value: .number(12)),
    .init(request: "Associated surgical service: Physical therapy, times 12", fact: "associated_service", value: .bool(true)),
    .init(request: "Post-op physical therapy 12-18 sessions", fact: "visits_requested", value: .number(18)),
    .init(request: "Post-op physical therapy 12-18 sessions", fact: "postoperative", value: .bool(true)),
    .init(request: "Physical therapy additional 3 visits per week for 2 weeks", fact: "visits_requested", value: .number(6)),
    .init(request: "Physical therapy additional 3 visits per week for 2 weeks", fact: "visits_per_week", value: .number(3)),
    .init(request: "Acupuncture 2x/wk x 4 wks for the low back", fact: "visits_per_week", value: .number(2)),
    .init(request: "Acupuncture five times weekly for two weeks", fact: "visits_per_week", value: .number(5)),
    .init(request: "Acupuncture 6 sessions", fact: "visits_per_week", value: nil),
    .init(request: "Chiropractic maintenance care once a month for 6 months", fact: "maintenance_care", value: .bool(true)),
    .init(request: "Supportive care chiropractic 1x/month", fact: "maintenance_care", value: .bool(true)),
    .init(request: "Chiropractic 2x/week for 3 weeks, lumbar spine", fact: "maintenance_care", value: .bool(false)),
    .init(request: "Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16", fact: "retrospective", value: .bool(true)),
    .init(request: "Assistant surgeon", fact: "associated_service", value: .bool(true)),
    .init(request: "Pre-op labs: CBC", fact: "category", value: .term("laboratory")),
    .init(request: "EMG/NCS of the bilateral upper extremities", fact: "procedure", value: .term("emg_ncs")),
    .init(request: "EMG/NCS of the bilateral upper extremities", fact: "bilateral", value: .bool(true)),
    .init(request: "EMG/NCS of the bilateral upper extremities", fact: "category", value: .term("electrodiagnostic")),
    .init(request: "MRI of the lumbar spine without contrast", fact: "body_regions", value: .terms(["lumbar_spine"])),
    .init(request: "MRI of the lumbar spine without contrast", fact: "category", value: .term("imaging")),
    .init(request: "Associated surgical service:  Vascutherm unit, 14 days rental", fact: "rental", value: .bool(true)),
    .init(request: "Associated surgical service:  Vascutherm unit, 14 days rental", fact: "procedure", value: .term("cold_therapy_unit")),
    .init(request: "Hospital bed for an unspecified rental", fact: "category", value: .term("dme")),
]

@Test(arguments: requestCases)
func requestFactsFromText(_ example: RequestCase) {
    let facts = requestFacts(example.request)
    #expect(facts[example.fact]?.value == example.value)
    if example.value != nil {
        #expect(facts[example.fact]?.evidence.first?.source == .request)
        #expect(facts[example.fact]?.evidence.first?.sentence == example.request.split(separator: " ").joined(separator: " "))
    }
}

@Test func useDurationFromDatedMention() throws {
    let summary = "Treatment has included Norco since at least 11-15-2016. Current medications included Norco and Motrin."
    let input = bareCase(summary, requests: ["Norco 10/325mg #90"], decision: "01/14/2017")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect(facts["use_duration"]?.value == .days(60))
    #expect(facts["use_duration"]?.evidence.first?.sentence == "Treatment has included Norco since at least 11-15-2016.")
    #expect(facts["already_using"]?.value == .bool(true))
    #expect(facts["concurrent_nsaid"]?.value == .bool(true))
    #expect(facts["concurrent_opioid"]?.value == .bool(false))
}

@Test func duplicateMuscleRelaxant() {
    let facts = requestFacts("Soma 350mg #45", summary: "Current medications include Soma and Flexeril.")
    #expect(facts["other_muscle_relaxant"]?.value == .bool(true))
    #expect(facts["already_using"]?.value == .bool(true))
}

@Test func priorSessionsOfTheRequestedTherapy() {
    let facts = requestFacts(
        "Additional physical therapy three times a week over two weeks",
        summary: "She has completed 12 sessions of physical therapy without improvement.")
    #expect(facts["prior_sessions"]?.value == .number(12))
    #expect(facts["prior_therapy_benefit"]?.value == .bool(false))
    #expect(facts["visits_requested"]?.value == .number(6))
}

@Test func evidenceOffsetsPointIntoTheSummary() throws {
    let files = corpusFiles()
    #expect(files.count > 90)
    for file in files {
        guard let data = FileManager.default.contents(atPath: file), let letter = try? LetterParser.parse(Array(data), file: file) else {
            continue
        }
        let caseFacts = extractor.caseFacts(for: letter.input)
        let summary = Array(letter.input.summary.text.utf8)
        for request in letter.input.requests {
            for fact in extractor.facts(for: request, in: caseFacts).sorted {
                #expect(shippedLexicon.lexicon.schema[fact.name] != nil, "\(fact.name) is not in the catalog")
                for evidence in fact.evidence where evidence.source == .summary {
                    #expect(evidence.start >= 0 && evidence.start < evidence.end && evidence.end <= summary.count)
                }
            }
        }
    }
}
