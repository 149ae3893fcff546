import Testing

// Triptans are "recommended for migraine sufferers" (ODG Head, Triptans): a headache after a head
// injury is a migraine sufferer's when it is told migrainous or coded as migraine (ICD-10 G43), and
// not when it is told tension-type, denied, or without migraine's features.

@Test(
    arguments: [
        "Diagnosis: post-traumatic headache with migrainous features.",
        "Since the fall she has had migrainous headaches twice a week.",
        "Assessment: post-traumatic migraine without aura.",
        "His headaches are migraine-type, throbbing and one-sided, since the concussion.",
        "Dx: G43.909, post-concussion syndrome.",
        "ICD-10 G43.719 (chronic migraine without aura, intractable).",
        "She was seen in the emergency room for status migrainosus in May.",
    ])
func aMigraineToldInOtherWordsIsRead(_ sentence: String) {
    expectRequestFact(
        "A ladder fall on 03/02/2016 with a blow to the head. " + sentence, "Sumatriptan 50mg #9", "diagnoses", "migraine", anyTerm: true)
}

@Test(
    arguments: [
        "Diagnosis: post-concussion syndrome with tension-type headache.",
        "Daily band-like headaches without migrainous features.",
        "He has no history of migraines.",
        "Headaches are pressing and bilateral; migraine was ruled out by neurology.",
        "Post-traumatic headache, cervicogenic in character, worse with neck movement.",
    ])
func aHeadacheThatIsNotMigraineIsNotRead(_ sentence: String) {
    expectRequestFact(
        "A ladder fall on 03/02/2016 with a blow to the head. " + sentence, "Sumatriptan 50mg #9", "diagnoses", "!migraine", anyTerm: true)
}
