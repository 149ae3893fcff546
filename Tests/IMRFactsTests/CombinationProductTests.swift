import IMRFacts
import Testing

/// Drug names joined as one combination product are one drug of the request (`drug_count` 1, both
/// ingredients kept): a slash followed by one strength with a part per name, in either order and
/// with spaces; a hyphen with no space; "and" or a slash followed by "combination" or "combo".
/// Names each with its own strength or quantity, a slash with no strength after it, and a list
/// stay separate products, each decided on its own.
@Test(arguments: [
    // Must read: one product.
    DrugRequestLine(request: "Docusate/senna 50/8.6 mg #60", expected: ["drug_count": "1", "drug": "docusate"]),
    DrugRequestLine(request: "senna / docusate 8.6 / 50 mg, 2 tabs qhs, #60", expected: ["drug_count": "1", "drug": "senna"]),
    DrugRequestLine(request: "Docusate-senna #60", expected: ["drug_count": "1"]),
    DrugRequestLine(request: "Docusate and senna combination tablets #60", expected: ["drug_count": "1"]),
    DrugRequestLine(request: "Senna and docusate combo 8.6/50 #60", expected: ["drug_count": "1"]),
    DrugRequestLine(request: "Ibuprofen and famotidine combination 800/26.6 #90", expected: ["drug_count": "1"]),
    DrugRequestLine(request: "Naproxen/omeprazole 500/20mg #60", expected: ["drug_count": "1", "drug": "naproxen"]),
    // Must not: separate products.
    DrugRequestLine(request: "Norco 10/325 #60 / Flexeril 10 mg #30", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Tramadol 50 mg, Naproxen 550 mg", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Cyclobenzaprine/Tramadol", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Gabapentin 300 mg / Naproxen 550 mg", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Naproxen 550 mg #60 / Omeprazole 20 mg #60", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Docusate 100mg-Senna 8.6mg", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Lyrica 75 mg - Norco 10/325", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Senna and Colace #60", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Norco 10/325 mg #60 and Soma 350 mg #30", expected: ["drug_count": "2"]),
    DrugRequestLine(request: "Docusate/senna 50/8.6 #60, Norco 10/325 #60", expected: ["drug_count": "2"]),
])
func aCombinationProductIsOneDrug(_ line: DrugRequestLine) {
    let facts = requestFacts(line.request)
    for (name, expected) in line.expected {
        #expect(value(facts, name) == expected, "\(name)")
    }
}
