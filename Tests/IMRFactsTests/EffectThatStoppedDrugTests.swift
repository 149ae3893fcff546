import Testing

// An intolerance told by the effect that stopped a drug (CPMTG 2009 pp. 67-96, the adverse effects of
// NSAIDs and opioids; ODG Pain, Tapentadol: "second line therapy for patients who develop intolerable
// adverse effects with first line opioids"): a drug stopped "for", "because of", "due to", "secondary
// to" or "after developing" an effect of `stopped_drug_effects`, or "after" an event of
// `stopping_events` (a bleed, an ulcer, an allergic reaction), or said to make the worker vomit
// (`medication_not_tolerated`; `first_line_opioid_not_tolerated` for another opioid than the one
// requested). Must not: a stop for another reason (days, surgery, no benefit), a symptom another drug
// treats told settled after it ("stopped after the nausea settled"), an effect denied, a stop of
// something else than a drug. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Opioid history: hydrocodone/APAP 2012-2013, stopped for vomiting even with ondansetron.", "Nucynta ER 100 mg #60",
            "first_line_opioid_not_tolerated", "true"
        ),
        ("Oxycodone IR 2013-2014, stopped for generalized hives.", "Nucynta ER 100 mg #60", "first_line_opioid_not_tolerated", "true"),
        (
            "Norco was discontinued in 2014 after developing severe constipation.", "Nucynta ER 100 mg #60",
            "first_line_opioid_not_tolerated", "true"
        ),
        ("Morphine IR was stopped secondary to hallucinations.", "Nucynta ER 100 mg #60", "first_line_opioid_not_tolerated", "true"),
        ("Morphine was stopped after an allergic reaction in 2013.", "Nucynta ER 100 mg #60", "first_line_opioid_not_tolerated", "true"),
        (
            "Percocet was tried in 2015 and stopped because of the itching it caused.", "Nucynta ER 100 mg #60",
            "first_line_opioid_not_tolerated", "true"
        ),
        (
            "Naproxen stopped 01/2016 after black stools and a bleeding gastric ulcer on endoscopy.", "Interferential unit rental",
            "medication_not_tolerated", "true"
        ),
        (
            "Tramadol 50 mg tried 03/2016 made him vomit and was stopped after 3 days.", "Interferential unit rental",
            "medication_not_tolerated", "true"
        ),
        ("Ibuprofen was discontinued for GI bleeding in 2014.", "Acupuncture x 6", "medication_not_tolerated", "true"),
        ("Gabapentin was stopped after developing ankle edema.", "Acupuncture x 6", "medication_not_tolerated", "true"),
        // Must not: another reason, a symptom told settled, a denial, a stop of no drug, the requested drug.
        ("Norco was stopped after 3 days.", "Nucynta ER 100 mg #60", "first_line_opioid_not_tolerated", "nil"),
        ("Hydrocodone was stopped for surgery in June.", "Nucynta ER 100 mg #60", "medication_not_tolerated", "!true"),
        ("Hydrocodone was stopped for lack of benefit.", "Nucynta ER 100 mg #60", "medication_not_tolerated", "!true"),
        (
            "Ondansetron was started for nausea and stopped after the nausea settled.", "Acupuncture x 6", "medication_not_tolerated",
            "!true"
        ),
        ("Senna was stopped after the constipation eased; Norco continues.", "Acupuncture x 6", "medication_not_tolerated", "!true"),
        ("He stopped driving after the dizziness spells began last year.", "Acupuncture x 6", "medication_not_tolerated", "!true"),
        ("Oxycodone was restarted after the GI bleed was treated.", "Nucynta ER 100 mg #60", "first_line_opioid_not_tolerated", "nil"),
        (
            "Hydrocodone 2014-2015 without nausea or itching; stopped for a surgery.", "Nucynta ER 100 mg #60",
            "first_line_opioid_not_tolerated", "nil"
        ),
    ] as [(String, String, String, String)])
func effectThatStoppedADrug(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
