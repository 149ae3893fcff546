import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// Conservative care's result told as a list closed by its result, or as a verb of settling denied
// (conservative_care_failed; CPMTG and ACOEM: conservative care fails before injections, surgery or a
// program): an abbreviated list ("S/p PT x12, HEP daily, naproxen 500 BID x3 mo") closed by its result
// after a colon or a dash; "had not settled the leg pain", "nothing has touched the back pain". Written
// in the project's own words (PR-2, terse note, QME narrative, SOAP) before the reading, committed
// failing; the last two must-read rows follow batch 4's wording. The must-not rows: a limit of
// function beside a work status with no care, care planned, care that helped, another region's care,
// a floor of mild pain, a hedged result, a result not yet known, a surgery's "s/p".

@Test(
    arguments: [
        // (summary, request)
        ("S/p PT x8, HEP, ibuprofen 800 TID x6 wks - no change in the low back pain.", "MRI of the lumbar spine"),
        ("s/p chiro x10, Mobic 15 qd x2 mo, TENS: neck pain still 7/10.", "MRI of the cervical spine"),
        ("Tx: s/p PT x12, HEP, naproxen 550 BID x3 mo -> pain unchanged at 7/10.", "Lumbar epidural steroid injection L5-S1"),
        (
            "Status post six weeks of physical therapy and a home exercise program, with persistent right knee pain.",
            "Right knee arthroscopy with partial medial meniscectomy"
        ),
        ("Eight sessions of acupuncture and a month of meloxicam did not ease the neck pain.", "Cervical epidural steroid injection C5-6"),
        ("Physical therapy has not budged her shoulder pain, which sits at 7/10.", "Right shoulder arthroscopic subacromial decompression"),
        ("Naproxen, a wrist splint and hand therapy have failed to relieve the numbness in her fingers.", "Right carpal tunnel release"),
        ("Twelve weeks of therapy and gabapentin, and the leg pain has never settled.", "Lumbar epidural steroid injection L4-5"),
        ("PT x12, tramadol and a lumbar brace: nothing has touched the back pain.", "Lumbar epidural steroid injection L4-5"),
        ("Chiropractic manipulation x 10 and home traction did little to shift the arm pain.", "Cervical epidural steroid injection C5-6"),
        (
            "Over the intervening months physiotherapy, anti-inflammatory medication and a home programme did not appreciably alleviate her low back pain.",
            "MRI of the lumbar spine"
        ),
        ("A course of PT x 12 and diclofenac has not calmed the knee pain.", "Right knee arthroscopy with partial medial meniscectomy"),
        (
            "Cortisone injection x1, hand therapy x6 and a night splint; the triggering of the ring finger has not abated.",
            "Right ring finger trigger finger release"
        ),
        ("Therapy visits (10), meloxicam and tramadol since 2014 had not quieted the sciatica.", "Lumbar epidural steroid injection L5-S1"),
        (
            "Twelve therapy visits, naproxen and gabapentin since 2015 had not settled the leg pain (8/10).",
            "Right S1 transforaminal epidural steroid injection"
        ),
        (
            "S/p PT x12 (stretching) 03-05/2016, HEP daily, naproxen 500 BID x3 mo, cyclobenzaprine x2 wks: pain unchanged, never below 5/10.",
            "Trigger point injections, right upper trapezius"
        ),
    ] as [(String, String)])
func careResultClosesItsList(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "conservative_care_failed") == "true")
}

@Test(
    arguments: [
        // (summary, request)
        (
            "He cannot sit for more than twenty minutes or lift over 10 lb, and he has been off work since May because no modified duty is offered.",
            "MRI of the lumbar spine"
        ),
        ("She cannot stand for more than ten minutes and remains on temporary total disability.", "Left L4-5 microdiscectomy"),
        ("Plan: PT x12 and naproxen; if the leg pain does not settle, an epidural will be considered.", "MRI of the lumbar spine"),
        ("S/p PT x12 and HEP: the back pain settled to 2/10 and he is back at work.", "MRI of the lumbar spine"),
        (
            "S/p PT x12 for the left knee, which did not settle the knee pain. She now reports neck pain after a fall.",
            "MRI of the cervical spine"
        ),
        ("Since the injection her low back pain has never been below 3/10, and she walks daily.", "MRI of the lumbar spine"),
        ("Therapy may not relieve the leg pain; she will start PT x8 next week.", "MRI of the lumbar spine"),
        ("Gabapentin was started last week, and it is too early to say whether it will settle the leg pain.", "MRI of the lumbar spine"),
        ("S/p L4-5 microdiscectomy 08/2016; the leg pain has not settled.", "Physical therapy 12 visits, lumbar spine"),
    ] as [(String, String)])
func careResultNotReadWithoutItsCare(_ summary: String, _ request: String) {
    #expect(value(requestFacts(request, summary: summary), "conservative_care_failed") != "true")
}
