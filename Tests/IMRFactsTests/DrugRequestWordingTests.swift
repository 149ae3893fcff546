import IMRFacts
import IMRLetters
import Testing

/// A drug request line as prescribers write it, with the request facts it must give.
struct DrugRequestLine: Sendable, CustomTestStringConvertible {
    var request: String
    var expected: [String: String?]
    var testDescription: String { request }
}

/// A compounded topical is one product, whether its ingredients are joined by slashes ("A/B
/// cream") or plus signs, listed three or more in a row ("A, B and C cream"), listed with their
/// strengths ("A 20%/B 5%") or named a compound; separate products ("Norco and Soma", "Naproxen and
/// Voltaren gel") stay separate, and a combination tablet ("Hydrocodone/APAP") is one drug taken
/// by mouth, not a compound.
@Test(arguments: [
    DrugRequestLine(
        request: "Flurbiprofen/cyclobenzaprine cream 180gm",
        expected: ["compounded": "true", "topical": "true", "drug_count": "1", "request_unspecified": "false"]),
    DrugRequestLine(
        request: "Flurbiprofen/Cyclobenzaprine/Menthol cream 180gm", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(request: "Ketoprofen / Lidocaine / Capsaicin ointment 120 gm", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(request: "Gabapentin/ketoprofen/lidocaine cream", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(request: "Flurbiprofen 20%/Lidocaine 5% cream 180gm", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(
        request: "Compound of flurbiprofen, baclofen and lidocaine 240gm", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(request: "Hydrocodone/APAP 10/325 #90", expected: ["compounded": "false", "topical": "false", "drug_count": "1"]),
    DrugRequestLine(request: "Norco 10/325 #90", expected: ["compounded": "false", "drug_count": "1"]),
    DrugRequestLine(request: "Duexis 800/26.6 #90", expected: ["compounded": "false", "drug_count": "1"]),
    DrugRequestLine(request: "Norco 10/325 #90; Soma 350 #60", expected: ["compounded": "false", "drug_count": "2"]),
    DrugRequestLine(request: "Norco/Soma", expected: ["compounded": "false", "drug_count": "2"]),
    DrugRequestLine(request: "Naproxen 550mg #60 and Voltaren gel 1% 100g", expected: ["compounded": "false", "drug_count": "2"]),
    DrugRequestLine(request: "Gabapentin, ketoprofen, lidocaine cream 240gm", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(
        request: "Ketoprofen, cyclobenzaprine and lidocaine ointment 120gm", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(request: "Gabapentin + ketoprofen cream 120gm", expected: ["compounded": "true", "drug_count": "1"]),
    DrugRequestLine(request: "Naproxen and Voltaren gel", expected: ["compounded": "false", "drug_count": "2"]),
    DrugRequestLine(request: "Tramadol, Lidoderm patch", expected: ["compounded": "false", "drug_count": "2"]),
])
func aCompoundIsOneProduct(_ line: DrugRequestLine) {
    let facts = requestFacts(line.request)
    for (name, expected) in line.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}

/// An injection of a drug is one dose unless the request says otherwise: a count after a multiplier
/// ("x1", "x 2"), or a frequency or a duration, which leave the quantity to them.
@Test(arguments: [
    DrugRequestLine(request: "Toradol 60mg IM", expected: ["route": "injected", "quantity": "1", "request_unspecified": "false"]),
    DrugRequestLine(request: "Toradol 60mg IM x1", expected: ["quantity": "1", "request_unspecified": "false"]),
    DrugRequestLine(request: "Ketorolac 30mg injection", expected: ["route": "injected", "quantity": "1"]),
    DrugRequestLine(request: "Toradol 60 mg intramuscular injection", expected: ["quantity": "1"]),
    DrugRequestLine(
        request: "Depo-Medrol 80mg injection", expected: ["route": "injected", "quantity": "1", "request_unspecified": "false"]),
    DrugRequestLine(request: "Kenalog 40 mg intramuscular injection x 1", expected: ["quantity": "1"]),
    DrugRequestLine(request: "B12 injection", expected: ["drug": "vitamin_b12", "quantity": "1", "request_unspecified": "false"]),
    DrugRequestLine(request: "Vitamin B12 1000mcg IM injection x 4", expected: ["quantity": "4"]),
    DrugRequestLine(request: "Toradol 30mg IM q6h x 2 days", expected: ["quantity": nil, "request_unspecified": "false"]),
    DrugRequestLine(request: "Toradol 10mg #20", expected: ["route": "oral", "quantity": "20"]),
    DrugRequestLine(request: "Toradol 10mg", expected: ["quantity": nil, "request_unspecified": "true"]),
])
func anInjectionIsOneDose(_ line: DrugRequestLine) {
    let facts = requestFacts(line.request)
    for (name, expected) in line.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}

/// What leaves a drug request unspecified: no quantity, amount or duration. A dose pack and a
/// corticosteroid's taper are defined courses; a supply in days, boxes or refills is an amount; a
/// sig alone ("1 po q6h prn", "one tab tid") gives one dose, not how many.
@Test(arguments: [
    ("Medrol Dosepak", "false"), ("Methylprednisolone dose pack", "false"), ("Medrol dose pack 4mg", "false"),
    ("Prednisone taper", "false"), ("Prednisone 10mg taper", "false"), ("Norco taper", "true"),
    ("Norco 5/325 1 po q6h prn", "true"), ("Tramadol 50mg one tab tid", "true"), ("Pregabalin 150mg bid", "true"),
    ("Norco 10/325 i-ii tabs q4-6h prn #120", "false"), ("Tramadol 50mg one tab tid #90", "false"),
    ("Gabapentin 300mg tid, 30-day supply", "false"), ("Gabapentin 300mg tid x 30 days", "false"),
    ("Lidoderm patches 3 boxes", "false"), ("Lidoderm 5% #90 (3 boxes)", "false"), ("Norco 10/325 1 po bid #60 x 2 refills", "false"),
    ("Biofreeze gel 3oz", "false"), ("Naproxen 550mg bid, 1 month supply", "false"),
])
func whatLeavesADrugRequestUnspecified(_ request: String, _ expected: String) {
    #expect(value(requestFacts(request), "request_unspecified") == expected)
}

/// Separate products are cut into one part per drug; a compound written with slashes, or a
/// combination product (its second name starts no part), is not cut.
@Test(arguments: [
    ("Norco 10/325 #90; Soma 350 #60", ["Norco 10/325 #90", "Soma 350 #60"]),
    ("Norco 10/325mg #90 and Soma 350mg #60", ["Norco 10/325mg #90", "Soma 350mg #60"]),
    ("Flurbiprofen/cyclobenzaprine cream 180gm", []),
    ("Ketoprofen/Lidocaine/Capsaicin ointment 120 gm", []),
    ("Gabapentin, ketoprofen, lidocaine cream 240gm", []),
    ("Hydrocodone/APAP 10/325 #90", []),
    ("Docusate/senna 50/8.6 mg #60", []),
    ("Docusate/senna 50/8.6 #60, Norco 10/325 #60", ["Docusate/senna 50/8.6 #60", "Norco 10/325 #60"]),
])
func separateProductsAreCutAndCompoundsAreNot(_ request: String, _ parts: [String]) {
    let input = bareCase("", requests: [request])
    let caseFacts = extractor.caseFacts(for: input)
    let facts = extractor.facts(for: input.requests[0], in: caseFacts)
    #expect(extractor.drugParts(of: input.requests[0], facts: facts, in: caseFacts).map(\.text) == parts)
}
