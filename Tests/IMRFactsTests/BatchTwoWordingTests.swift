import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A neuralgia is neuropathic pain (`neuropathy` in `diagnoses`); a flare named as what care is to
// prevent is no flare (acute_exacerbation); surgery said to be no option makes no surgical
// candidate.

@Test(
    arguments: [
        // (summary, neuropathy among the diagnoses)
        ("The surgeon diagnosed post-herniorrhaphy ilioinguinal neuralgia.", true),
        ("Assessment: right occipital neuralgia.", true),
        ("Diagnosis: post-traumatic left intercostal neuralgia.", true),
        ("Ilioinguinal nerve entrapment after hernia repair.", true),
        ("No evidence of neuralgia.", false),
    ] as [(String, Bool)])
func aNeuralgiaIsNeuropathicPain(_ summary: String, _ read: Bool) {
    #expect(summaryDiagnoses(summary).contains("neuropathy") == read, "\(summaryDiagnoses(summary))")
}

@Test(
    arguments: [
        // (summary, acute_exacerbation)
        ("The brace is requested to keep her where she is and prevent flare-ups.", nil),
        ("He uses the brace to avoid flare-ups while driving.", nil),
        ("She had a flare-up of low back pain after lifting a box last week.", true),
        ("Acute exacerbation of chronic low back pain on 11/2/16.", true),
        ("Possible flare of her back pain.", nil),
    ] as [(String, Bool?)])
func aFlareToPreventIsNoFlare(_ summary: String, _ flare: Bool?) {
    #expect(summaryFacts(summary)["acute_exacerbation"]?.value == flare.map(FactValue.bool))
}

@Test(
    arguments: [
        // (summary, surgical_candidate)
        ("The spine surgeon saw her in October and documented that surgery is not an option.", false),
        ("Surgery is not an option per the orthopedic surgeon.", false),
        ("The surgeon stated that lumbar fusion is an option if conservative care fails.", true),
    ] as [(String, Bool?)])
func surgeryThatIsNoOption(_ summary: String, _ candidate: Bool?) {
    #expect(
        requestFacts("Functional restoration program, 10 days", summary: summary)["surgical_candidate"]?.value
            == candidate.map(FactValue.bool))
}
