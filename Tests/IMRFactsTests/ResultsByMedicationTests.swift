import Testing

// Engineer medication's rows for this session's results forms (written for them before the reading,
// /work/notes/cross23/table/results.by-medication.tsv; ids med-r1..med-r12 in file order): work told as
// a life (a return to a warehouse "four hours a day ... with lifting limited to 15 pounds", "a full
// 40-hour week ... two months after starting it"), function told as a life (coaching again after a drug
// was started), a course's measures at two times ("initial / today ... LEFS 18/80 / 47/80"), care failed,
// function lost in spite of a drug; must-not: a past job and a hope, a programme's goals, a measure worse
// after the course, full duty before the injury. Committed failing: on the start binary of this session
// (c6916b0) 4 of 8 must-read and 4 of 4 must-not rows read as written.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "He is seen for the low back at the six-week recheck. Since March he has been back at the warehouse four hours a day, sorting returns at a bench, with lifting limited to 15 pounds. He takes ibuprofen 600 mg twice a day. Lumbar flexion is 50 degrees. The request is for more therapy.",
            "Physical therapy 2x4 lumbar spine", "returned_to_work", "true"
        ),
        (
            "He is seen for the low back at the six-week recheck. Since March he has been back at the warehouse four hours a day, sorting returns at a bench, with lifting limited to 15 pounds. He takes ibuprofen 600 mg twice a day. Lumbar flexion is 50 degrees. The request is for more therapy.",
            "Physical therapy 2x4 lumbar spine", "work_status", "modified_duty"
        ),
        (
            "Burning pain in both feet since the 2014 chemical exposure at the plant. Pregabalin 75 mg twice a day was started in April. He has since gone back to coaching his son's Little League team on Saturdays and mows his own lawn, which he had stopped doing last year. Sleep is better. He denies dizziness.",
            "Pregabalin 75mg #60", "functional_improvement", "true"
        ),
        (
            "Left knee arthroscopy with partial medial meniscectomy was done on 08/02/2016. She has finished eight visits of therapy. Flexion went from 85 to 115 degrees over those visits and she now climbs the stairs at home foot over foot. Quad lag has resolved. The therapist asks for six more visits.",
            "Additional physical therapy 2x3 left knee", "prior_therapy_benefit", "true"
        ),
        (
            "Right total knee replacement on 06/14/2016. Therapy discharge summary after 12 visits, initial / today: knee flexion, active 78 / 108 degrees; extension lag 15 / 5 degrees; LEFS 18/80 / 47/80. She walks without the walker in the house. Six more visits are asked for to work on stairs.",
            "Physical therapy x6 right knee", "prior_therapy_benefit", "true"
        ),
        (
            "Low back pain with left leg pain since lifting a pallet in January. Six weeks of physical therapy, a home exercise program and naproxen gave her nothing that lasted; the leg pain is still 7/10 and wakes her at night. Left ankle reflex is reduced. MRI is requested.",
            "MRI lumbar spine without contrast", "conservative_care_failed", "true"
        ),
        (
            "Right elbow lateral epicondylitis from repetitive wrenching. Meloxicam 15 mg daily was begun in 01/2016, and he went back to a full 40-hour week at the tire shop two months after starting it. Grip is 80 pounds on the right. He asks for a refill.",
            "Meloxicam 15mg #30", "work_status", "full_duty"
        ),
        (
            "She has taken tramadol 50 mg three times a day for the neck for a year. In spite of it she still needs her husband to help her out of the bath and she has given up the grocery shopping. Pain is 7/10. She asks for a refill.",
            "Tramadol 50mg #90", "functional_improvement", "false"
        ),
    ] as [(String, String, String, String)])
func resultsByMedicationRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "She was a cashier at a grocery chain until the shoulder injury in 2015. She hopes to go back once the shoulder allows; for now she remains off work per her treating physician. Six visits of acupuncture are asked for. Abduction is 100 degrees.",
            "Acupuncture x6 right shoulder", "returned_to_work", "!true"
        ),
        (
            "Chronic low back pain since 2013, with failed therapy, injections and medications. The goals of the program are for him to walk 30 minutes without stopping and to go back to cooking for his family. He is motivated. A psychological evaluation found him a good candidate.",
            "Functional restoration program x80 hours", "functional_improvement", "!true"
        ),
        (
            "Carpal tunnel release on the right was done in June. Grip strength was 40 pounds before therapy and 32 pounds after the twelve visits. She still drops cups. Eight more visits are requested.",
            "Occupational therapy 2x4 right hand", "prior_therapy_benefit", "!true"
        ),
        (
            "He worked full duty as a roofer until he fell from a ladder in 2014. He has not worked since and receives temporary disability. Lumbar flexion is 30 degrees. Therapy is requested.",
            "Physical therapy 2x4 lumbar spine", "work_status", "!full_duty"
        ),
    ] as [(String, String, String, String)])
func resultsByMedicationNotRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
