import Testing

// The tricyclic labels' contraindications the CPMTG's "unless ... contraindicated" (Antidepressants
// for chronic pain, p. 13) takes in: a myocardial infarction in its acute recovery phase
// (`recent_myocardial_infarction`: told recent, days or weeks back, last week or month, or being
// recovered from) and a monoamine oxidase inhibitor taken (`medication_classes` holds `maoi`).
// Must not: an infarction of years before or told without its distance, a relative's, one denied;
// an MAOI stopped long ago, or named only as absent. A contraindication the treating or consulting
// physician states (`tricyclic_contraindication_stated`), not one asked about, denied or doubted,
// nor a heart disease named alone (the labels' Warnings: a caution). Written in this project's own words.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Cardiology follows him after a recent inferior wall myocardial infarction treated with a stent.",
            "Amitriptyline 10 mg #30", "recent_myocardial_infarction", "true"
        ),
        ("PMH: NSTEMI 5 weeks ago, on dual antiplatelet therapy.", "Nortriptyline 25 mg #30", "recent_myocardial_infarction", "true"),
        (
            "She is still recovering from her heart attack and has not returned to the clinic since.",
            "Amitriptyline 25 mg qhs #30", "recent_myocardial_infarction", "true"
        ),
        ("He had a heart attack last month and started cardiac rehab.", "Imipramine 25 mg #30", "recent_myocardial_infarction", "true"),
        (
            "Hospitalized 10 days ago for a myocardial infarction; discharged on metoprolol and atorvastatin.",
            "Nortriptyline 10 mg #30", "recent_myocardial_infarction", "true"
        ),
        ("Denies recent MI, chest pain or palpitations.", "Amitriptyline 10 mg #30", "recent_myocardial_infarction", "false"),
        // Must not: a remote or undated infarction, a relative's, another recent event.
        (
            "Past history: myocardial infarction in 2008, no cardiac symptoms since.", "Amitriptyline 10 mg #30",
            "recent_myocardial_infarction", "!true"
        ),
        ("Remote MI about 12 years ago; stress test normal last year.", "Nortriptyline 25 mg #30", "recent_myocardial_infarction", "!true"),
        ("History of heart attack; coronary artery disease.", "Amitriptyline 10 mg #30", "recent_myocardial_infarction", "!true"),
        ("His mother died of a heart attack at 64.", "Amitriptyline 10 mg #30", "recent_myocardial_infarction", "!true"),
        (
            "His father had a heart attack two weeks ago and is in cardiac rehab.", "Amitriptyline 10 mg #30",
            "recent_myocardial_infarction", "!true"
        ),
        ("She fell at work three weeks ago and bruised her knee.", "Amitriptyline 10 mg #30", "recent_myocardial_infarction", "nil"),
        // An MAOI taken, and not.
        (
            "Current medications: tranylcypromine 10 mg bid (psychiatry), Norco 5/325 mg prn.", "Amitriptyline 10 mg #30",
            "medication_classes", "maoi"
        ),
        ("He uses an Emsam patch daily for depression.", "Nortriptyline 25 mg #30", "medication_classes", "maoi"),
        (
            "Her neurologist prescribes rasagiline 1 mg daily for Parkinson disease.", "Amitriptyline 10 mg #30", "medication_classes",
            "maoi"
        ),
        (
            "Phenelzine was stopped in 2012 and replaced with sertraline.", "Amitriptyline 10 mg #30", "medication_classes", "!maoi"
        ),
        ("No MAOI use. Medications: ibuprofen 600 mg tid.", "Amitriptyline 10 mg #30", "medication_classes", "!maoi"),
        // A contraindication stated by the treating or consulting physician (thirty-sixth session), and
        // one asked about, denied, doubted or a heart disease named alone (the labels' caution).
        (
            "Cardiology consult: given her conduction delay, tricyclics are contraindicated in this patient.",
            "Nortriptyline 10 mg #30", "tricyclic_contraindication_stated", "true"
        ),
        (
            "Her internist wrote that amitriptyline would be contraindicated for her because of the heart block.",
            "Amitriptyline 10 mg #30", "tricyclic_contraindication_stated", "true"
        ),
        (
            "After the Holter, the electrophysiologist advised against any TCA.", "Nortriptyline 25 mg #30",
            "tricyclic_contraindication_stated", "true"
        ),
        (
            "Cardiology clearance: no cardiac contraindication to a low dose tricyclic.", "Nortriptyline 10 mg #30",
            "tricyclic_contraindication_stated", "false"
        ),
        (
            "Per her cardiologist nortriptyline is not contraindicated at this dose.", "Nortriptyline 10 mg #30",
            "tricyclic_contraindication_stated", "false"
        ),
        (
            "Note to cardiology: any contraindication to a tricyclic before we start it?", "Nortriptyline 10 mg #30",
            "tricyclic_contraindication_stated", "!true"
        ),
        (
            "A tricyclic is possibly contraindicated; awaiting the cardiology opinion.", "Amitriptyline 10 mg #30",
            "tricyclic_contraindication_stated", "!true"
        ),
        (
            "ECG: left bundle branch block, QTc 490 ms; cardiology follows her.", "Nortriptyline 10 mg #30",
            "tricyclic_contraindication_stated", "nil"
        ),
    ] as [(String, String, String, String)])
func tricyclicContraindication(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: true)
}
