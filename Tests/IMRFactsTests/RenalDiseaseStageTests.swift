import Testing

// Kidney disease as a clinician names it, and its advanced stages apart (CPMTG 2009, NSAIDs, pp.
// 67-73, and the NSAID labels: "not recommended" in advanced renal disease, naproxen below a
// creatinine clearance of 30 mL/min): stages 4 and 5, end-stage disease and dialysis are
// advanced_renal_disease (and renal_disease, its broader term); a stage 3 or an unstaged disease is
// renal_disease only. Must not: kidney stones, normal kidney function, a disease denied. Written in
// this project's own words.
@Test(
    arguments: [
        ("She has stage 4 chronic kidney disease from diabetic nephropathy.", "advanced_renal_disease"),
        ("History: CKD stage 5, on hemodialysis three times a week.", "advanced_renal_disease"),
        ("He has end-stage renal disease and is on dialysis.", "advanced_renal_disease"),
        ("Severe renal impairment (creatinine clearance 22 mL/min).", "advanced_renal_disease"),
        ("She has stage 3 chronic kidney disease.", "renal_disease"),
        ("Past history: diabetic nephropathy, followed by her nephrologist.", "renal_disease"),
        ("He has impaired renal function on his last labs.", "renal_disease"),
        ("Stage 4 chronic kidney disease.", "renal_disease"),
        // Must not: another kidney condition, kidneys told normal, a disease denied.
        ("He passed a kidney stone in 2014.", "!renal_disease"),
        ("Renal function is normal (creatinine 0.8 mg/dL).", "!renal_disease"),
        ("No history of kidney disease, ulcer or bleeding.", "!renal_disease"),
        ("She has stage 3 chronic kidney disease.", "!advanced_renal_disease"),
    ] as [(String, String)])
func renalDiseaseStagesRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 06/16/2016: a 56-year-old custodian with right knee osteoarthritis since a fall on 10/02/2014. " + sentence,
        "Naproxen 375 mg #60", "diagnoses", expected, anyTerm: true)
}
