import Testing

// The populations for whom buprenorphine is an option for chronic pain (CPMTG 2009 pp. 26-27: after
// detoxification in a history of opiate addiction; ODG Pain, Buprenorphine for chronic pain: a
// hyperalgesic component, centrally mediated pain, analgesia after detoxification from high-dose
// opioids): `opioid_detoxification` (a detoxification from opioids done) and
// `hyperalgesic_or_central_pain` (hyperalgesia, allodynia, central sensitization or centrally mediated
// pain told of the worker). Must not: a detoxification only planned or from another substance, a
// hyperalgesia to be ruled out, a "central" stenosis or disc. Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "She completed a medically supervised opioid detox on an inpatient unit in March 2015.", "Butrans 10 mcg/hr patch #4",
            "opioid_detoxification", "true"
        ),
        (
            "After detoxification from high-dose OxyContin he has been maintained on sublingual buprenorphine.", "Suboxone 8/2 mg #60",
            "opioid_detoxification", "true"
        ),
        ("He was detoxed off hydrocodone last spring and has taken Belbuca since.", "Belbuca 150 mcg #60", "opioid_detoxification", "true"),
        (
            "History: detoxified at a residential program (2014) after escalating Percocet use.", "Butrans 5 mcg/hr #4",
            "opioid_detoxification", "true"
        ),
        (
            "Oxycodone 90 mg a day was tapered off over four months under the pain clinic's supervision in 2015.",
            "Butrans 10 mcg/hr patch #4",
            "opioid_detoxification", "true"
        ),
        (
            "She weaned off all opioids before the fusion and came back on Butrans after it.", "Butrans 10 mcg/hr #4",
            "opioid_detoxification", "true"
        ),
        ("He has never been detoxified from anything.", "Butrans 10 mcg/hr patch #4", "opioid_detoxification", "false"),
        (
            "She switched from Norco to Butrans in the office; no detoxification was needed or done.", "Butrans 10 mcg/hr patch #4",
            "opioid_detoxification", "false"
        ),
        // Must not: planned only, another substance.
        (
            "Plan: refer to addiction medicine to discuss a detox program if the taper stalls.", "Suboxone 8/2 mg #60",
            "opioid_detoxification", "!true"
        ),
        ("Plan: taper off oxycodone over 8 weeks, then start Butrans.", "Butrans 5 mcg/hr #4", "opioid_detoxification", "nil"),
        ("She is tapering off hydrocodone by 5 mg a week.", "Butrans 5 mcg/hr #4", "opioid_detoxification", "nil"),
        ("He was weaned off gabapentin in 2015 for dizziness.", "Butrans 5 mcg/hr #4", "opioid_detoxification", "nil"),
        ("He went through alcohol detox in 2009 and has been sober since.", "Butrans 10 mcg/hr patch #4", "opioid_detoxification", "!true"),
        (
            "Exam: allodynia to light touch over the dorsum of the left foot.", "Butrans 10 mcg/hr patch #4",
            "hyperalgesic_or_central_pain", "true"
        ),
        (
            "Her pain physician diagnosed opioid-induced hyperalgesia after the oxycodone was raised to 200 mg MED.", "Belbuca 300 mcg #60",
            "hyperalgesic_or_central_pain", "true"
        ),
        (
            "Widespread pain with central sensitization since the crush injury.", "Butrans 10 mcg/hr patch #4",
            "hyperalgesic_or_central_pain", "true"
        ),
        ("Sensation intact; no allodynia or hyperalgesia.", "Butrans 10 mcg/hr patch #4", "hyperalgesic_or_central_pain", "false"),
        // Must not: a doubt, a "central" that is anatomy.
        ("Rule out opioid-induced hyperalgesia.", "Butrans 10 mcg/hr patch #4", "hyperalgesic_or_central_pain", "nil"),
        (
            "MRI: central disc protrusion at L4-5 with mild central canal stenosis.", "Butrans 10 mcg/hr patch #4",
            "hyperalgesic_or_central_pain", "nil"
        ),
    ] as [(String, String, String, String)])
func buprenorphinePopulation(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
