import Testing

// What the device sections ask of the case, read in other words than the corpus uses: a hospital
// bed's need for positioning an ordinary bed cannot give (ODG Knee & Leg, DME, with Medicare's hospital
// bed criteria: bed_positioning_needed, a new declared fact), and the diagnoses the knee brace and
// foot orthotic sections name (ODG Knee & Leg, Knee brace: avascular necrosis; ACOEM ch. 14 p. 371:
// plantar fasciitis and metatarsalgia). Must-read rows beside must-not rows: a bed wanted for comfort
// or for the stairs, a past confinement, an ordinary bed slept in, a heel or forefoot named without
// the condition.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented; a term of a list)
        (
            "Because of her back pain she cannot lie flat and has slept in a recliner since August.", "Hospital bed, rental",
            "bed_positioning_needed", "true"
        ),
        (
            "Her pulmonologist wants the head of the bed raised to 45 degrees at night.", "Semi-electric hospital bed",
            "bed_positioning_needed", "true"
        ),
        ("He needs an overhead trapeze to reposition himself.", "Hospital bed with trapeze", "bed_positioning_needed", "true"),
        ("She remains confined to bed after the second fusion.", "Hospital bed", "bed_positioning_needed", "true"),
        ("He sleeps in his own bed without difficulty.", "Hospital bed", "bed_positioning_needed", "false"),
        ("She lies flat without difficulty on the exam table.", "Hospital bed", "bed_positioning_needed", "false"),
        ("He would like an adjustable bed because the stairs to his bedroom are hard.", "Hospital bed", "bed_positioning_needed", "nil"),
        ("He was bedridden for a week right after the fall.", "Hospital bed", "bed_positioning_needed", "nil"),
        // The bed's accessories named in the order are what is asked, not why (must-not), beside a
        // trapeze or a turn in bed told as the worker's need (must-read).
        (
            "Order: full-electric hospital bed, side rails and an overhead trapeze.", "Hospital bed with trapeze",
            "bed_positioning_needed", "nil"
        ),
        (
            "DME requested: fixed-height bed with a trapeze bar and a pressure-relief overlay.", "Hospital bed",
            "bed_positioning_needed", "nil"
        ),
        ("She uses the trapeze to pull up and shift her weight every hour.", "Hospital bed", "bed_positioning_needed", "true"),
        ("Since the fusion he cannot turn himself over in bed without help.", "Hospital bed", "bed_positioning_needed", "true"),
        ("She is unable to turn in bed because of the pelvic fractures.", "Hospital bed", "bed_positioning_needed", "true"),
        ("He gets in and out of his own bed and turns over without help.", "Hospital bed", "bed_positioning_needed", "nil"),
        ("Diagnoses: right medial femoral condyle osteonecrosis.", "Unloader knee brace, right", "diagnoses", "avascular_necrosis"),
        ("Assessment: metatarsalgia of the left forefoot.", "Custom orthotics", "diagnoses", "metatarsalgia"),
        (
            "He has bilateral plantar heel pain worse with the first steps in the morning.", "Custom orthotics", "diagnoses",
            "plantar_fasciitis"
        ),
        ("She has a bruise over the left heel.", "Custom orthotics", "diagnoses", "!plantar_fasciitis"),
        ("X-rays of the foot show the metatarsals intact.", "Custom orthotics", "diagnoses", "!metatarsalgia"),
    ] as [(String, String, String, String)])
func deviceIndicationsRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact("The 52-year-old worker was injured on 03/02/2016. " + summary, request, fact, expected, anyTerm: fact == "diagnoses")
}

// Work hardening's first criterion (CPMTG pp. 125-126): job demands "in the medium or higher demand
// level (i.e., not clerical/sedentary work)", read as job_sedentary (a new declared fact). Must-not
// rows: a restriction to sedentary work, another person's desk job, a heavy job's title.
@Test(
    arguments: [
        ("She is a 44-year-old receptionist at a veterinary clinic.", "true"),
        ("He works as an accountant for a freight company.", "true"),
        ("His job is mostly sedentary, entering orders at a computer.", "true"),
        ("The job analysis puts his usual work at the heavy physical demand level.", "false"),
        ("Her position is at the medium demand level, with lifting up to 40 pounds.", "false"),
        ("He has been restricted to sedentary work since the injury.", "nil"),
        ("His wife is employed as a secretary and drives him to therapy.", "nil"),
        ("He is a 44-year-old forklift operator.", "nil"),
    ] as [(String, String)])
func jobDemandLevelRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "The worker injured the low back on 02/03/2016 and plateaued after 12 therapy visits. " + sentence, "Work hardening x 10 visits",
        "job_sedentary", expected)
}
