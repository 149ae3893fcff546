import Testing

// Which drug is the worker's. A drug named only as the alternative weighed against the one chosen
// ("gentler on the stomach than ibuprofen", "better tolerated than Motrin") is not taken, nor is one
// whose effect is told of people in general ("has helped nerve pain in some people"). A drug past a
// clause's end or many words after the comparison, a drug told continued, and a statement naming
// the worker keep the drug taken. Rows in this engineer's own words.
@Test(
    arguments: [
        // (summary, term): the alternative not taken, or the drug told of people in general.
        ("Mobic 15 mg qd, better tolerated than Motrin or Aleve.", "!ibuprofen"),
        ("Mobic 15 mg qd, better tolerated than Motrin or Aleve.", "!naproxen"),
        ("She asks to stay on Celebrex, which a friend said is gentler on the stomach than Aleve.", "!naproxen"),
        ("Celecoxib 200 mg qd. Safer for the kidneys than diclofenac per pt.", "!diclofenac"),
        ("Bupropion SR has helped nerve pain in some people. She takes gabapentin 300 mg tid.", "!bupropion"),
        ("Duloxetine is used after tricyclics have not worked, in many patients. Naproxen 500 mg bid.", "!duloxetine"),
        // ...and the drug still taken.
        ("Safer than the pills her doctor in Fresno gave her years ago is naproxen 500 mg bid.", "naproxen"),
        ("Safer than surgery, she says, is naproxen 500 mg twice a day.", "naproxen"),
        ("Celebrex is gentler on her stomach than the naproxen she continues to take.", "naproxen"),
        ("Gabapentin has helped her, as it does in many patients.", "gabapentin"),
        ("Tramadol helps in some patients; he takes 50 mg twice a day.", "tramadol"),
        ("Meloxicam 15 mg daily is better tolerated than the ibuprofen of 2014.", "meloxicam"),
        ("Takes naproxen 500 mg bid and not more than two a day.", "naproxen"),
    ] as [(String, String)])
func aDrugWeighedOrToldInGeneralIsNotTaken(_ summary: String, _ term: String) {
    expectRequestFact(summary, "Celecoxib 200 mg #30", "medications", term, anyTerm: true)
}

// A worker who keeps to one room cannot leave home without a taxing effort: confinement told by the
// room is homebound ("confined to his bedroom", "stays in the bedroom all day and night",
// "room-confined"); a room named otherwise, or the confinement denied, is not.
@Test(
    arguments: [
        // (summary, value)
        ("Walks 8 feet with a walker. Confined to his bedroom at present.", "true"),
        ("Since the fall he stays in the bedroom all day and night.", "true"),
        ("She has been room-confined since the pelvic fracture.", "true"),
        // ...and a room that tells no confinement.
        ("Walks 150 feet with a walker. Not bed- or room-confined.", "!true"),
        ("His bedroom is upstairs; he walks to the kitchen for meals.", "nil"),
        ("She stays in the waiting room during her husband's visit.", "nil"),
        ("The living room has a step down; he uses a cane.", "nil"),
    ] as [(String, String)])
func confinementToARoomIsHomebound(_ summary: String, _ value: String) {
    expectRequestFact(summary, "Bedside commode", "homebound", value)
}

// An age told after the worker's person or sex and a comma, by "now" ("Claimant: M, now
// forty-two, claim of ..."); a measure now, or another person's age, is none.
@Test(
    arguments: [
        // (summary, value)
        ("Claimant: M, now forty-two, claim of 21-Oct-2016. Shoulder dislocation.", "42"),
        ("Knee pain in a woman, now 58, who stocks shelves.", "58"),
        ("Patient, now sixty-one. Knee pain since 2014.", "61"),
        // ...and no age.
        ("Shoulder flexion, now 90, was 60 in May.", "nil"),
        ("Abduction was 60 in May, now 90.", "nil"),
        ("Her husband, now 70, drives her to the visits.", "nil"),
        ("He walks 20 minutes, now 45, with his dog.", "nil"),
    ] as [(String, String)])
func anAgeAfterThePersonAndNowIsTheWorkers(_ summary: String, _ value: String) {
    expectRequestFact(summary, "Physical therapy x6", "age", value)
}

// An age after a name label and its colon, the worker's name and a comma ("Patient: Rosa Diaz, 44,
// stocker"); another person's label, or a count of another measure or an address, is none. Rows in this engineer's own words.
@Test(
    arguments: [
        // (summary, value)
        ("Patient: Rosa Diaz, 44, stocker at a warehouse. Low back pain since 2015.", "44"),
        ("Client: Yesenia Paredes, 29, convenience store clerk. PTSD after a robbery.", "29"),
        ("Claimant: Ortiz, 51, forklift driver. Neck pain.", "51"),
        // ...and no age.
        ("Spouse: John Diaz, 50, drives her to visits. Low back pain.", "nil"),
        ("Employer: Acme Foods, 44, Main Street. Low back pain.", "nil"),
        ("Patient: Rosa Diaz, 45 minutes late to the visit. Low back pain.", "nil"),
        ("Patient: Lee, 12, 14 and 16 visits done. Low back pain.", "nil"),
        ("Patient: Rosa Diaz, 44 Elm Street, Fresno. Low back pain.", "nil"),
    ] as [(String, String)])
func anAgeAfterANameLabelIsTheWorkers(_ summary: String, _ value: String) {
    expectRequestFact(summary, "Lumbar MRI", "age", value)
}
