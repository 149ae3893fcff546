import Testing

@testable import IMRLetters

// A letter's summary keeps the line breaks its writer made (``TextNormalizer``, `keepsShortLines`): in
// a summary never wrapped at a page's edge (its widest line is wider than a page's, or narrower), before
// a bullet, and after a line that ends well short of the widest; a wrapped paragraph's full lines, a
// line that starts in lower case after one that ends no sentence, a page gap and a word split at its
// hyphen are joined as before. Rows in this engineer's words; on main 0dfeabf9 every keep row failed.

@Test(
    arguments: [
        // (summary as written, the summary as normalised)
        // A summary never wrapped at a page (a line wider than a page): every line break is the writer's.
        (
            "Note of 12/01/2016, as submitted:\n- Dx: left knee osteoarthritis of the medial compartment, Kellgren-Lawrence grade 3 on standing films in June; no locking, catching or giving way\n- Meds: naproxen 500 mg twice a day",
            "Note of 12/01/2016, as submitted:\n- Dx: left knee osteoarthritis of the medial compartment, Kellgren-Lawrence grade 3 on standing films in June; no locking, catching or giving way\n- Meds: naproxen 500 mg twice a day"
        ),
        // A wrapped summary: a line that ends well short of the widest (a note's label) keeps its break.
        (
            "The injured worker is a 58 year old female warehouse clerk who was hurt on 10/10/2015 while lifting\na box of printer paper from a low shelf.\nMedications:\nNaproxen 500 mg twice a day and omeprazole 20 mg daily, both since March of this year.",
            "The injured worker is a 58 year old female warehouse clerk who was hurt on 10/10/2015 while lifting a box of printer paper from a low shelf.\nMedications:\nNaproxen 500 mg twice a day and omeprazole 20 mg daily, both since March of this year."
        ),
        // A wrapped summary: a line that opens with a bullet keeps its break, after a full line too.
        (
            "At the visit of 11/25/2016 the treating physician reviewed her progress with her and wrote the plan\nfor the next six weeks of her care in the order below, which she said she understood and agreed to:\n- physical therapy twice a week for six weeks\n- follow-up in four weeks",
            "At the visit of 11/25/2016 the treating physician reviewed her progress with her and wrote the plan for the next six weeks of her care in the order below, which she said she understood and agreed to:\n- physical therapy twice a week for six weeks\n- follow-up in four weeks"
        ),
        // A terse note narrower than a page: its lines are the writer's.
        (
            "Dx: L knee OA\nMeds: naproxen 500 bid\nPlan: PT x6, f/u 4 wks",
            "Dx: L knee OA\nMeds: naproxen 500 bid\nPlan: PT x6, f/u 4 wks"
        ),
    ])
func writersLineBreaksAreKept(_ summary: String, _ expected: String) throws {
    let letter = try TestSupport.parse(
        TestSupport.compactLetter(items: "Norco 10/325mg #60:  Upheld\n\n\(TestSupport.truthLines())", summary: summary))
    #expect(letter.input.summary.text == expected)
}

@Test(
    arguments: [
        // (summary as written, the summary as normalised)
        // A wrapped paragraph: its lines are full, joined with a space.
        (
            "The injured worker is a 58 year old female warehouse clerk who was hurt on 10/10/2015 while\nlifting a box of printer paper from a low shelf. She has had low back pain since then, worse\nwith sitting for more than half an hour and with driving, and she rates it at 6/10 on most days.\nShe was seen by her treating physician on 11/25/2016 for a follow-up.",
            "The injured worker is a 58 year old female warehouse clerk who was hurt on 10/10/2015 while lifting a box of printer paper from a low shelf. She has had low back pain since then, worse with sitting for more than half an hour and with driving, and she rates it at 6/10 on most days. She was seen by her treating physician on 11/25/2016 for a follow-up."
        ),
        // A wrapped paragraph whose line opens with a number and a full stop ("2016."): no list's item.
        (
            "The request for an MRI of the lumbar spine was reviewed by the claims administrator on December 1,\n2016. The injured worker was undergoing treatment for a strain of the lumbar muscles and for the\nsciatica of the left leg at that time.",
            "The request for an MRI of the lumbar spine was reviewed by the claims administrator on December 1, 2016. The injured worker was undergoing treatment for a strain of the lumbar muscles and for the sciatica of the left leg at that time."
        ),
        // A line that starts in lower case after one that ends no sentence goes on with its sentence.
        (
            "The applicant is a represented employee who has filed\na claim for chronic low back pain reportedly associated with an industrial injury of June 4, 2010, and has been treated with analgesic medications, physical therapy and injections.",
            "The applicant is a represented employee who has filed a claim for chronic low back pain reportedly associated with an industrial injury of June 4, 2010, and has been treated with analgesic medications, physical therapy and injections."
        ),
        // A page gap (a blank line after no sentence's end) in a summary never wrapped: one paragraph.
        (
            "At issue is the request for authorization for baclofen for the intrathecal pump. According to utilization review\n\ndated October 21, 2015, the request for a baclofen pump refill with three refill visits was non-certified for the lack of a documented response to the last refill.",
            "At issue is the request for authorization for baclofen for the intrathecal pump. According to utilization review dated October 21, 2015, the request for a baclofen pump refill with three refill visits was non-certified for the lack of a documented response to the last refill."
        ),
        // A word split at a hyphen over two lines is joined without a space.
        (
            "She was given a short-\nterm course of physical therapy, six visits, after which she went back to her regular duty as a cashier with no limits on lifting or standing.",
            "She was given a short-term course of physical therapy, six visits, after which she went back to her regular duty as a cashier with no limits on lifting or standing."
        ),
    ])
func wrappedLinesAreJoined(_ summary: String, _ expected: String) throws {
    let letter = try TestSupport.parse(
        TestSupport.compactLetter(items: "Norco 10/325mg #60:  Upheld\n\n\(TestSupport.truthLines())", summary: summary))
    #expect(letter.input.summary.text == expected)
}
