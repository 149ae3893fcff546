import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A completed course's or trial's benefit told in any shape (prior_therapy_benefit; 8 CCR 9792.20(f):
// functional improvement, "a clinically significant improvement in activities of daily living or a
// reduction in work restrictions ... and a reduction in the dependency on continued medical
// treatment"; CPMTG 2009 pp. 98-99, physical medicine; 8 CCR 9792.24.1, acupuncture): measures at two
// times in a two-column table, in brackets, with an arrow or dated; activities or work regained; a
// drug stopped or reduced after the course; told in any sentence after the course while no other
// treatment is given. Written before the reading and committed failing. The first rows are engineer
// medication's (written 07:2x UTC from the guideline, /work/notes/cross21/table/results.by-medication.tsv),
// the rest this family's own; none is vignette or corpus wording. Must-not: another therapy's
// benefit, another region's, a course that did not help, a measure that got worse, "relaxed, sleeps
// better" with unchanged measures, a planned course, a benefit before the course began, another
// treatment given between.

/// Engineer medication's must-read rows.
@Test(
    arguments: [
        (
            "Chiropractic re-evaluation after the first six visits, measures initial / now: lumbar flexion 35 / 60 degrees, Oswestry 52% / 30%, sitting tolerance 15 / 45 minutes.",
            "Chiropractic manipulation 6 additional visits, lumbar spine"
        ),
        (
            "PT progress note: grip strength R 12 kg -> 24 kg; QuickDASH 61 -> 35 over eight visits.",
            "Physical therapy 6 additional visits, right wrist"
        ),
        (
            "Since completing the twelve aquatic therapy sessions Mr. Dale has gone back to mowing his own lawn and carrying groceries up the stairs, which he could not do when the therapy started.",
            "Aquatic therapy 8 additional sessions, lumbar spine"
        ),
        (
            "She finished the six-visit acupuncture trial on 09/30/2016. Since then she takes ibuprofen twice a week instead of three times a day, and she has stopped the cyclobenzaprine.",
            "Acupuncture 6 additional sessions, cervical spine"
        ),
        (
            "Per the physical therapy discharge summary, shoulder abduction is 150 degrees today (90 degrees at intake) and she can again reach the top shelf at work.",
            "Physical therapy 8 additional visits, right shoulder"
        ),
        (
            "\"After those therapy visits I went back to my regular route, lifting the forty-pound cases again,\" he said; before the therapy he had been on light duty.",
            "Physical therapy 6 additional visits, lumbar spine"
        ),
        (
            "During the 30-day H-wave home trial her log shows pain falling from 7/10 to 4/10 after each use, and she cut her Norco from four tablets a day to two.",
            "H-wave device purchase"
        ),
        (
            "Functional restoration program, week 2 report: lifting capacity improved from 10 lb to 25 lb and walking tolerance from 10 to 30 minutes; she has attended every session.",
            "Functional restoration program, 2 additional weeks"
        ),
    ] as [(String, String)])
func courseBenefitByAnotherEngineer(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") == "true")
}

/// Engineer medication's must-not rows.
@Test(
    arguments: [
        (
            "Acupuncture did little for her neck, but the eight chiropractic visits brought the Neck Disability Index from 40% to 22%.",
            "Acupuncture 6 additional sessions, cervical spine"
        ),
        (
            "He completed twelve physical therapy visits over the summer; lumbar flexion was 40 degrees before and 40 degrees after, and the Oswestry stayed at 48%.",
            "Physical therapy 8 additional visits, lumbar spine"
        ),
        (
            "After the six acupuncture sessions she says she feels more relaxed and sleeps a little better; her pain is still 6/10 and she still cannot sit more than 20 minutes, the same as before.",
            "Acupuncture 6 additional sessions, lumbar spine"
        ),
        (
            "The plan is six chiropractic visits; the goal is to raise lumbar flexion from 35 to 60 degrees and return him to full duty.",
            "Chiropractic manipulation 6 visits, lumbar spine"
        ),
    ] as [(String, String)])
func noCourseBenefitByAnotherEngineer(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") != "true")
}

/// This family's own must-read rows.
@Test(
    arguments: [

        (
            "She completed eight chiropractic treatments between 06/01/2016 and 07/15/2016. Lumbar flexion today is 60 degrees (35 degrees at the 05/27/2016 intake).",
            "Chiropractic manipulation 4 additional visits, lumbar spine"
        ),
        (
            "Six acupuncture sessions were done in October 2016. Oswestry 46% on 09/28/2016 and 24% on 11/02/2016.",
            "Acupuncture 6 additional sessions, lumbar spine"
        ),
        (
            "Aquatic therapy, 8 visits, finished last month. Walking tolerance 10 min -> 35 min; standing tolerance 5 min -> 20 min.",
            "Aquatic therapy 6 additional visits, lumbar spine"
        ),
        (
            "Since completing 12 physical therapy visits for the low back in August he has been back on the loading dock at full duty.",
            "Physical therapy 6 additional visits, lumbar spine"
        ),
        (
            "He finished the first two weeks of the functional restoration program on 10/14/2016. He has since stopped the Norco altogether and takes ibuprofen only on bad days.",
            "Functional restoration program, 2 additional weeks"
        ),
        (
            "Eight sessions of physical therapy for the neck were completed in September. Current medications: meloxicam 15 mg daily. Exam today: cervical rotation 70 degrees, up from 40 degrees at the start of therapy. NDI 20% (42% at intake).",
            "Physical therapy 6 additional visits, cervical spine"
        ),
        (
            "He underwent a right carpal tunnel release on 08/02/2016 and then had 8 postoperative occupational therapy visits. Discharge note, first visit / last visit: grip 12 / 25 kg, pinch 3 / 6 kg.",
            "Postoperative occupational therapy 4 visits, right hand"
        ),
    ] as [(String, String)])
func courseBenefitToldInAnyShape(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") == "true")
}

/// This family's own must-not rows.
@Test(
    arguments: [
        (
            "Twelve physical therapy visits for the right knee were completed; knee flexion improved from 90 to 125 degrees. The low back has not been treated.",
            "Physical therapy 6 visits, lumbar spine"
        ),
        (
            "Her Oswestry fell from 50% to 30% with rest and a home exercise program in 05/2016, before chiropractic started. After eight chiropractic visits in 07/2016 her Oswestry is 30%, unchanged.",
            "Chiropractic manipulation 6 additional visits, lumbar spine"
        ),
        (
            "After the six acupuncture treatments her neck disability index went from 30% to 44% and she stopped driving.",
            "Acupuncture 6 additional sessions, cervical spine"
        ),
        (
            "She finished 8 PT visits for the low back in August with no change. In September she had a lumbar epidural steroid injection; since then she is back to walking her dog and her Oswestry is 20%, down from 48%.",
            "Physical therapy 6 additional visits, lumbar spine"
        ),
    ] as [(String, String)])
func noBenefitOfAnotherCourseOrTime(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "prior_therapy_benefit") != "true")
}

/// A course named only by a re-evaluation ("Occupational therapy re-evaluation after 10 visits"):
/// the lexicon's `therapy_reevaluation` takes the words, so no course of the requested therapy is
/// named and its table's measures have no course to bear on. Unread, left (docs/facts.md).
@Test func courseNamedOnlyByItsReevaluation() {
    withKnownIssue("a therapy's re-evaluation names no course of the therapy") {
        #expect(
            value(
                requestFacts(
                    "Occupational therapy 6 additional visits, right wrist",
                    summary:
                        "Occupational therapy re-evaluation after 10 visits. Values at start of care / today: wrist extension 25 / 55 degrees; grip 8 / 19 kg; PRWE 71 / 38."
                ), "prior_therapy_benefit") == "true")
    }
}
