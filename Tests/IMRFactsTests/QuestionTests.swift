import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A question asserts nothing: a QME's or adjuster's numbered questions ("Question 1: Has
// nortriptyline helped, and is it reasonably required?", "Is surgery indicated?"), the physician's
// own, and a question told as asked ("I was asked whether he ever had a lumbar fusion") are no
// statements for any fact family; the answer that follows is read. Written in this project's own
// words before the reading. Each row is judged at 12/01/2016, the header's decision date.

@Test(
    arguments: [
        // (summary, request, fact, the value it must not read)
        (
            "The adjuster asks: Is surgery indicated for the right knee? In my opinion it is not; she has no locking and no instability. She walks a mile a day.",
            "Physical therapy 6 visits right knee", "surgical_candidate", "true"
        ),
        (
            "QME question 3: Has the worker returned to work? Not yet; she remains on temporary total disability. Lumbar flexion is 40 degrees.",
            "Physical therapy 6 visits lumbar spine", "returned_to_work", "true"
        ),
        (
            "Has he ever had an MRI of the lumbar spine? None is in the records I was sent. His left leg pain has worsened over six weeks and the ankle jerk is now absent.",
            "MRI lumbar spine without contrast", "prior_study", "true"
        ),
        (
            "Question 2: Has she had physical therapy for the neck, and did it help? The records I have do not say. Neck rotation is 45 degrees each way.",
            "Physical therapy 6 visits cervical spine", "prior_therapy", "true"
        ),
        (
            "I was asked whether he ever had a lumbar fusion. He describes only an appendectomy. Lumbar flexion is 50 degrees.",
            "Physical therapy 6 visits lumbar spine", "prior_fusion", "true"
        ),
        (
            "Question 1: Has nortriptyline helped, and is it reasonably required? It has not been tried; she has taken only ibuprofen. Her feet burn at night.",
            "Nortriptyline 25 mg #30", "already_using", "true"
        ),
        (
            "Would she be better served by a rotator cuff repair? Not at this point: the tear is partial and strength is 4+/5. She sleeps on the other side.",
            "Physical therapy 6 visits left shoulder", "surgical_candidate", "true"
        ),
        (
            "Was a cortisone injection of the right knee ever given? None is recorded in the file. She has medial joint line pain and an effusion.",
            "Right knee corticosteroid injection", "injection_given", "true"
        ),
    ] as [(String, String, String, String)])
func questionAssertsNothing(_ summary: String, _ request: String, _ fact: String, _ unread: String) {
    expectRequestFact(summary, request, fact, "!" + unread, decision: "12/01/2016", anyTerm: true)
}

@Test(
    arguments: [
        // (summary, request, fact, value): the answer after the question is read.
        (
            "Question 2: Has the patient had prior surgery to the right shoulder? Yes: an arthroscopic subacromial decompression on 03/14/2015. Pain has returned over the last six months.",
            "MRI right shoulder without contrast", "prior_surgery", "true"
        ),
        (
            "Q: Is she working? A: Yes, she went back to full duty as a cashier in October. Lumbar flexion is 60 degrees.",
            "Physical therapy 6 visits lumbar spine", "returned_to_work", "true"
        ),
        (
            "Was therapy for the neck ever tried? She had 12 physical therapy visits for the neck in the spring. Neck rotation is 45 degrees each way.",
            "Physical therapy 6 visits cervical spine", "prior_therapy", "true"
        ),
        (
            "Diagnoses: lumbar disc herniation, lumbar radiculopathy. Is the radiculopathy still active? The numbness in the left foot has not changed. Straight leg raise is positive.",
            "Physical therapy 6 visits lumbar spine", "diagnoses", "radiculopathy"
        ),
    ] as [(String, String, String, String)])
func answerAfterQuestionIsRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, decision: "12/01/2016", anyTerm: true)
}
