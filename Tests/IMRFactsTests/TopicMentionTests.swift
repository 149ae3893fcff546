import IMRVocabulary
import Testing

/// Topic mentions (`topic` entries of `Rules/lexicon/topics.cues`, ``FactSet/mentions``): where a
/// request leaves a fact not documented, the first word of its topic the summary writes where it
/// asserts. Must-flag rows: the topic told in words no reader reads, in several voices (a device's
/// trial, a psychologist seen, a drug's stomach upset, an injection told by its drug, abbreviations,
/// sleep in a note's shorthand). Must-not-flag rows: the topic only in a question, a condition, a
/// plan, a sentence saying the record lacks it, one restating the review, another body part, or a
/// fact documented.
@Suite struct TopicMentionTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var summary: String
        var request: String
        var fact: String
        var expected: String?
        var testDescription: String { "\(fact): \(summary)" }
    }

    static let mustFlag: [Row] = [
        Row(
            summary: "Patient reports the TENS unit at home made a difference over the month she used it.", request: "TENS unit purchase",
            fact: "device_trial_pain", expected: "TENS"),
        Row(
            summary: "He has been seen by a psychologist twice and was felt to be an appropriate candidate.",
            request: "Functional restoration program x 80 hours", fact: "psychological_clearance", expected: "psychologist"),
        Row(
            summary: "Naproxen upset her stomach in 2015, so she takes omeprazole daily.", request: "Naproxen 550mg #60", fact: "gi_risk",
            expected: "stomach"),
        Row(
            summary: "Cortisone was put into the knee last fall with several weeks of benefit.", request: "Right knee cortisone injection",
            fact: "injection_given", expected: "Cortisone"),
        Row(summary: "Pt had 2 ESIs w/ Kenalog in 2015.", request: "Lumbar ESI L4-5", fact: "injection_given", expected: "ESIs"),
        Row(summary: "Sleeps 4 hrs a night due to pain.", request: "Ambien 10mg #30", fact: "insomnia", expected: "Sleeps"),
        Row(
            summary: "Right knee: Kenalog 40 mg in 5/2016, helped a month.", request: "Right knee cortisone injection",
            fact: "injection_given", expected: "Kenalog"),
    ]

    static let mustNotFlag: [Row] = [
        Row(summary: "Would the patient benefit from a TENS unit trial?", request: "TENS unit purchase", fact: "device_trial_pain"),
        Row(summary: "If her pain flares again, we will consider an epidural.", request: "Lumbar ESI L4-5", fact: "acute_exacerbation"),
        Row(summary: "Plan: TENS unit trial at home for 30 days.", request: "TENS unit purchase", fact: "device_trial_pain"),
        Row(
            summary: "There is no documentation of functional improvement with the medication.", request: "Norco 10/325 #90",
            fact: "functional_improvement"),
        Row(
            summary: "Utilization review noted the request for work hardening was not supported.", request: "Work hardening x 10 visits",
            fact: "rehabilitation_program_completed"),
        Row(summary: "The right wrist fracture healed in 2015.", request: "MRI left knee", fact: "limb_red_flags"),
        Row(
            summary: "She had a cortisone injection in the right shoulder last year.", request: "Right knee cortisone injection",
            fact: "injection_given"),
        Row(
            summary: "Left shoulder: Kenalog 40 mg in 5/2016, helped a month.", request: "Right knee cortisone injection",
            fact: "injection_given"),
        Row(summary: "Her CURES report from October showed a single prescriber.", request: "Norco 10/325 #90", fact: "cures_checked"),
    ]

    @Test(arguments: mustFlag + mustNotFlag)
    func theFirstTopicWordOfAFactLeftSilentIsMentioned(_ row: Row) {
        expectTopicMention(row.summary, row.request, row.fact, row.expected)
    }
}
