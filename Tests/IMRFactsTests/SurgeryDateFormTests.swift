import IMRFacts
import Testing

// The date of a surgery is the one told with the surgery, not the date of the visit or note that
// tells it ("Post-operative visit, dictated 11/08/2016: status post ... meniscectomy on
// 10/25/2016"): "post-operative", a follow-up, a check or an evaluation after a surgery names the
// time after it. The time runs to the request (the review's date here, 12/15/2016).

@Test(
    arguments: [
        // (summary, days since the surgery; nil: not documented)
        (
            "Post-operative visit, dictated 11/08/2016: status post right knee arthroscopic partial medial meniscectomy on 10/25/2016.",
            51
        ),
        ("Post-op visit 11/08/2016: 45-year-old warehouse worker, s/p right knee arthroscopic partial meniscectomy on 10/25/2016.", 51),
        ("Follow-up dictated 11/08/2016, a 52-year-old nurse, status post right knee arthroscopy on 10/25/2016 for a meniscal tear.", 51),
        ("Seen 11/08/2016 for follow-up after right knee arthroscopy performed 10/25/2016.", 51),
        ("Post-op check 11/8/16. Right knee scope 10/25/16, incisions clean.", 51),
        ("11/08/2016 PR-2: two weeks after right knee meniscectomy (10/25/2016), walking with a cane.", 51),
        ("At the 11/08/2016 post-op visit she was two weeks out from the 10/25/2016 right knee arthroscopy.", 51),
        ("Status post right knee arthroscopy on 10/25/2016, seen in the office on 11/08/2016 with a small effusion.", 51),
        ("Post-operative note 11/08/2016: right knee arthroscopy 10/25/2016 went without complication.", 51),
        ("The right knee arthroscopy of 10/25/2016 was followed by a post-op visit on 11/08/2016.", 51),
        ("Right knee meniscectomy 10/25/2016; post-operative therapy evaluation 11/09/2016.", 51),
        ("Follow-up 11/08/16 s/p R knee arthroscopic meniscectomy 10/25/16.", 51),
        ("Post-op day 14 on 11/08/2016 after the right knee arthroscopy of 10/25/2016.", 51),
        ("Dictated 11/08/2016. Right knee partial meniscectomy was done on 10/25/2016.", 51),
        // No date of the surgery told, the other side, a surgery to come.
        ("Post-operative visit, dictated 11/08/2016: status post right knee arthroscopy, date not given.", nil),
        ("Seen 11/08/2016 for follow-up after a right knee arthroscopy last month.", nil),
        ("Post-op visit 11/08/2016 for the left knee arthroscopy of 10/25/2016.", nil),
        ("Right knee arthroscopy is scheduled for 12/20/2016; pre-op visit 11/08/2016.", nil),
        ("Right knee arthroscopy was recommended at the visit of 11/08/2016.", nil),
        ("Injured 08/03/2016; seen 11/08/2016 for right knee arthroscopy follow-up.", nil),
    ] as [(String, Int?)])
func theSurgerysDateIsNotTheVisits(_ summary: String, _ days: Int?) {
    let input = bareCase(summary, requests: ["Post-operative physical therapy, right knee, 6 visits"], decision: "12/15/2016")
    let facts = extractor.facts(for: input.requests[0], in: extractor.caseFacts(for: input))
    #expect(facts["time_since_surgery"]?.value == days.map { .days($0) }, "\(summary)")
}
