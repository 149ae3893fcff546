import IMRCore
import IMRFacts
import Testing

/// Benefit, side effects and relief of the requested drug in a clinician's other words: the same
/// meaning in inflections, abbreviations, other word orders, negation and hedging, and for which drug.
let drugWordingCases: [DrugScopeCase] = [
    // Pain bettered with words between the pain and the change ("his pain was much improved").
    .init(
        summary: "He reported that his pain was much improved with chiropractic care.", request: "Chiropractic treatment x6",
        fact: "pain_improved", value: .bool(true), evidence: "much improved"),
    .init(
        summary: "She takes Norco. Her pain is significantly better with Norco.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Norco. Her pain has been somewhat reduced since Norco.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Norco. Her pain has not improved with Norco.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "She takes Norco and gabapentin. Her pain is much better with Norco.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: nil),
    // Relief too small to count is no improvement.
    .init(
        summary: "She takes Norco. She reports minimal relief with Norco.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "She takes Lyrica. Lyrica has given her only slight relief.", request: "Lyrica 75mg #60", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "She takes Lyrica. Lyrica provides little pain relief.", request: "Lyrica 75mg #60", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "She takes Norco and Lyrica. Norco gives good relief; Lyrica gives minimal relief.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    // A relief range reads its lower bound, in any way of writing the range.
    .init(
        summary: "She takes Norco. Norco gives 50-60% relief.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(50)),
    .init(
        summary: "She takes Norco. She reports 50 to 60% relief with Norco.", request: "Norco 10/325 #60",
        fact: "pain_relief_percent", value: .number(50)),
    .init(
        summary: "She takes Norco. She reports 40%-50% pain relief with Norco.", request: "Norco 10/325 #60",
        fact: "pain_relief_percent", value: .number(40)),
    .init(
        summary: "She takes Norco. Norco reduces her pain by 30 – 40 percent.", request: "Norco 10/325 #60",
        fact: "pain_relief_percent", value: .number(30)),
    .init(
        summary: "She takes Norco. Norco gives 50% relief for 4-6 hours.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(50)),
    // Side effects in shorthand, present or absent, and whose.
    .init(
        summary: "She takes Norco. Denies SE.", request: "Norco 10/325 #60", fact: "adverse_effects_documented", value: .bool(true),
        evidence: "Denies SE"),
    .init(
        summary: "She takes Norco. No S/E with meds.", request: "Norco 10/325 #60", fact: "adverse_effects_documented",
        value: .bool(true)),
    .init(
        summary: "She takes Norco and Lyrica. Lyrica: no SEs reported.", request: "Lyrica 75mg #60",
        fact: "adverse_effects_documented", value: .bool(true)),
    .init(
        summary: "She takes Norco and Lyrica. Lyrica: no SEs reported.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: nil),
    .init(
        summary: "She takes Norco and gabapentin. She c/o constipation from Norco.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: .bool(true), evidence: "constipation"),
    .init(
        summary: "She takes Norco and gabapentin. She c/o constipation from Norco.", request: "Gabapentin 300mg #90",
        fact: "adverse_effects_documented", value: nil),
]

@Test(arguments: drugWordingCases)
func drugWording(_ example: DrugScopeCase) { expectDrugFact(example) }

/// A partial certification belongs to the treatment its part of the sentence names; one naming no
/// treatment stands for every request.
let partialCertificationCases: [DrugScopeCase] = [
    .init(
        summary: "The claims administrator denied a request for Norco, partially certified a request for Duragesic, denied Soma.",
        request: "Duragesic 75mcg patch #10", fact: "ur_partially_certified", value: .bool(true), evidence: "partially certified"),
    .init(
        summary: "The claims administrator denied a request for Norco, partially certified a request for Duragesic, denied Soma.",
        request: "Norco 10/325 #60", fact: "ur_partially_certified", value: .bool(false)),
    .init(
        summary: "UR 7/7/14: denied hydrocodone/APAP, partial cert fentanyl patch, denied carisoprodol.",
        request: "Duragesic 75mcg patch #10", fact: "ur_partially_certified", value: .bool(true)),
    .init(
        summary: "UR 7/7/14: denied hydrocodone/APAP, partial cert fentanyl patch, denied carisoprodol.", request: "Soma 350mg #45",
        fact: "ur_partially_certified", value: .bool(false)),
    .init(
        summary: "The requested physical therapy was modified as an initial set of visits is recommended.",
        request: "Six sessions of acupuncture", fact: "ur_partially_certified", value: .bool(false)),
    .init(
        summary: "The requested physical therapy was modified as an initial set of visits is recommended.",
        request: "Physical therapy x12 for the lumbar spine", fact: "ur_partially_certified", value: .bool(true)),
    .init(
        summary: "Utilization review modified the request to 6 visits.", request: "Acupuncture x12", fact: "ur_partially_certified",
        value: .bool(true)),
    .init(
        summary: "Norco was modified to #60 for weaning.", request: "Hydrocodone/APAP 10/325 #120", fact: "ur_partially_certified",
        value: .bool(true)),
    .init(
        summary: "The request was not partially certified.", request: "Norco 10/325 #60", fact: "ur_partially_certified",
        value: .bool(false)),
]

@Test(arguments: partialCertificationCases)
func partialCertificationBelongsToItsTreatment(_ example: DrugScopeCase) { expectDrugFact(example) }

/// A capacity tied to a treatment is its functional benefit; a capacity alone is no change.
let capacityCases: [DrugScopeCase] = [
    .init(
        summary: "She takes Norco and Soma. Since starting Norco she can tolerate sitting for 30 minutes.", request: "Norco 10/325 #60",
        fact: "functional_improvement", value: .bool(true), evidence: "since starting Norco"),
    .init(
        summary: "She takes Norco and Soma. Since starting Norco she can tolerate sitting for 30 minutes.", request: "Soma 350mg #30",
        fact: "functional_improvement", value: nil),
    .init(
        summary: "She takes gabapentin. Since beginning gabapentin he is able to sleep through the night.",
        request: "Gabapentin 300mg #90", fact: "functional_improvement", value: .bool(true)),
    .init(
        summary: "She takes Norco. With medications she is able to do housework.", request: "Norco 10/325 #60",
        fact: "functional_improvement", value: .bool(true)),
    .init(
        summary: "She takes Norco. With medication she can sit for 30 minutes.", request: "Norco 10/325 #60",
        fact: "functional_improvement", value: .bool(true)),
    .init(
        summary: "She takes Norco. With Norco her pain goes from 8/10 to 4/10 and she can walk further.", request: "Norco 10/325 #60",
        fact: "functional_improvement", value: .bool(true)),
    .init(
        summary: "She takes Norco. Since starting Norco she cannot sit for more than 10 minutes.", request: "Norco 10/325 #60",
        fact: "functional_improvement", value: nil),
    .init(
        summary: "She takes Norco. She can tolerate sitting for 10 minutes.", request: "Norco 10/325 #60", fact: "functional_improvement",
        value: nil),
]

@Test(arguments: capacityCases)
func aCapacityTiedToATreatmentIsItsBenefit(_ example: DrugScopeCase) { expectDrugFact(example) }

/// A patch's morphine-equivalent dose is its strength an hour times the product's factor
/// (`mme_factor_per_mcg_hour`); a transmucosal fentanyl has none listed.
@Test(arguments: [
    ("Duragesic 75mcg patch #10", "He uses Duragesic.", "morphine_equivalent_dose", 180.0),
    ("Fentanyl 25 mcg/hr patch #10", "He uses a fentanyl patch.", "morphine_equivalent_dose", 60),
    (
        "Norco 10/325mg #120 four times a day", "He uses Duragesic 50 mcg/hr patches every 72 hours and Norco 10/325 mg four times a day.",
        "total_morphine_equivalent_dose", 160
    ),
])
func aPatchDoseIsItsStrengthAnHour(_ request: String, _ summary: String, _ fact: String, _ dose: Double) {
    #expect(requestFacts(request, summary: summary)[fact]?.value == .number(dose))
}

@Test func aTransmucosalFentanylHasNoPatchFactor() {
    #expect(requestFacts("Fentora 100mcg #30", summary: "He uses Fentora.")["morphine_equivalent_dose"] == nil)
}

/// Pain with and without the medications, in shorthand and in other orders: the relief of a drug
/// taken already when nothing is said of its own relief.
let withWithoutCases: [DrugScopeCase] = [
    .init(
        summary: "She takes Norco. Pain 10/10 w/o meds vs 5/10 w/ meds.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(50), evidence: "w/o meds"),
    .init(
        summary: "She takes Norco. Pain 10/10 w/o meds vs 5/10 w/ meds.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(true)),
    .init(
        summary: "She takes Norco. 10/10 pain was reported without medications versus 5/10 with medications.",
        request: "Norco 10/325 #60", fact: "pain_relief_percent", value: .number(50)),
    .init(
        summary: "She takes Norco. Pain w/o meds 8/10, w/ meds 4/10.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(50)),
    .init(
        summary: "She takes Norco. VAS 7 without and 3 with medication.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(57.1)),
    .init(
        summary: "She takes Norco. VAS 7 without and 3 with medication.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(true)),
    .init(
        summary: "She takes Norco. Her pain is 8 w/o meds and 4 w/ meds.", request: "Norco 10/325 #60", fact: "pain_relief_percent",
        value: .number(50)),
    // Not a drug taken already, or its own relief stated: the medications in general do not speak for it.
    .init(
        summary: "Current medications include Norco. The physician will start Lyrica. Pain 8/10 w/o meds, 4/10 w/ meds.",
        request: "Lyrica 75mg #60", fact: "pain_relief_percent", value: nil),
    .init(
        summary: "She takes Norco and gabapentin. Gabapentin gives no relief. Pain 8/10 without meds and 4/10 with meds.",
        request: "Gabapentin 300mg #90", fact: "pain_relief_percent", value: nil),
    // One "without" alone compares nothing.
    .init(
        summary: "She takes Norco. Pain 8/10 w/o meds today and 6/10 last week.", request: "Norco 10/325 #60",
        fact: "pain_relief_percent", value: nil),
]

@Test(arguments: withWithoutCases)
func painWithAndWithoutTheMedications(_ example: DrugScopeCase) { expectDrugFact(example) }

/// A statement whose predicate is left out takes the one said before it, for its own drug.
let ellipticalCases: [DrugScopeCase] = [
    .init(
        summary: "She takes Norco and gabapentin. Norco helps; gabapentin has not.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: .bool(false), evidence: "gabapentin has not"),
    .init(
        summary: "She takes Norco and gabapentin. Norco helps; gabapentin has not.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Norco and Lyrica. Norco helps but the Lyrica does not.", request: "Lyrica 75mg #60", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "She takes Norco and Lyrica. Norco helps but the Lyrica does not.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(true)),
    .init(
        summary: "She takes Norco and Lyrica. Norco helps. Lyrica doesn't.", request: "Lyrica 75mg #60", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "She takes Norco and gabapentin. Gabapentin has not helped; Norco has.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Norco and Soma. Norco allows her to do household chores; Soma does not.", request: "Soma 350mg #30",
        fact: "functional_improvement", value: .bool(false)),
    .init(
        summary: "She was prescribed Tramadol and Flexeril, neither of which helped.", request: "Tramadol 50mg #60",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She was prescribed Tramadol and Flexeril, neither of which helped.", request: "Flexeril 10mg #60",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She was prescribed Tramadol and Flexeril, both of which helped.", request: "Flexeril 10mg #60",
        fact: "pain_improved", value: .bool(true)),
    // A drug named with more words after it is no ellipsis.
    .init(
        summary: "She takes Norco and gabapentin. Norco helps; gabapentin is taken at night.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: nil),
]

@Test(arguments: ellipticalCases)
func anEllipticalStatementTakesThePredicateBeforeIt(_ example: DrugScopeCase) { expectDrugFact(example) }
