import IMRCore
import IMRFacts
import Testing

/// Benefit, side effects and duration of the requested drug as clinicians write them: the drug by
/// brand, generic or abbreviation, a pronoun or a relative "which" for it, the benefit named before
/// the drug, hedges, denials and failed trials, two drugs with opposite effects in one sentence, and
/// a benefit that has passed.
let drugStatementWordingCases: [DrugScopeCase] = [
    // Brand, generic or abbreviation in the summary, whichever the request uses.
    .init(
        summary: "She takes Norco and gabapentin. Hydrocodone/APAP helps; gabapentin has not helped.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes hydrocodone/APAP and Neurontin. Neurontin has not helped. HCP helps her pain.",
        request: "Gabapentin 300mg #90", fact: "pain_improved", value: .bool(false), evidence: "Neurontin has not helped"),
    .init(
        summary: "She takes hydrocodone/APAP and Neurontin. Neurontin has not helped. HCP helps her pain.",
        request: "Hydrocodone/APAP 10/325 #60", fact: "pain_improved", value: .bool(true), evidence: "HCP helps"),
    .init(
        summary: "She takes Norco and gabapentin. Gabapentin has not helped. Norco helps.", request: "Neurontin 300mg #90",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She takes Vicodin and Lyrica. Pregabalin has not helped. Vicodin helps.", request: "Lyrica 75mg #60",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She takes Cymbalta and Norco. Duloxetine has helped her pain.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: nil),
    // A relative "which" stands for the drug listed right before it, and takes the predicate left out.
    .init(
        summary: "She takes Norco, which helps her pain, and gabapentin, which does not.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She takes Norco, which helps her pain, and gabapentin, which does not.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She has failed gabapentin. She takes Norco which helps.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(true)),
    // A relative "which" right after a treatment that is not a drug stands for the treatment (a
    // clinician reads the help as the therapy's), and so does a part of a clause about no drug
    // that names one before the statement: neither is the drug's benefit.
    .init(
        summary: "She takes Norco. She had physical therapy, which helped.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: nil),
    .init(
        summary: "She takes Norco and gabapentin. She had physical therapy, which helped.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: nil),
    .init(
        summary: "She takes Norco after physical therapy, which helps.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: nil),
    .init(
        summary: "She takes Norco; the knee brace has not helped.", request: "Norco 10/325 #60", fact: "pain_improved", value: nil),
    .init(
        summary: "She takes Norco. She had physical therapy, which helped. Norco also helps.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Norco. Her pain has improved.", request: "Norco 10/325 #60", fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "She takes Norco, which helps.", request: "Norco 10/325 #60", fact: "pain_improved", value: .bool(true)),
    // The benefit named before the drug.
    .init(
        summary: "She reports good relief from Norco but no benefit from gabapentin.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "Significant pain relief was noted with Norco; no relief with gabapentin.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true)),
    .init(
        summary: "There has been no improvement with gabapentin. She takes Norco with benefit.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: .bool(false), evidence: "no improvement with gabapentin"),
    .init(
        summary: "There has been no improvement with gabapentin. She takes Norco with benefit.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(true), evidence: "with benefit"),
    // Hedged: decides nothing.
    .init(summary: "She takes gabapentin, which seems to help.", request: "Gabapentin 300mg #90", fact: "pain_improved", value: nil),
    .init(
        summary: "She takes gabapentin. It is unclear whether gabapentin has helped.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: nil),
    .init(
        summary: "She takes gabapentin. Gabapentin possibly helps.", request: "Gabapentin 300mg #90", fact: "pain_improved", value: nil),
    // Denied, or a trial that failed, for that drug only.
    .init(
        summary: "She takes Norco. Gabapentin failed.", request: "Gabapentin 300mg #90", fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She has failed gabapentin. She takes Norco which helps.", request: "Gabapentin 300mg #90", fact: "pain_improved",
        value: .bool(false), evidence: "failed gabapentin"),
    .init(
        summary: "She has failed trials of Lyrica and Cymbalta. Norco helps.", request: "Cymbalta 60mg #30", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "Neurontin was tried and failed. Norco helps.", request: "Gabapentin 300mg #90", fact: "pain_improved",
        value: .bool(false)),
    .init(
        summary: "She has taken Norco for years, and her back surgery failed.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: nil),
    .init(
        summary: "Gabapentin was ineffective. Norco is effective.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(true)),
    .init(
        summary: "Gabapentin did not provide relief.", request: "Gabapentin 300mg #90", fact: "pain_improved", value: .bool(false)),
    // Two drugs in one sentence with opposite effects.
    .init(
        summary: "Norco helps but gabapentin does not help.", request: "Gabapentin 300mg #90", fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "Gabapentin has not helped, whereas Norco reduces her pain by 50%.", request: "Norco 10/325 #60",
        fact: "pain_relief_percent", value: .number(50)),
    .init(
        summary: "Gabapentin has not helped, whereas Norco reduces her pain by 50%.", request: "Gabapentin 300mg #90",
        fact: "pain_relief_percent", value: nil),
    // A benefit that has passed says nothing of the benefit now; its denial does.
    .init(
        summary: "She takes gabapentin. Gabapentin helped initially but no longer helps.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She takes gabapentin. Gabapentin was helpful at first; it is no longer helping.", request: "Gabapentin 300mg #90",
        fact: "pain_improved", value: .bool(false)),
    .init(
        summary: "She takes Norco. Norco previously helped but no longer provides relief.", request: "Norco 10/325 #60",
        fact: "pain_improved", value: .bool(false)),
    .init(summary: "She takes Norco. Norco used to help.", request: "Norco 10/325 #60", fact: "pain_improved", value: nil),
    .init(
        summary: "She takes Norco. Norco did not help at first but now helps.", request: "Norco 10/325 #60", fact: "pain_improved",
        value: .bool(true)),
    // Side effects of the drug the clause names.
    .init(
        summary: "She takes Norco and Neurontin. Neurontin makes her dizzy.", request: "Gabapentin 300mg #90",
        fact: "adverse_effects_documented", value: .bool(true)),
    .init(
        summary: "She takes Norco and Neurontin. Neurontin makes her dizzy.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: nil),
    .init(
        summary: "She takes Norco and gabapentin. She has constipation from the hydrocodone.", request: "Gabapentin 300mg #90",
        fact: "adverse_effects_documented", value: nil),
    .init(
        summary: "She takes Norco and gabapentin. She denies side effects with gabapentin.", request: "Norco 10/325 #60",
        fact: "adverse_effects_documented", value: nil),
    .init(
        summary: "She takes gabapentin. It makes her sleepy.", request: "Gabapentin 300mg #90", fact: "adverse_effects_documented",
        value: .bool(true), evidence: "sleepy"),
    // Duration of the drug its part of the clause names, by any of its names.
    .init(
        summary: "She has taken Neurontin for 6 months and Norco for 2 years.", request: "Gabapentin 300mg #90", fact: "use_duration",
        value: .days(180)),
    .init(
        summary: "She has taken Neurontin for 6 months and Norco for 2 years.", request: "Norco 10/325 #60", fact: "use_duration",
        value: .days(730)),
    .init(
        summary: "She started gabapentin 3 months ago. Norco has been used for years.", request: "Gabapentin 300mg #90",
        fact: "use_duration", value: .days(90)),
]

/// Whether the requested drug is taken already: a stop only planned, a drug replaced, a dose given
/// once, a first prescription for after a surgery.
let alreadyUsingCases: [DrugScopeCase] = [
    .init(
        summary: "The patient was to stop AneCream and continue with Salonpas.", request: "Anecream cream 4% #30", fact: "already_using",
        value: .bool(true)),
    .init(
        summary: "Current medications included Naproxen and Omeprazole. Omeprazole was changed to Pantoprazole due to epigastric pain.",
        request: "Omeprazole 20mg #60", fact: "already_using", value: .bool(false)),
    .init(
        summary: "Current medications included Naproxen and Omeprazole. Omeprazole was changed to Pantoprazole due to epigastric pain.",
        request: "Pantoprazole 40mg #60", fact: "already_using", value: .bool(true)),
    .init(
        summary: "Treatment to date has included a Toradol injection. She takes nabumetone.", request: "Toradol 10mg #20",
        fact: "already_using", value: .bool(false)),
    .init(
        summary: "She will undergo a right knee arthroscopy.", request: "Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs",
        fact: "already_using", value: .bool(false)),
    .init(summary: "She will undergo a right knee arthroscopy.", request: "Norco 5/325mg #60", fact: "already_using", value: nil),
    .init(
        summary: "She has taken Norco since her injury. She will undergo a right knee arthroscopy.", request: "Post-op Norco 5/325mg #60",
        fact: "already_using", value: .bool(true)),
    // Named in the plan with nothing started, and its class in the treatment history: renewed.
    .init(
        summary: "Treatment so far: opioids; muscle relaxants; sleep aids. P: fentanyl, zolpidem and baclofen endorsed.",
        request: "Ambien 10mg #30", fact: "already_using", value: .bool(true)),
    .init(
        summary: "Treatment to date has included opioids and sleep aids. Plan: start zolpidem 10 mg at bedtime.",
        request: "Ambien 10mg #30", fact: "already_using", value: .bool(false)),
    .init(
        summary: "Treatment to date has included opioids. Plan: zolpidem 10 mg at bedtime.", request: "Ambien 10mg #30",
        fact: "already_using", value: .bool(false)),
    // The drugs taken said not to be known: a drug only planned, or absent, is not documented as new.
    .init(
        summary: "The current medication regimen was not provided. Ultram 50 mg and naproxen were recommended.",
        request: "Ultram 50mg #30", fact: "already_using", value: nil),
    .init(
        summary: "She takes gabapentin. Her medication list was not available. Norco was requested.", request: "Norco 10/325 #60",
        fact: "already_using", value: nil),
    .init(
        summary: "The current medication regimen was not provided. Start Ultram 50 mg twice a day.", request: "Ultram 50mg #30",
        fact: "already_using", value: .bool(false)),
    .init(
        summary: "Her medication list was not available. She takes Norco 10/325 mg daily.", request: "Norco 10/325 #60",
        fact: "already_using", value: .bool(true)),
]

/// Adverse effects of the requested drug that cannot be borne or are severe (CPMTG p. 79, 2016
/// Opioid guideline §3.3.9 (c)): in a statement about the drug, by name, pronoun or class, or about
/// the medications for a drug taken already; not another drug's, not an unscoped one, not a pain
/// called intolerable; denied, false.
let intolerableEffectCases: [DrugScopeCase] = [
    .init(
        summary: "She takes Norco 10/325 mg. Norco causes intolerable constipation.", request: "Norco 10/325 #60",
        fact: "adverse_effects_intolerable", value: .bool(true), evidence: "Norco causes intolerable constipation"),
    .init(
        summary: "She takes tramadol and naproxen. She could not tolerate the tramadol because of nausea.", request: "Tramadol 50mg #60",
        fact: "adverse_effects_intolerable", value: .bool(true)),
    .init(
        summary: "She takes gabapentin, which was poorly tolerated.", request: "Gabapentin 300mg #90", fact: "adverse_effects_intolerable",
        value: .bool(true)),
    .init(
        summary: "She takes Percocet. She reports severe sedation with it.", request: "Percocet 10/325 #60",
        fact: "adverse_effects_intolerable", value: .bool(true)),
    .init(
        summary: "She takes her medications with intolerable side effects.", request: "Norco 10/325 #60",
        fact: "adverse_effects_intolerable",
        value: nil),
    .init(
        summary: "She takes Norco and Lyrica. She could not tolerate Lyrica.", request: "Norco 10/325 #60",
        fact: "adverse_effects_intolerable",
        value: nil),
    .init(
        summary: "She takes Norco and Lyrica. She could not tolerate Lyrica.", request: "Lyrica 75mg #60",
        fact: "adverse_effects_intolerable",
        value: .bool(true)),
    .init(
        summary: "She takes Norco. Her back pain is intolerable.", request: "Norco 10/325 #60", fact: "adverse_effects_intolerable",
        value: nil),
    .init(
        summary: "She takes Norco. She has intolerable nausea from her gastritis.", request: "Norco 10/325 #60",
        fact: "adverse_effects_intolerable", value: nil),
    .init(
        summary: "She takes Norco without intolerable side effects.", request: "Norco 10/325 #60", fact: "adverse_effects_intolerable",
        value: .bool(false)),
]

@Test(arguments: intolerableEffectCases)
func intolerableEffects(_ example: DrugScopeCase) { expectDrugFact(example) }

@Test(arguments: alreadyUsingCases)
func alreadyUsing(_ example: DrugScopeCase) { expectDrugFact(example) }

@Test(arguments: drugStatementWordingCases)
func drugStatementWording(_ example: DrugScopeCase) { expectDrugFact(example) }
