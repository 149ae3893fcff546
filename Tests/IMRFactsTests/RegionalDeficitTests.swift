import IMRFacts
import Testing

// The neurologic deficit of the requested region (`regional_neurologic_deficit`): an objective motor,
// reflex or sensory finding, as `neurologic_deficit` reads it, placed in the requested region's family
// (the leg for the low back, the arm for the neck) as `regional_neuro_findings` places a finding. A
// deficit of the other limb is none there; a region's normal examination with none found there is
// false. Rows in this engineer's own words, other voices among them (terse, dictated).
@Test(
    arguments: [
        // (summary, request, regional_neurologic_deficit)
        ("Exam: decreased sensation over the left lateral leg and foot; left EHL 4/5.", "MRI lumbar spine", "true"),
        ("Lumbar exam: absent right ankle jerk; weakness of the right great toe extensor 4/5.", "MRI lumbar spine", "true"),
        ("on exam today he has numbness over the dorsum of the right foot and the right EHL is 4 out of 5", "MRI lumbar spine", "true"),
        ("Neck exam: diminished sensation in the right thumb and index finger; right biceps reflex absent.", "MRI cervical spine", "true"),
        // ...and a deficit of another region, or the region's examination normal.
        (
            "Decreased sensation in the right thumb and index finger, grip 4/5 on the right. Low back pain without radiation.",
            "MRI lumbar spine", "!true"
        ),
        (
            "Cervical exam: left biceps reflex absent, left deltoid 4/5. Lower extremities: strength 5/5, sensation intact, reflexes 2+ and symmetric.",
            "MRI lumbar spine", "false"
        ),
        ("Weakness of the left hand intrinsics 4/5; the low back is tender to palpation.", "MRI lumbar spine", "!true"),
        ("Left EHL 4/5, decreased sensation over the left foot; neck pain without arm symptoms.", "MRI cervical spine", "!true"),
        ("Upper extremities: strength 5/5 and sensation intact throughout; numbness of the left foot.", "MRI cervical spine", "false"),
    ] as [(String, String, String)])
func aDeficitOfTheRequestedRegion(_ summary: String, _ request: String, _ expected: String) {
    expectRequestFact(summary, request, "regional_neurologic_deficit", expected)
}
