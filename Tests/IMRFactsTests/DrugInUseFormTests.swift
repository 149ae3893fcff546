import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

// A drug in use told in any shape (`already_using`; CPMTG 2009 "On-going management", pp. 78-80: a
// continuation is judged on its documented result, a first prescription on its indications): a
// reconciled list, a fill or refill history, a dose changed, a taper under way, a patch changed on
// a schedule, the drug named by its ingredient and its form told after the strength ("buprenorphine
// 10 mcg/hr patch" for Butrans). Not: a past course, a drug stopped, tapered off, never filled or not
// taken (each told anywhere in the list entry, after the drug's name), a planned drug, an allergy,
// another drug of the sentence, a drug the worker denies taking.
//
// The first twelve rows were written by engineer surgery (cross21/table/medication.by-surgery.tsv);
// the rest are medication's own.

/// `already_using` of `request` after `summary` ("nil" when not documented).
private func using(_ request: String, _ summary: String) -> String {
    value(requestFacts(request, summary: "Seen 11/21/2016 for chronic pain. " + summary), "already_using") ?? "nil"
}

@Suite struct DrugInUseFormTests {
    @Test(
        arguments: [
            // surgery's rows
            (
                "Tramadol ER 100mg #30",
                "Current medications (reconciled with the pharmacy 10/04/2016): 1. Omeprazole 20 mg daily. 2. Tramadol ER 100 mg once daily, taking as directed. 3. Lisinopril 10 mg daily."
            ),
            (
                "Hydrocodone/APAP 10/325mg #90",
                "Pharmacy fill history: hydrocodone/APAP 10/325 #90 filled 06/02, 07/01, 07/30 and 08/29/2016."
            ),
            ("Gabapentin 600mg #90", "He has been on gabapentin for the burning in his feet since the spring of 2015."),
            (
                "Cyclobenzaprine 10mg #30",
                "The cyclobenzaprine was increased last month from 5 mg to 10 mg at bedtime because of the night spasms."
            ),
            (
                "Oxycodone 10mg #90",
                "She is partway through a taper of her oxycodone: 10 mg four times a day in August, three times a day since 09/15/2016."
            ),
            ("Norco 10/325mg #120", "Meds: Norco 10/325 1 po q6h prn (long-standing), Motrin 800 bid."),
            (
                "Lidoderm 5% patch #30",
                "Phone note: patient called for her Lidoderm refill; she puts one patch on the left knee each morning and takes it off at night."
            ),
            (
                "Duloxetine 60mg #30",
                "The worker continues to take duloxetine 60 mg each morning, which he says keeps the nerve pain tolerable."
            ),
            // own rows
            ("Gabapentin 300mg #90", "Medications (reconciled): gabapentin 300 mg three times a day, fills monthly at the same pharmacy."),
            ("Tramadol 50mg #90", "Tramadol, which she takes two or three times a day when the back flares, keeps her at work."),
            ("Lidoderm 5% patch #30", "Refill history: Lidoderm patches 09/01, 10/01 and 11/01/2016."),
            ("Morphine sulfate ER 30mg #60", "The morphine ER taper is under way: 30 mg twice daily now, down from 45 mg."),
            ("Fentanyl 25mcg/hr patch #10", "Fentanyl 25 mcg/hr patch, changed every three days."),
            ("Butrans 10mcg/hr patch #4", "Meds: buprenorphine 10 mcg/hr patch weekly, taking as directed; meloxicam 7.5 mg daily."),
            ("Norco 10/325mg #120", "Norco 10/325: 1 q6h prn, #120/month, last fill 11/01/16."),
            ("Tizanidine 4mg #60", "He ran out of his tizanidine last week and wants more."),
            ("Oxycodone 5mg #30", "She is down to one oxycodone a day from four."),
            ("Soma 350mg #30", "Current regimen unchanged: Norco 10/325 TID, Soma 350 qhs."),
            (
                "Butrans 5mcg/hr patch #4",
                "List: 1. Buprenorphine 5 mcg/hour transdermal, changed every Sunday; 2. Naproxen 500 mg twice a day."
            ),
        ] as [(String, String)])
    func aDrugInUseIsRead(_ request: String, _ summary: String) {
        #expect(using(request, summary) == "true", "not read as taken: \(summary)")
    }

    @Test(
        arguments: [
            // surgery's rows
            (
                "Meloxicam 15mg #30",
                "She took meloxicam for about three months in 2014 and stopped it because of heartburn; she takes no anti-inflammatory now."
            ),
            ("Tramadol 50mg #60", "Allergies: codeine (hives), tramadol (nausea). Current medications: acetaminophen as needed."),
            (
                "Pregabalin 75mg #60",
                "A prescription for pregabalin was written at the last visit but was never filled because the carrier denied it."
            ),
            ("Baclofen 10mg #60", "He takes ibuprofen 600 mg twice a day; the physician plans to start baclofen if the spasms persist."),
            // own rows
            ("Tizanidine 4mg #30", "She took tizanidine for ten days in April 2016 for a flare; she takes ibuprofen now."),
            ("Baclofen 10mg #60", "Baclofen was prescribed at the last visit but she has not started it yet; she takes ibuprofen."),
            ("Nortriptyline 10mg #30", "Recommend a trial of nortriptyline 10 mg at bedtime; she takes cyclobenzaprine now."),
            ("Norco 10/325mg #60", "He denies taking any of the Norco from the prior clinic; he uses ibuprofen only."),
            (
                "Gabapentin 300mg #90",
                "Reconciled list: 1. Meloxicam 7.5 mg daily: taking. 2. Gabapentin 300 mg: on the prior clinic's list, but she stopped it herself in 2015; removed from the list."
            ),
            (
                "Lorazepam 1mg #30",
                "Meds: 1. Duloxetine 60 mg daily; taking. 2. Lorazepam: a single prescription in 2014; not filled again; not taking."
            ),
            ("Hydrocodone/APAP 5/325mg #60", "An old bottle of hydrocodone from 2014 was found at home, unused; she takes ibuprofen."),
            ("Oxycodone 10mg #60", "She was tapered off oxycodone in 2015 and now takes meloxicam only."),
        ] as [(String, String)])
    func noDrugInUseIsRead(_ request: String, _ summary: String) {
        #expect(using(request, summary) != "true", "read as taken: \(summary)")
    }
}
