import IMRFacts
import Testing

// A cause of a complaint ruled out is not the complaint denied: a vestibular disorder named
// (`affirms` phrases of `vestibular_symptoms`: BPPV, labyrinthitis, vestibular neuritis, a
// vestibular hypofunction) tells the complaint, and its denial ("Dix-Hallpike negative (no BPPV)")
// denies only itself, so a dizziness told beside it stands. A dizziness denied or told resolved
// still makes the fact false; a cause ruled out alone documents nothing. Rows in this engineer's
// own words (the first follows batch 26's shape).
@Test(
    arguments: [
        // (summary, vestibular_symptoms)
        ("Still dizzy turning her head. Dix-Hallpike negative both sides (no BPPV); head impulse normal.", "true"),
        ("Dizziness with head turns persists; no labyrinthitis.", "true"),
        ("Vertigo when he rolls over in bed; no evidence of vestibular neuritis.", "true"),
        ("Loss of balance on stairs; no vestibular hypofunction on caloric testing.", "true"),
        ("Right posterior canal BPPV, Dix-Hallpike positive on the right.", "true"),
        // ...and the complaint denied, or nothing told of it.
        ("No dizziness or vertigo; no BPPV.", "false"),
        ("Denies dizziness. Dix-Hallpike negative, no nystagmus.", "false"),
        ("The dizziness has resolved; no BPPV on testing.", "false"),
        ("Dix-Hallpike negative (no BPPV).", "nil"),
    ] as [(String, String)])
func aCauseRuledOutIsNotTheComplaintDenied(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Vestibular physical therapy, 8 visits", "vestibular_symptoms", expected)
}

// Cognitive behavioural therapy for insomnia holds sleep hygiene: given, it tells hygiene addressed
// (`affirms` phrases of `sleep_hygiene_addressed`); not given ("CBT-I not yet started"), it denies
// only itself, so the hygiene reviewed beside it stands. Hygiene told not addressed still makes the
// fact false. Rows in this engineer's own words.
@Test(
    arguments: [
        // (summary, sleep_hygiene_addressed)
        ("Sleep hygiene reviewed at length; CBT-I not yet started.", "true"),
        ("Sleep hygiene counselling given; no CBT-I provider in her county.", "true"),
        ("Sleep hygiene discussed, and cognitive behavioral therapy for insomnia has not been tried.", "true"),
        ("Completed 6 sessions of CBT-I with a psychologist.", "true"),
        // ...and hygiene not addressed, or nothing told of it.
        ("Sleep hygiene has not been discussed; CBT-I not started.", "false"),
        ("No sleep hygiene counselling so far.", "false"),
        ("CBT-I not yet started.", "nil"),
    ] as [(String, String)])
func aTherapyNotGivenIsNotHygieneUnaddressed(_ summary: String, _ expected: String) {
    expectRequestFact(summary, "Zolpidem 10 mg #30", "sleep_hygiene_addressed", expected)
}

// A regimen's status told after it in its sentence: when the sentence is an entry of a list (it
// opens with its drugs, behind list numbers or a label), a part after all its drugs that names no drug
// and no procedure tells their status ("Before: oxycodone ER ... and oxycodone IR ..., from 2014;
// tapered off over 6 months; none since"): stopped drugs are not taken. A sentence that opens with
// its subject, a part naming another drug or a procedure, and a status before a drug leave the drug
// taken; a label opens an entry for a stop or a former use only, so a plan's later parts continue no
// drug ("Recommendations: nortriptyline ...; continue sleep hygiene"). Rows in this engineer's own words (the first follows batch 26's shape).
@Test(
    arguments: [
        // (summary, term): the drug told stopped is no drug taken.
        (
            "Before: oxycodone ER 20 mg every 12 hours and oxycodone IR 10 mg up to 2 a day, from 2014; tapered off over 6 months; none since.",
            "!oxycodone_ir"
        ),
        ("Prior opioids: Norco 10/325 tid and tramadol 50 mg bid; weaned off in 05/2016.", "!hydrocodone_apap"),
        ("Past medications: gabapentin 300 mg tid and Lyrica 75 mg bid; discontinued for dizziness.", "!gabapentin"),
        ("Opioids - oxycodone 10 mg every 6 hours; stopped 08/2016.", "!oxycodone_ir"),
        ("2. Tramadol 50 mg and cyclobenzaprine 10 mg; no longer taking.", "!tramadol"),
        // ...and the drug still taken.
        ("Current medications: Norco 10/325 tid and gabapentin 300 mg tid; physical therapy stopped in May.", "hydrocodone_apap"),
        ("Medications: Norco 10/325 tid; stopped ibuprofen for heartburn.", "hydrocodone_apap"),
        ("She takes Norco 10/325 tid and gabapentin 300 mg; stopped working in May.", "hydrocodone_apap"),
        ("Medications: stopped ibuprofen; Norco 10/325 tid.", "hydrocodone_apap"),
        // ...and a plan's later parts are its other items: the drug planned is not continued.
        ("Recommendations: nortriptyline 10 mg at bedtime, increased weekly; continue sleep hygiene.", "!nortriptyline"),
    ] as [(String, String)])
func aRegimensStatusToldAfterItIsItsOwn(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Naloxone 4 mg nasal spray #1", "medications", term, anyTerm: true)
}
