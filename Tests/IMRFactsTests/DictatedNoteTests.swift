import Testing

@testable import IMRFacts

// A dictated note whose punctuation was spoken and left in by speech recognition (``SpokenMarks``):
// "period", "full stop", "comma", "colon", "semicolon", "question mark", "new paragraph", "next
// line" are written as the marks they name before the summary is cut into sentences, while the same
// words in ordinary use ("the postoperative period", "a period of rest", "colon cancer") and a typed
// note's stray "period" are left alone. Written in this project's own words before the mechanism.

/// The shipped cue data, loaded once.
private let dictationCues = LexiconIndex(shippedLexicon.lexicon).cues

/// The summary's text as read, its runs of spaces made one and the spaces beside a line break
/// dropped, and its last spaces (a spoken mark is padded with spaces to the length it had).
private func writtenText(_ summary: String) -> String {
    let text = CaseText(summary, source: .summary, cues: dictationCues).text
    var result = ""
    for character in text {
        if character == " ", result.last == " " || result.last == "\n" { continue }
        if character == "\n", result.last == " " { result.removeLast() }
        result.append(character)
    }
    while result.last == " " { result.removeLast() }
    return result
}

@Test(
    arguments: [
        // (summary, the text as read)
        ("low back pain period no numbness comma no weakness period", "low back pain. no numbness, no weakness."),
        (
            "current medications colon tramadol comma naproxen new paragraph exam colon SLR negative",
            "current medications: tramadol, naproxen\n\nexam: SLR negative"
        ),
        (
            "pain 7 out of 10 full stop she works semicolon no restrictions next line plan colon physical therapy",
            "pain 7 out of 10. she works; no restrictions\nplan: physical therapy"
        ),
        ("is he a surgical candidate question mark not now per spine period", "is he a surgical candidate? not now per spine."),
        ("relief 80% period 6 hours period", "relief 80%. 6 hours."),
        // In ordinary use, a spoken word is a word of the note.
        (
            "he did well in the postoperative period comma then had a period of rest at home period",
            "he did well in the postoperative period, then had a period of rest at home."
        ),
        ("history colon colon cancer 2010 comma hypertension period", "history: colon cancer 2010, hypertension."),
        ("scope showed the sigmoid colon was normal comma no polyps period", "scope showed the sigmoid colon was normal, no polyps."),
        // A typed note: one stray spoken word is no dictation; a written mark beside it makes it a word.
        (
            "She was pain free for a while period. Then the pain came back.",
            "She was pain free for a while period. Then the pain came back."
        ),
        (
            "He was off work the whole period. Period: 10/01 to 10/30. No comma splice here, colon normal.",
            "He was off work the whole period. Period: 10/01 to 10/30. No comma splice here, colon normal."
        ),
    ])
func spokenMarksAreWritten(_ summary: String, _ expected: String) {
    #expect(writtenText(summary) == expected)
}

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Spine clinic note dictated by Dr. Okoro period 44 year old warehouse worker with low back pain into the left leg since a fall from a loading dock on March 2 2016 period he denies bowel or bladder change and denies fever period exam colon straight leg raise on the left positive at 35 degrees comma left ankle jerk absent comma decreased sensation over the lateral left foot period MRI colon left L5 S1 disc extrusion touching the S1 root period",
            "Lumbar epidural steroid injection L5-S1 left", "radicular_signs", "true"
        ),
        (
            "Follow up visit dictated period 51 year old bus driver with right shoulder pain since lifting a wheelchair ramp in May 2016 period work status colon modified duty comma no lifting over 15 pounds comma no overhead reaching period painful arc 80 to 120 degrees comma Hawkins positive period",
            "Physical therapy 6 visits right shoulder", "work_status", "modified_duty"
        ),
        (
            "Pain management follow up period new paragraph past history colon hypertension comma type 2 diabetes comma appendectomy 1998 period new paragraph current medications colon tramadol 50 mg twice a day comma metformin 500 mg twice a day period she reports pain 7 out of 10 without the tramadol and 4 out of 10 with it period",
            "Tramadol 50 mg #60", "already_using", "true"
        ),
        (
            "Orthopedic follow up dictated period 55 year old electrician with right shoulder pain for 14 months period treatment so far colon 16 visits of physical therapy comma two subacromial injections comma naproxen comma activity change period none of these gave lasting relief period exam colon Neer and Hawkins positive comma painful arc period MRI colon type 2 acromion with bursitis period",
            "Right shoulder subacromial decompression", "conservative_care_failed", "true"
        ),
        (
            "Knee follow up comma dictated period 63 year old groundskeeper with right knee osteoarthritis period prior care colon physical therapy 12 visits in 2015 comma naproxen comma a knee sleeve period she has never had an injection in the knee period new paragraph exam colon medial joint line tenderness comma crepitus comma no effusion period x rays colon medial joint space narrowing period",
            "Right knee corticosteroid injection", "injection_given", "false"
        ),
        (
            "Dictated note period 47 year old nurse aide with low back pain since a patient transfer period she has some tingling in the right calf at night period exam colon straight leg raise negative bilaterally comma reflexes 2 plus and symmetric comma strength 5 out of 5 period MRI colon L4 5 disc bulge without nerve root contact period",
            "Lumbar epidural steroid injection L4-5", "radicular_signs", "false"
        ),
        (
            "Shoulder recheck dictated by Dr. Hale period 46 year old stocker with right shoulder pain since May 2016 period she asks whether another shot would help period she had a cortisone injection in the right shoulder on July 12 2016 with about two months of relief period painful arc 70 to 120 degrees comma Hawkins positive period",
            "Right shoulder subacromial corticosteroid injection", "injection_given", "true"
        ),
        (
            "Dictated note period 31 year old carpenter who twisted the left knee on a ladder August 30 2016 period if it does not settle he may need an arthroscopy period the knee locks two or three times a week comma McMurray positive medially comma small effusion period x rays colon no fracture period",
            "MRI left knee without contrast", "mechanical_signs", "true"
        ),
        (
            "Office note dictated period 52 year old bus mechanic with left leg pain since a fall in the bay March 2016 period would he be a candidate for surgery question mark not at this time per the spine surgeon period he did 12 visits of physical therapy and took naproxen and gabapentin with no lasting relief period straight leg raise positive on the left at 30 degrees period",
            "Lumbar epidural steroid injection L5-S1 left", "conservative_care_failed", "true"
        ),
        // Must-not: the spoken words in ordinary use.
        (
            "Mr. Dale, 40, a forklift driver, hurt his low back on 06/01/2016. He was off work for a period after the injury. Since 08/15/2016 he has worked modified duty with no lifting over 20 lb. Over a six week period of therapy his flexion improved. Pain 4/10.",
            "Physical therapy 6 visits lumbar", "work_status", "!not_working"
        ),
        (
            "Ms. Reyes, 62, a cook, has knee osteoarthritis. Past history: colon cancer 2010, treated, and a pain free period after knee injections in 2014. Current medications: naproxen 500 mg twice a day, omeprazole. Pain 5/10.",
            "Naproxen 500 mg #60", "already_using", "!false"
        ),
        (
            "Dictated follow up period 66 year old retired baker comma injured at work 2013 comma with right knee osteoarthritis period past history colon colon cancer in 2010 treated with surgery comma hypertension period current medications colon naproxen 500 mg twice a day comma lisinopril period pain 5 out of 10 period",
            "Naproxen 500 mg #60", "already_using", "!false"
        ),
        (
            "Post op visit dictated period 41 year old electrician comma left knee arthroscopy August 2 2016 period he was off work for the whole postoperative period comma and since October 3 he has been back at full duty with no restrictions period the knee is stiff after long days period flexion 125 degrees period",
            "Physical therapy 6 visits left knee", "work_status", "!not_working"
        ),
    ])
func dictatedNoteFacts(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
