import IMRFacts
import Testing

// A side-effects field of a review ("Side effects: ...", "AEs - ...") speaks of the medications
// reviewed, or of the drug its label names ("Side effects of the naproxen:"): an intolerable effect
// told there about no drug in particular is the requested drug's when it is taken already. An
// effect told by what it did is intolerable: asleep at the wheel or at work in a statement about
// the drug or in the field; sent home, missed work, a fall or an emergency visit only in the field
// (they are told of pain as often). Near misses: an effect that passed, effects denied, another
// drug's field, a mechanism of injury, a step down that cost shifts, "both" standing for no drugs.
@Test(
    arguments: [
        // (summary after the medication line, adverse_effects_intolerable)
        ("Side effects: drowsy for an hour after each tablet; dozed off twice at the wheel of the forklift in 04/2016.", "true"),
        ("Side effects: mild constipation, managed with docusate; was sent home by his supervisor both times.", "true"),
        ("Side effects: dizziness; had a fall at home in 03/2016.", "true"),
        ("Side effects: vomiting after the evening dose, with an ER visit in 02/2016.", "true"),
        ("Side effects: intolerable drowsiness.", "true"),
        ("AEs - nodded off at work twice last month.", "true"),
        ("Adverse effects: sleepy after each dose. Fell asleep while driving home on 04/02/2016.", "true"),
        ("He says the hydrocodone makes him doze off at work.", "true"),
        ("Side effects of the hydrocodone: dozed off at the wheel in 04/2016.", "true"),
        // ...near misses.
        ("Side effects: drowsy at first, resolved after a week.", "nil"),
        ("Side effects: no sedation, no falls, no ER visits.", "false"),
        ("Side effects: none; she has never dozed off at work.", "false"),
        ("Side effects: none.", "nil"),
        ("Side effects of the naproxen: dozed off at the wheel in 04/2016.", "nil"),
        ("Side effects: none. Mechanism of injury: he fell asleep at the wheel of the forklift and hit a rack.", "nil"),
        ("He fell asleep at the wheel of his truck in 2013 and hit a barrier (the injury).", "nil"),
        ("A step down to two tablets a day failed: pain 7/10 and four missed shifts, so the dose was restored.", "nil"),
        ("Work: missed work twice in 04/2016 for back pain; sent home once.", "nil"),
        ("Side effects: constipation. Function: was sent home from work twice for back pain.", "nil"),
    ] as [(String, String)])
func aSideEffectFieldIsTheDrugsReviewed(_ field: String, _ expected: String) {
    let summary = "Medications: hydrocodone/APAP 10/325 mg three times a day since 2014; naproxen 500 mg twice a day.\n" + field
    expectRequestFact(summary, "Hydrocodone/APAP 10/325 mg #90", "adverse_effects_intolerable", expected)
}

// A field for a drug not yet taken speaks of the drugs taken, not of the one requested.
@Test(
    arguments: [
        // (summary, adverse_effects_intolerable for a gabapentin trial)
        ("Medications: hydrocodone/APAP 10/325 mg three times a day.\nSide effects: dozed off at the wheel in 04/2016.", "nil"),
        ("Medications: gabapentin 300 mg three times a day since 01/2016.\nSide effects: dozed off at the wheel in 04/2016.", "true"),
    ] as [(String, String)])
func aSideEffectFieldSpeaksOfTheDrugsTaken(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Gabapentin 300 mg #90", "adverse_effects_intolerable", expected)
}
