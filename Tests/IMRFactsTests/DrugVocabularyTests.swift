import IMRCore
import IMRFacts
import Testing

/// A request as a prescriber writes it, the drug the lexicon should read, and the class that
/// decides which guideline section governs it (short- or long-acting opioid, hypnotic…).
struct DrugNameCase: CustomStringConvertible, Sendable {
    var request: String
    var drug: String
    var hasClass: String
    var lacksClass: String?
    var description: String { request }
}

let drugNameCases: [DrugNameCase] = [
    // Extended- and immediate-release forms of the same opioid are different products.
    .init(request: "Nucynta ER 100mg #60", drug: "tapentadol_er", hasClass: "long_acting_opioid", lacksClass: "short_acting_opioid"),
    .init(request: "Nucynta 50mg #90", drug: "tapentadol", hasClass: "short_acting_opioid", lacksClass: "long_acting_opioid"),
    .init(request: "OxyContin 20mg #60", drug: "oxycontin", hasClass: "long_acting_opioid", lacksClass: "short_acting_opioid"),
    .init(request: "Oxycodone 10mg #120", drug: "oxycodone_ir", hasClass: "short_acting_opioid", lacksClass: "long_acting_opioid"),
    .init(request: "Oxycodone ER 15mg #60", drug: "oxycontin", hasClass: "long_acting_opioid", lacksClass: "short_acting_opioid"),
    .init(request: "Hysingla ER 30mg #30", drug: "hydrocodone_er", hasClass: "long_acting_opioid", lacksClass: "short_acting_opioid"),
    .init(request: "Hydrocodone 10/325mg #90", drug: "hydrocodone_apap", hasClass: "short_acting_opioid", lacksClass: nil),
    .init(request: "Ultram ER 200mg #30", drug: "tramadol_er", hasClass: "long_acting_opioid", lacksClass: "short_acting_opioid"),
    .init(request: "Tramadol HCL 50mg #60", drug: "tramadol", hasClass: "short_acting_opioid", lacksClass: "long_acting_opioid"),
    .init(request: "Opana ER 10mg #60", drug: "oxymorphone_er", hasClass: "long_acting_opioid", lacksClass: "short_acting_opioid"),
    .init(request: "Exalgo 8mg #30", drug: "hydromorphone_er", hasClass: "long_acting_opioid", lacksClass: "short_acting_opioid"),
    .init(request: "Butrans 10mcg/hr patch #4", drug: "buprenorphine_transdermal", hasClass: "long_acting_opioid", lacksClass: nil),
    .init(request: "Fentora 100mcg #28", drug: "fentanyl_transmucosal", hasClass: "short_acting_opioid", lacksClass: nil),
    .init(request: "Tylenol with codeine #3, #60", drug: "codeine_apap", hasClass: "short_acting_opioid", lacksClass: nil),
    // Brands, generics and common misspellings of the other CPMTG drug classes.
    .init(request: "Flexiril 10mg #30", drug: "cyclobenzaprine", hasClass: "muscle_relaxant", lacksClass: nil),
    .init(request: "Tizanadine 4mg #60", drug: "tizanidine", hasClass: "muscle_relaxant", lacksClass: nil),
    .init(request: "Klonipin 1mg #30", drug: "clonazepam", hasClass: "benzodiazepine", lacksClass: nil),
    .init(request: "Ambien CR 12.5mg #30", drug: "zolpidem_er", hasClass: "sedative_hypnotic", lacksClass: nil),
    .init(request: "Belsomra 10mg #30", drug: "suvorexant", hasClass: "sedative_hypnotic", lacksClass: nil),
    .init(request: "Naproxin 550mg #60", drug: "naproxen", hasClass: "nsaid", lacksClass: nil),
    .init(request: "Flector patch 1.3% #30", drug: "diclofenac_topical", hasClass: "topical_analgesic", lacksClass: nil),
    .init(request: "Omeprazole DR 20mg #30", drug: "omeprazole", hasClass: "ppi", lacksClass: nil),
    .init(request: "Lyrica 75mg #60", drug: "pregabalin", hasClass: "anticonvulsant", lacksClass: nil),
    .init(request: "Effexor XR 75mg #30", drug: "venlafaxine", hasClass: "snri", lacksClass: nil),
    .init(request: "Lexapro 10mg #30", drug: "escitalopram", hasClass: "ssri", lacksClass: nil),
    .init(request: "Senokot-S #60", drug: "senna", hasClass: "laxative", lacksClass: nil),
    .init(request: "Movantik 25mg #30", drug: "naloxegol", hasClass: "second_line_laxative", lacksClass: nil),
    .init(request: "Fioricet #30", drug: "butalbital_apap_caffeine", hasClass: "barbiturate_analgesic", lacksClass: nil),
    .init(request: "Imitrex 50mg #9", drug: "sumatriptan", hasClass: "triptan", lacksClass: nil),
    .init(request: "AndroGel 1.62% #1", drug: "testosterone", hasClass: "androgen", lacksClass: nil),
    .init(request: "Medrox patches #30", drug: "medrox", hasClass: "compounded_product", lacksClass: nil),
    .init(request: "Deplin 15mg #30", drug: "deplin", hasClass: "medical_food", lacksClass: nil),
    .init(request: "Narcan nasal spray #2", drug: "naloxone", hasClass: "opioid_antagonist", lacksClass: nil),
]

@Test(arguments: drugNameCases)
func drugNamesResolveToTheirProductAndClass(_ example: DrugNameCase) {
    let facts = requestFacts(example.request)
    #expect(facts["drug"]?.value == .term(example.drug))
    guard case .terms(let classes)? = facts["drug_classes"]?.value else {
        Issue.record("no drug classes for \(example.request)")
        return
    }
    #expect(classes.contains(example.hasClass))
    if let lacks = example.lacksClass { #expect(!classes.contains(lacks)) }
}
