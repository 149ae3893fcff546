import Testing

// Topiramate "is still considered for use for neuropathic pain when other anticonvulsants fail"
// (CPMTG 2009 p. 21): `other_anticonvulsant_tried` reads another anti-epilepsy drug taken before
// the requested one, in the wordings a summary uses; never the requested drug itself, a drug only
// planned, declined or denied, nor an antidepressant.

@Test(
    arguments: [
        "Gabapentin 600 mg three times a day for four months gave no meaningful relief.",
        "She could not tolerate Lyrica because of dizziness and leg swelling.",
        "Neurontin was titrated to 1800 mg/day without benefit and discontinued in August.",
        "Prior medications: naproxen, pregabalin (stopped, sedation), tramadol.",
        "He has failed anticonvulsants and a tricyclic antidepressant.",
        "Pt took gabapentin x 3 mo, d/c'd 2/2 somnolence.",
        "Since 2015 he has taken carbamazepine, which did little for the burning pain.",
        "An earlier trial of oxcarbazepine was stopped for hyponatremia.",
    ])
func anotherAntiepilepsyDrugTakenIsTried(_ sentence: String) {
    expectRequestFact(
        "Chronic left L5 radiculopathy with burning leg pain. " + sentence, "Topiramate 25mg #60", "other_anticonvulsant_tried", "true")
}

@Test(
    arguments: [
        // Only an antidepressant, a first-line drug but not an anticonvulsant.
        "Amitriptyline 25 mg at night caused grogginess and was stopped.",
        "Duloxetine 60 mg daily for three months did not help.",
        // The requested drug itself, by its name or brand, and its class named beside it.
        "Topamax 25 mg at bedtime was prescribed at the last visit.",
        "Topiramate, an anticonvulsant, is being started at 25 mg nightly.",
        // Planned, offered and declined, or denied.
        "The plan is to try gabapentin if topiramate is not tolerated.",
        "She was offered gabapentin but declined it for fear of weight gain.",
        "He has never taken gabapentin or pregabalin.",
        "No anticonvulsants have been tried.",
        // An intolerance told of another drug in the sentence that denies the anticonvulsant.
        "He has never taken gabapentin, and he could not tolerate amitriptyline.",
        "She did not tolerate nortriptyline; pregabalin has not been tried.",
    ])
func noOtherAntiepilepsyDrugTakenIsNotRead(_ sentence: String) {
    expectRequestFact(
        "Chronic left L5 radiculopathy with burning leg pain. " + sentence, "Topiramate 25mg #60", "other_anticonvulsant_tried", "nil")
}

@Test func theFactIsReadOnlyForAnAntiepilepsyDrugRequested() {
    expectRequestFact("Chronic left L5 radiculopathy. Gabapentin failed.", "Norco 10/325mg #60", "other_anticonvulsant_tried", "nil")
}
