import Testing

// An order never followed is no rehabilitation (`physical_rehabilitation`, `exercising_now`;
// `skips undone`, ``StoppedCourses``): therapy ordered or referred and never begun ("was ordered in
// October but she never went", "the referral was never scheduled and he has not started it"), a
// handout given and not started, is none done, under way or planned. Read as written: therapy
// ordered and then begun ("ordered in December; she started in January and has had 4 visits"), a
// course done and then stopped (still a course done), and a programme taken up after a delay.
// Written in this engineer's words before the mechanism: on the start build (27781ea) the four
// must-read rows fail.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Ms. Vance, 57, a bookkeeper, has low back pain since a fall in the office in 09/2022. Physical therapy was ordered in October but she never went because of her childcare hours. She takes ibuprofen as needed. Tender paraspinals, neuro intact.",
            "Acupuncture x6 lumbar spine", "physical_rehabilitation", "false"
        ),
        (
            "Mr. Park, 36, a courier, has neck pain since a collision on 08/01/2022. A PT referral was written on 08/15/2022 but therapy was never authorized and he has not attended any sessions. Cervical rotation limited.",
            "Acupuncture x6 cervical spine", "physical_rehabilitation", "false"
        ),
        (
            "Mr. Rios, 48, a plumber, has low back pain since lifting a water heater. He was given a home exercise handout at the last visit and has not started it. He takes naproxen. Flexion limited by pain.",
            "Massage therapy x6 lumbar spine", "exercising_now", "false"
        ),
        (
            "Ms. Ruiz, 62, a seamstress, has right shoulder pain since 05/2022. Occupational therapy was prescribed at the June visit. She did not start it because her ride fell through. Elevation 120 degrees.",
            "Acupuncture x6 right shoulder", "physical_rehabilitation", "false"
        ),
        (
            "Ms. Kerr, 50, a librarian, has low back pain since 11/2022. Physical therapy was ordered in December; she started in January and has had 4 visits so far. Tender paraspinals, neuro intact.",
            "Acupuncture x6 lumbar spine", "physical_rehabilitation", "true"
        ),
        (
            "Mr. Ngo, 45, a machinist, completed 12 sessions of physical therapy in the spring and stopped when the visits ran out. He walks most evenings.",
            "Acupuncture x6 lumbar spine", "physical_rehabilitation", "true"
        ),
        (
            "Ms. Ford, 39, a teacher, was referred for physical therapy in March and did not start until May, when the authorization came through; she has attended 6 of 8 visits.",
            "Acupuncture x6 cervical spine", "physical_rehabilitation", "true"
        ),
    ] as [(String, String, String, String)])
func orderNotFollowed(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
