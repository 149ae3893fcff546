import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// The effects of a drug taken reviewed in terse and clinical shapes (CPMTG 2009 "On-going
// management", pp. 76-80, the third A: "ongoing review and documentation of ... side effects";
// `adverse_effects_documented`): an examination's finding of no sedation, effects denied in a
// slash list or over two short sentences, a present effect managed with its remedy (a laxative,
// an antiemetic), "no AEs", "SE: none". Not: a bare "NAD", an examination with no drug effect
// named, a review of systems (ROS) unrelated to the drug, an injury's symptoms.
//
// The first table's rows were written by engineer surgery (twenty-third session,
// /work/notes/cross23/table/medication.by-surgery.tsv) before this reader changed; the second's are
// this engineer's own.

/// A row: the summary and the drug requested.
struct EffectRow: CustomTestStringConvertible, Sendable {
    var summary: String
    var request: String
    var testDescription: String { summary }
}

/// Whether `summary` documents the side effects of the drug `row` requests.
private func documented(_ row: EffectRow) -> Bool {
    requestFacts(row.request, summary: row.summary)["adverse_effects_documented"]?.value == .bool(true)
}

@Suite struct AdverseEffectTerseTests {
    @Test(
        arguments: [
            EffectRow(
                summary:
                    "Mr. Okafor is seen for his chronic low back pain on tramadol ER 100 mg each morning. He reports the pain at 4/10 on it and 7/10 when a dose is late. On review he has had no dizziness, constipation or daytime sleepiness with it. He still walks to the corner store and back. Plan: continue tramadol, recheck in one month.",
                request: "Tramadol ER 100 mg #30"),
            EffectRow(
                summary:
                    "She takes Norco 10/325 three times a day for the neck. Bowels have been sluggish since she started it, so she takes docusate at night and that has kept her regular. Cervical rotation is 50 degrees each way. We will refill the Norco at the same dose.",
                request: "Hydrocodone/APAP 10/325 mg #90"),
        ])
    func anotherEngineersRowsAreRead(_ row: EffectRow) {
        #expect(documented(row), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            EffectRow(
                summary:
                    "Exam: NAD, alert and oriented. Lumbar flexion 40 degrees with pain, straight leg raise negative. She continues Norco 10/325 three times a day. Follow up in four weeks.",
                request: "Hydrocodone/APAP 10/325 mg #90")
        ])
    func anotherEngineersMustNotRowsAreNotRead(_ row: EffectRow) {
        #expect(!documented(row), "read: \(row.summary)")
    }

    @Test(
        arguments: [
            EffectRow(
                summary:
                    "She has been on Norco 10/325 mg three times a day since 2014. Pain 7/10. On exam NAD, no signs of sedation. Plan: continue.",
                request: "Norco 10/325mg #90"),
            EffectRow(
                summary: "Tramadol ER 150 mg daily for the knee for a year. He denies constipation/nausea/drowsiness. Walks 20 minutes.",
                request: "Tramadol ER 150mg #30"),
            EffectRow(
                summary: "Oxycodone 10 mg four times a day continues. Tolerating without side effects. UDS 3/2016 consistent.",
                request: "Oxycodone 10mg #120"),
            EffectRow(summary: "Meds: Norco 10/325 bid, no AEs. Pain 6/10 with meds. Back to gardening.", request: "Norco 10/325mg #60"),
            EffectRow(summary: "Current medications: tramadol 50 mg tid. SE: none. CURES reviewed.", request: "Tramadol 50mg #90"),
            EffectRow(
                summary:
                    "She continues Norco 10/325 mg four times daily. Mild constipation managed with senna. Pain 8/10 without, 5/10 with.",
                request: "Norco 10/325mg #120"),
            EffectRow(summary: "Norco 10/325 mg tid since 2013. No constipation. No sedation.", request: "Norco 10/325mg #90"),
            EffectRow(
                summary: "He takes oxycodone 15 mg tid. Constipation is controlled with docusate and MiraLAX. Pain 5/10 on the medication.",
                request: "Oxycodone 15mg #90"),
            EffectRow(
                summary: "Nucynta 50 mg tid, started 6 months ago. AE: none reported. Sleeps better.", request: "Nucynta 50mg #90"),
            EffectRow(
                summary: "Butrans patch 10 mcg/hr weekly for 6 months. Patient tolerates the patch well with no GI upset or drowsiness.",
                request: "Butrans 10mcg/hr #4"),
            EffectRow(
                summary: "Tramadol 50 mg three times daily since 02/2016. Medication side effects: denies. She is doing her own shopping.",
                request: "Tramadol 50mg #90"),
            EffectRow(
                summary: "On hydrocodone 10/325 three times daily. Denies SE. Alert and oriented, not sedated.",
                request: "Hydrocodone 10/325mg #90"),
        ])
    func terseReviewsAreRead(_ row: EffectRow) {
        #expect(documented(row), "not read: \(row.summary)")
    }

    @Test(
        arguments: [
            EffectRow(
                summary:
                    "She has been on Norco 10/325 mg three times a day since 2014. Pain 7/10. Exam: NAD. Lumbar tenderness.",
                request: "Norco 10/325mg #90"),
            EffectRow(
                summary:
                    "Norco 10/325 mg tid since 2014. ROS: negative for fever, chills, nausea, vomiting, chest pain or shortness of breath. Lumbar flexion 40 degrees.",
                request: "Norco 10/325mg #90"),
            EffectRow(
                summary:
                    "Tramadol 50 mg bid. Review of systems: no headache, no dizziness, no nausea, no abdominal pain. Knee effusion small.",
                request: "Tramadol 50mg #60"),
            EffectRow(
                summary: "Tramadol 50 mg tid for the knee. General: well-appearing, in no acute distress.", request: "Tramadol 50mg #90"),
            EffectRow(
                summary:
                    "Norco 10/325 mg three times a day since the fall in 2015. He reports dizziness and nausea since the head injury; ROS otherwise negative. CT head 2015 normal.",
                request: "Norco 10/325mg #90"),
        ])
    func noReviewOfTheDrugIsRead(_ row: EffectRow) {
        #expect(!documented(row), "read: \(row.summary)")
    }
}
