import Testing

@testable import IMRLetters

// A table in a letter's summary (``TextNormalizer``): its lines keep their line breaks and its runs
// of blanks are written as one tab, so that its rows and cells stay apart; a wrapped prose line is
// joined with one space as before, a run of blanks after a sentence's end included, and a lone
// line with a wide gap is no table.

@Test(
    arguments: [
        // (summary as written, the summary as normalised)
        (
            "PT discharge 11/15/2016.\nMeasure            Initial    Discharge    Goal\n  Knee flexion     85         118          130\n  LEFS             29         52           65\nBack to modified work.",
            "PT discharge 11/15/2016.\nMeasure\tInitial\tDischarge\tGoal\nKnee flexion\t85\t118\t130\nLEFS\t29\t52\t65\nBack to modified work."
        ),
        (
            "Discharge medications:\n| Naproxen 500 mg | STOPPED | kidney function fell |\n| Acetaminophen 500 mg | NEW | 2 tablets every 8 hours |\nFollow-up in 1 week.",
            "Discharge medications:\n| Naproxen 500 mg | STOPPED | kidney function fell |\n| Acetaminophen 500 mg | NEW | 2 tablets every 8 hours |\nFollow-up in 1 week."
        ),
        // Bars inside lines of single spaces (lines the normaliser copies as they are).
        (
            "Visit | Pain | Walking\n11/01/2016 | 7/10 | 10 min\n12/01/2016 | 4/10 | 30 min\nShe is better.",
            "Visit | Pain | Walking\n11/01/2016 | 7/10 | 10 min\n12/01/2016 | 4/10 | 30 min\nShe is better."
        ),
        // Not a table: prose wrapped over lines, spaces after a full stop, one line with a gap, one
        // line with a bar.
        (
            "Pain 7/10 | walking 10 min\nshe is better.",
            "Pain 7/10 | walking 10 min she is better."
        ),
        (
            "She used her right hand to break her fall.   On 12/01/16\nshe was seen in the clinic.",
            "She used her right hand to break her fall. On 12/01/16 she was seen in the clinic."
        ),
        (
            "Work status:     modified duty\nno lifting over 20 lb.",
            "Work status: modified duty no lifting over 20 lb."
        ),
    ])
func tableLinesKeepTheirRowsAndCells(_ summary: String, _ expected: String) throws {
    let letter = try TestSupport.parse(
        TestSupport.compactLetter(items: "Norco 10/325mg #60:  Upheld\n\n\(TestSupport.truthLines())", summary: summary))
    #expect(letter.input.summary.text.hasSuffix(expected))
}
