import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A drug only planned was not tried; a part of the amount certified is a partial certification.

/// A first-line neuropathic drug (an antidepressant, an anticonvulsant) named only in the plan ("The
/// treatment plan included nortriptyline") was not tried; one taken, stopped or continued was, and a
/// plan in another clause of the sentence does not reach it.
@Test(
    arguments: [
        // (summary, first_line_failed; nil = not documented)
        ("The treatment plan included nortriptyline and meloxicam.", nil),
        ("P: start gabapentin 300 mg, naproxen 500 mg.", nil),
        ("Plan: oral suspension meds, topical compounds, Wellbutrin, Flexeril, Effexor; PT.", nil),
        ("Lyrica was recommended.", nil),
        ("The plan was nortriptyline and meloxicam, to stop AneCream and to continue Salonpas.", nil),
        ("She takes gabapentin and naproxen.", true),
        ("Gabapentin was stopped for dizziness; ibuprofen did not help.", true),
        ("The treatment plan included continuing gabapentin and naproxen.", true),
        ("The physician recommended that she stop amitriptyline.", true),
        ("Meds: gabapentin, Norco; Lidoderm requested.", true),
    ] as [(String, Bool?)])
func aFirstLineDrugOnlyPlannedWasNotTried(_ summary: String, _ firstLine: Bool?) {
    let facts = requestFacts("Lidoderm 5% patch #30", summary: summary)
    #expect(facts["first_line_failed"]?.value == firstLine.map { FactValue.bool($0) })
}

/// First-line therapy for neuropathic pain is a tricyclic or SNRI antidepressant or an anti-epilepsy
/// drug (CPMTG pp. 13-22, 56-57), or antidepressants named as a class (p. 111); an SSRI (p. 107),
/// bupropion (third-line, p. 16) or trazodone is not a trial of it.
@Test(
    arguments: [
        // (summary, first_line_failed; nil = not documented)
        ("She takes sertraline and Norco.", nil),
        ("She has tried Prozac and Celexa without relief.", nil),
        ("SSRIs were tried.", nil),
        ("She takes Wellbutrin and trazodone.", nil),
        ("She takes amitriptyline at night.", true),
        ("Cymbalta did not help.", true),
        ("Tricyclics were not tolerated.", true),
        ("She has failed antidepressants.", true),
        ("She takes Topamax.", true),
    ] as [(String, Bool?)])
func aFirstLineTrialIsATricyclicSNRIOrAnticonvulsant(_ summary: String, _ firstLine: Bool?) {
    let facts = requestFacts("Lidoderm 5% patch #30", summary: summary)
    #expect(facts["first_line_failed"]?.value == firstLine.map { FactValue.bool($0) })
}

/// UR certifying a part of the amount ("certified 60 of the 90 tablets", "approved 7 days of the
/// rental", "authorized 6 out of 12 sessions") partially certified the request.
@Test(arguments: [
    // (summary, request, ur_partially_certified)
    ("Utilization review certified 60 of the 90 tablets.", "Norco 10/325 #90", true),
    ("Utilization review certified 7 days of the rental.", "TENS unit rental 30 days", true),
    ("UR authorized 6 out of 12 sessions.", "Physical therapy 2x6", true),
    ("Utilization review certified the request.", "Norco 10/325 #90", false),
])
func aPartOfTheAmountCertifiedIsPartial(_ summary: String, _ request: String, _ partial: Bool) {
    #expect(requestFacts(request, summary: summary)["ur_partially_certified"]?.value == .bool(partial))
}

/// Topical analgesics ask "trials of antidepressants and anticonvulsants" (CPMTG p. 111): each class
/// tried is read apart, as `first_line_failed` reads a trial (an SSRI, bupropion or a drug only
/// planned is not one).
@Test(
    arguments: [
        // (summary, antidepressant_tried, anticonvulsant_tried; nil = not documented)
        ("She tried gabapentin and amitriptyline without relief.", true, true),
        ("Lyrica did not help; Cymbalta was stopped for nausea.", true, true),
        ("She takes gabapentin and naproxen.", nil, true),
        ("Nortriptyline helped a little.", true, nil),
        ("She has failed antidepressants.", true, nil),
        ("She takes sertraline and Topamax.", nil, true),
        ("She takes Wellbutrin.", nil, nil),
        ("Plan: start duloxetine and gabapentin.", nil, nil),
    ] as [(String, Bool?, Bool?)])
func eachFirstLineClassTriedIsReadApart(_ summary: String, _ antidepressant: Bool?, _ anticonvulsant: Bool?) {
    let facts = requestFacts("Ketamine 10% cream 120 g", summary: summary)
    #expect(facts["antidepressant_tried"]?.value == antidepressant.map { FactValue.bool($0) })
    #expect(facts["anticonvulsant_tried"]?.value == anticonvulsant.map { FactValue.bool($0) })
}
