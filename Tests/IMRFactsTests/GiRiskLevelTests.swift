import Testing

// The GI risks CPMTG 2009 "NSAIDs, GI symptoms & cardiovascular risk" (pp. 68-69) weighs apart: a
// bleed or a perforation in the history (`gi_bleeding_history`, the complicated ulcer that makes
// the risk high), and GI symptoms now (`gi_symptoms`, "dyspepsia secondary to NSAID therapy").
// Must not: an ulcer without a bleed (the diagnosis peptic_ulcer), a bleed doubted, a bleed of
// another organ, symptoms only past or denied. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("History of a bleeding gastric ulcer in 2011, transfused.", "Omeprazole 20 mg #30", "gi_bleeding_history", "true"),
        ("Upper GI bleed on ibuprofen three years ago.", "Omeprazole 20 mg #30", "gi_bleeding_history", "true"),
        ("She was hospitalized for melena in 2013.", "Omeprazole 20 mg #30", "gi_bleeding_history", "true"),
        ("PMH: perforated duodenal ulcer, repaired 2009.", "Pantoprazole 40 mg #30", "gi_bleeding_history", "true"),
        ("He bled from a stomach ulcer while on naproxen.", "Omeprazole 20 mg #30", "gi_bleeding_history", "true"),
        ("No history of GI bleeding.", "Omeprazole 20 mg #30", "gi_bleeding_history", "false"),
        ("Denies melena or hematemesis.", "Omeprazole 20 mg #30", "gi_bleeding_history", "false"),
        // Must not: an ulcer without a bleed, a bleed doubted, another organ's bleed.
        ("History of a peptic ulcer in 2010, treated with omeprazole.", "Omeprazole 20 mg #30", "gi_bleeding_history", "nil"),
        ("Rule out GI bleed; stool guaiac pending.", "Omeprazole 20 mg #30", "gi_bleeding_history", "nil"),
        ("Nosebleeds on aspirin; no other bleeding disorder.", "Omeprazole 20 mg #30", "gi_bleeding_history", "nil"),
        ("She takes naproxen 500 mg twice daily for knee pain.", "Omeprazole 20 mg #30", "gi_bleeding_history", "nil"),
        // GI symptoms now.
        ("She reports heartburn since starting naproxen.", "Omeprazole 20 mg #30", "gi_symptoms", "true"),
        ("Dyspepsia on meloxicam, relieved by a PPI.", "Omeprazole 20 mg #30", "gi_symptoms", "true"),
        ("He complains of stomach upset with the anti-inflammatory.", "Famotidine 20 mg #60", "gi_symptoms", "true"),
        ("Epigastric pain after each dose of ibuprofen.", "Omeprazole 20 mg #30", "gi_symptoms", "true"),
        ("No GI upset, reflux or dyspepsia.", "Omeprazole 20 mg #30", "gi_symptoms", "false"),
        ("He denies heartburn or indigestion.", "Omeprazole 20 mg #30", "gi_symptoms", "false"),
        ("History of GERD in 2010, resolved.", "Omeprazole 20 mg #30", "gi_symptoms", "false"),
        // Must not: symptoms doubted, a bleed alone.
        ("Possible gastritis; to be evaluated.", "Omeprazole 20 mg #30", "gi_symptoms", "nil"),
        ("History of a GI bleed in 2012.", "Omeprazole 20 mg #30", "gi_symptoms", "nil"),
    ] as [(String, String, String, String)])
func giRiskLevels(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
