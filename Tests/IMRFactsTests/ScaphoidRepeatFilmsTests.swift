import Testing

// A suspected scaphoid fracture and its repeat films (ACOEM ch. 11, pp. 268-269; ODG Forearm, Wrist &
// Hand): `scaphoid_fracture_suspected` (suspected, possible, occult, to be ruled out; not a fracture
// seen) and `repeat_radiographs` (repeat, follow-up or serial films done, with their result; a repeat
// only planned is none yet). Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        ("Assessment: suspected right scaphoid fracture, films negative.", "MRI right wrist", "scaphoid_fracture_suspected", "true"),
        ("Snuffbox tenderness; occult scaphoid fx cannot be excluded.", "MRI right wrist", "scaphoid_fracture_suspected", "true"),
        ("Rule out left navicular fracture.", "CT left wrist", "scaphoid_fracture_suspected", "true"),
        ("X-ray: nondisplaced scaphoid waist fracture.", "CT left wrist", "scaphoid_fracture_suspected", "nil"),
        ("No scaphoid fracture on the MRI of 10/2.", "CT left wrist", "scaphoid_fracture_suspected", "!true"),
        (
            "Repeat wrist x-rays on 11/18, twelve days after the fall, were again negative.", "CT scan right wrist", "repeat_radiographs",
            "true"
        ),
        ("Scaphoid views were repeated at 10 days and still show no fracture line.", "MRI left wrist", "repeat_radiographs", "true"),
        ("Follow-up radiographs at two weeks: no fracture seen.", "MRI left wrist", "repeat_radiographs", "true"),
        ("Repeat x-rays negative.", "MRI left wrist", "repeat_radiographs", "true"),
        ("Wrist films, repeat 12/02: still no fracture line.", "MRI left wrist", "repeat_radiographs", "true"),
        ("Two sets of negative radiographs, a week apart.", "MRI left wrist", "repeat_radiographs", "true"),
        ("No repeat films have been taken.", "MRI left wrist", "repeat_radiographs", "false"),
        // Must not: a repeat planned, the first films only.
        ("Plan: thumb spica splint, repeat x-rays in 10-14 days.", "MRI left wrist", "repeat_radiographs", "!true"),
        ("X-rays: repeat in 2 weeks if still tender.", "MRI left wrist", "repeat_radiographs", "!true"),
        ("X-rays of the wrist on the day of injury were negative.", "MRI left wrist", "repeat_radiographs", "nil"),
    ] as [(String, String, String, String)])
func scaphoidRepeatFilms(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
