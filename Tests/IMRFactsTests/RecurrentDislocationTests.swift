import IMRFacts
import Testing

// `recurrent_dislocation`: ODG asks a Bankart repair for "a history of multiple dislocations". A
// shoulder told to have come out more than once reads true; one told to have come out once, or not
// since, reads false; a note silent on recurrence, or only in doubt of it, reads nothing.

private let opening = "A 29-year-old warehouse worker dislocated his left shoulder lifting a box on 03/04/2016."

@Test(
    arguments: [
        ("Since then the shoulder has dislocated again twice, reduced in the emergency room.", true),
        ("He has dislocated the left shoulder four times since the injury.", true),
        ("Assessment: recurrent anterior instability of the left shoulder.", true),
        ("He describes multiple subluxations when reaching overhead.", true),
        ("This was a first-time dislocation, reduced at the scene.", false),
        ("There have been no further dislocations since the reduction.", false),
        ("The shoulder has not dislocated again.", false),
        ("Apprehension is positive and he avoids overhead reaching.", nil),
        ("Rule out recurrent instability.", nil),
    ] as [(String, Bool?)])
func aShouldersDislocationsCounted(_ sentence: String, _ recurrent: Bool?) {
    let facts = requestFacts("Left shoulder arthroscopic Bankart repair", summary: opening + " " + sentence)
    #expect(value(facts, "recurrent_dislocation") == recurrent.map { "\($0)" }, "\(sentence)")
}
