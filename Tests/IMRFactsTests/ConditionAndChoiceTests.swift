import Testing

// A condition, an alternative not chosen and options weighed assert nothing (``Moods``), for every
// fact family, as a question asserts nothing: "if it is positive, he will be put in a cast and
// referred", "should the pain return, we plan a discectomy", "meloxicam instead of naproxen",
// "preferred diclofenac over naproxen", "the choices: a brace, an injection or an arthroscopy", "to
// decide between therapy and a repair"; nor does a purpose a study is ordered for ("to confirm the
// ulnar entrapment") tell it done. The rest of the sentence is read: a statement before a condition
// that tells no prospect ("takes ibuprofen ... if the knee flares"), a state under a condition ("if
// the scan shows a fragment, she is a candidate"), the choice made ("chose a knee replacement over
// more injections"), "as if", and "options have been exhausted". Written in this project's own
// words, several families (surgery, studies, injections, work, drugs, care), before the mechanism:
// on the start build (f2746f0) 9 of the 12 must-not rows read the fact, and all 8 must-read rows
// read it.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Her right knee MRI of 10/03/2016 shows a degenerative tear of the medial meniscus. She is working full duty and does quad sets at home. If the effusion keeps coming back after the injection, I will refer her for an arthroscopic meniscectomy.",
            "Physical therapy 6 visits right knee", "surgical_candidate", "!true"
        ),
        (
            "Left L5 radicular pain for 5 months with a positive straight leg raise at 40 degrees. Should the leg pain return after the epidural, we plan a microdiscectomy at L5-S1.",
            "Lumbar epidural steroid injection L5-S1", "surgical_candidate", "!true"
        ),
        (
            "Left shoulder pain at night for 3 months with a painful arc and a positive Hawkins sign. She has done 8 visits of therapy. If the bursa stays inflamed after two more weeks of ice, a cortisone shot into the left shoulder may be offered.",
            "Corticosteroid injection left shoulder", "injection_given", "!true"
        ),
        (
            "He fell on the outstretched right hand 9 days ago; films show no fracture. In case the scan shows a break of the scaphoid, he will be put in a cast and scheduled for screw fixation.",
            "MRI right wrist", "surgical_candidate", "!true"
        ),
        (
            "Off work since the lift injury in August. If the core program goes as expected, he can go back to the warehouse on light duty in about a month.",
            "Physical therapy 6 visits lumbar spine", "returned_to_work", "!true"
        ),
        (
            "She takes ibuprofen 600 mg two or three times a day if the knee flares, and omeprazole each morning.",
            "Naproxen 500 mg #60", "concurrent_nsaid", "true"
        ),
        (
            "An MRI of the lumbar spine on 06/14/2016 showed an L4-5 protrusion touching the left L5 root; if the leg pain worsens, a repeat scan would be considered.",
            "MRI lumbar spine without contrast", "prior_study", "true"
        ),
        (
            "The total knee replacement is scheduled for 01/10/2017; if his sugars are not controlled by then, it will be moved.",
            "Preoperative clearance", "surgical_candidate", "true"
        ),
        (
            "A 44-year-old cook with a lateral ankle sprain. No stomach trouble, no blood thinners. I started meloxicam instead of naproxen or ibuprofen, since one tablet a day suits her shift work.",
            "Meloxicam 15 mg #30", "gi_risk", "!true"
        ),
        (
            "Failed back syndrome after an L4-5 fusion. I am prescribing morphine ER 15 mg twice a day in place of a fentanyl patch, which his plan does not cover.",
            "Morphine sulfate ER 15 mg #60", "duplicate_opioid", "!true"
        ),
        (
            "Right elbow tendinitis, 6 weeks. She preferred diclofenac over naproxen and etodolac because of cost. She uses ice and a strap.",
            "Diclofenac 75 mg #60", "concurrent_nsaid", "!true"
        ),
        (
            "Medial left knee pain for 4 months with locking twice a week. We went over the options: a hinged brace, another injection, or a recommended arthroscopic meniscus repair; she will decide after the scan.",
            "MRI left knee without contrast", "surgical_candidate", "!true"
        ),
        (
            "Right shoulder weakness after a fall, 6 weeks. The scan is planned to help her decide between more therapy and a rotator cuff repair.",
            "MRI right shoulder", "surgical_candidate", "!true"
        ),
        (
            "He chose a total knee replacement over more injections; the surgery is scheduled for January 10.",
            "Physical therapy 12 visits right knee", "surgical_candidate", "true"
        ),
        (
            "Gabapentin was started rather than nortriptyline because of his heart block; he takes 300 mg three times a day and sleeps better.",
            "Gabapentin 300 mg #90", "already_using", "true"
        ),
        (
            "Conservative options have been exhausted: 18 visits of therapy, two epidural injections and three NSAIDs gave no lasting relief.",
            "Lumbar fusion L4-5", "conservative_care_failed", "true"
        ),
        (
            "Numbness of the left ring and small fingers for 3 months with a positive Tinel sign at the elbow. Plan: EMG and nerve conduction studies of the left arm to confirm the ulnar entrapment at the elbow.",
            "EMG/NCS left upper extremity", "prior_study", "!true"
        ),
        (
            "He has been off work since the fall in July. He could go back to driving the forklift if the knee holds up through the program.",
            "Work conditioning 10 visits", "returned_to_work", "!true"
        ),
        (
            "Right leg pain with a weak extensor hallucis longus after 8 weeks of therapy. If the scan shows a disc fragment at L5-S1, she is a candidate for a microdiscectomy and wants one.",
            "MRI lumbar spine without contrast", "surgical_candidate", "true"
        ),
        (
            "The right foot feels as if it is asleep, and the right ankle reflex is absent with decreased sensation over the lateral foot.",
            "EMG/NCS right lower extremity", "regional_neuro_findings", "true"
        ),
    ] as [(String, String, String, String)])
func conditionOrChoiceAssertsNothing(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
