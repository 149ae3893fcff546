import IMRFacts
import IMRVocabulary
import Testing

/// A summary and the current medications read from it (`nil`: none documented).
struct MedicationUseCase: CustomStringConvertible, Sendable {
    var summary: String
    var medications: [String]?
    var description: String { summary }
}

let medicationUseCases: [MedicationUseCase] = [
    // Planned, prescribed or dispensed now is not taken now.
    .init(summary: "Plan: Norco 10/325 mg #60 and Soma 350 mg.", medications: nil),
    .init(summary: "Current medications include ibuprofen. The physician will start gabapentin 300 mg.", medications: ["ibuprofen"]),
    .init(summary: "Current medications include ibuprofen. Tramadol was prescribed today.", medications: ["ibuprofen"]),
    .init(summary: "Current medications include ibuprofen. She was given a prescription for Flexeril.", medications: ["ibuprofen"]),
    .init(summary: "Current medications include ibuprofen. Naproxen 550 mg #60 was dispensed.", medications: ["ibuprofen"]),
    .init(
        summary: "The treatment plan included continuing Norco and starting Lyrica 75 mg.", medications: ["hydrocodone_apap"]),
    .init(summary: "Plan: continue Norco, start gabapentin.", medications: ["hydrocodone_apap"]),
    // Stopped, discontinued, unfilled: in the clause that names the drug, not the whole sentence.
    .init(summary: "Medications include Norco; Tylenol was discontinued.", medications: ["hydrocodone_apap"]),
    .init(summary: "She stopped Tylenol and started Norco.", medications: ["hydrocodone_apap"]),
    .init(summary: "Norco, Soma, discontinued Tylenol.", medications: ["carisoprodol", "hydrocodone_apap"]),
    .init(summary: "Valium and Zofran not able to fill per insurance. Current medication was ibuprofen.", medications: ["ibuprofen"]),
    .init(summary: "She is no longer taking Lyrica and takes Norco.", medications: ["hydrocodone_apap"]),
    // A stop only planned: taken until then.
    .init(
        summary: "The patient was to stop AneCream and continue with Salonpas.", medications: ["anecream", "salonpas"]),
    .init(summary: "She takes Norco and was advised to discontinue Soma.", medications: ["carisoprodol", "hydrocodone_apap"]),
    // Replaced by another drug, there and in the sentences before; a dose changed is no replacement.
    .init(
        summary: "Current medications included Naproxen and Omeprazole. Omeprazole was changed to Pantoprazole due to epigastric pain.",
        medications: ["naproxen", "pantoprazole"]),
    .init(summary: "She was switched from Norco to Percocet.", medications: ["oxycodone_apap"]),
    .init(summary: "She takes Norco. Norco was changed to 10/325 from 5/325.", medications: ["hydrocodone_apap"]),
    // A drug given once is a dose had, not a medication taken.
    .init(
        summary: "Treatment to date has included medications, x-rays and a Toradol injection. She takes nabumetone.",
        medications: ["nabumetone"]),
    .init(summary: "She received Toradol 60 mg IM in the office. She takes naproxen.", medications: ["naproxen"]),
    // A request restated in the summary is not a drug taken.
    .init(summary: "Current medications included gabapentin. A request was made for tramadol 50mg.", medications: ["gabapentin"]),
    .init(summary: "The Percocet and Opana were modified to initiate a weaning process.", medications: nil),
    // Taken already.
    .init(
        summary: "Current medications include Norco 10/325 mg, Soma 350 mg and Prilosec.",
        medications: [
            "carisoprodol", "hydrocodone_apap", "omeprazole",
        ]),
    .init(summary: "She has been taking Norco since 2012.", medications: ["hydrocodone_apap"]),
    // A depot steroid is injected, not oral Medrol.
    .init(summary: "She is taking Depo-Medrol.", medications: ["methylprednisolone_acetate"]),
]

@Test(arguments: medicationUseCases)
func currentMedications(_ example: MedicationUseCase) {
    let facts = extractor.caseFacts(for: bareCase(example.summary)).facts
    if case .terms(let drugs)? = facts["medications"]?.value {
        #expect(drugs == example.medications)
    } else {
        #expect(example.medications == nil, "no medications read")
    }
}

/// A summary and whether NSAIDs or acetaminophen were tried (`nil`: not documented): a trial that
/// came before the request (CPMTG pp. 76-77, p. 113), so not a drug named only in the plan ("He was
/// recommended Ultram, naproxen and Flexeril"); a plan phrase in another drug's part of the clause
/// after it is that drug's ("the regimen of ibuprofen ... and requested ondansetron").
let nsaidTriedCases: [(summary: String, tried: Bool?)] = [
    ("Current medications include Norco 10/325 mg.", nil),
    ("She takes Vicodin and Vicoprofen.", nil),
    ("She takes Tylenol #3 at night.", nil),
    ("She has tried ibuprofen and naproxen.", true),
    ("She takes Tylenol and Norco.", true),
    ("Prior treatment included anti-inflammatories.", true),
    ("He was recommended Ultram 50 mg, naproxen 500 mg and Flexeril.", nil),
    ("Plan: start ibuprofen 600 mg three times a day.", nil),
    ("Naproxen was prescribed today.", nil),
    ("Ibuprofen did not help; Norco was requested.", true),
    ("Motrin was stopped for stomach upset.", true),
    ("The note included the regimen of ibuprofen and Tylenol No. 3 and requested ondansetron.", true),
    ("The plan was to continue naproxen and start Norco.", true),
]

@Test(arguments: nsaidTriedCases)
func nsaidTried(_ example: (summary: String, tried: Bool?)) {
    let facts = extractor.caseFacts(for: bareCase(example.summary)).facts
    #expect(facts["nsaid_tried"]?.value == example.tried.map(FactValue.bool), "\(example.summary)")
}

/// A number that is part of a drug's name is not a quantity; a depot steroid is its own drug.
let drugNameRequestCases: [(request: String, fact: String, value: FactValue?)] = [
    ("Tylenol #3 #60", "quantity", .number(60)),
    ("Tylenol #3", "quantity", nil),
    ("Tylenol #4, 1 tab every 6 hours", "drug", .term("codeine_apap")),
    ("Norco 10/325 #90", "quantity", .number(90)),
    ("Depo-Medrol 80 mg injection", "drug", .term("methylprednisolone_acetate")),
    ("Medrol dose pack", "drug", .term("prednisone")),
]

@Test(arguments: drugNameRequestCases)
func drugNameInRequest(_ example: (request: String, fact: String, value: FactValue?)) {
    #expect(requestFacts(example.request)[example.fact]?.value == example.value, "\(example.request)")
}
