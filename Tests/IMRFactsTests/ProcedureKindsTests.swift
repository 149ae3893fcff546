import Testing

// The readings of the injection and neuromodulation kinds engineer procedures took this session
// (docs/kinds-inventory.md; checklist docs/checklists/injections.md), in my own wording: each
// request named as its own procedure (must-read), and the neighbouring kinds it must not swallow
// (must-not: the occipital block is not its stimulator, a sympathetic block is not its neurolysis,
// a spinal cord stimulator is not a ganglion's); a piriformis syndrome read as a diagnosis, not
// when it is excluded or only a stretch's name.

@Test(
    arguments: [
        // (request, expected procedure, "!term" for not it)
        ("Right piriformis injection under ultrasound guidance", "piriformis_injection"),
        ("Piriformis muscle block, left", "piriformis_injection"),
        ("Hardware injection block, L4-S1", "hardware_injection"),
        ("Spinal hardware block bilateral L5-S1", "hardware_injection"),
        ("Hardware removal L4-5", "!hardware_injection"),
        ("Suprascapular nerve block, right shoulder", "suprascapular_nerve_block"),
        ("Intercostal nerve blocks T8-T10", "intercostal_nerve_block"),
        ("Occipital nerve stimulator trial", "occipital_nerve_stimulation"),
        ("Bilateral greater occipital nerve block", "occipital_nerve_block"),
        ("Bilateral greater occipital nerve block", "!occipital_nerve_stimulation"),
        ("Occipital nerve radiofrequency ablation, bilateral", "occipital_radiofrequency"),
        ("Chemical sympathectomy, left lumbar", "neurolytic_block"),
        ("Lumbar sympathetic block, left", "sympathetic_block"),
        ("Lumbar sympathetic block, left", "!neurolytic_block"),
        ("Thoracic sympathectomy", "sympathectomy"),
        ("Peripheral nerve stimulator trial, right ankle", "peripheral_nerve_stimulation"),
        ("Dorsal root ganglion stimulator trial", "dorsal_root_ganglion_stimulation"),
        ("Spinal cord stimulator trial", "spinal_cord_stimulator"),
        ("Spinal cord stimulator trial", "!dorsal_root_ganglion_stimulation"),
    ] as [(String, String)])
func procedureKindsNamedAsRequests(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedure", expected)
}

@Test(
    arguments: [
        // (summary sentence, expected: "piriformis_syndrome" or "!piriformis_syndrome")
        ("Diagnoses: right piriformis syndrome; lumbar strain.", "piriformis_syndrome"),
        ("Assessment: left deep gluteal syndrome with a positive FAIR test.", "piriformis_syndrome"),
        ("Piriformis syndrome was ruled out; the MRI shows an L5-S1 herniation.", "!piriformis_syndrome"),
        ("He does piriformis stretches at home for his lumbar strain.", "!piriformis_syndrome"),
    ] as [(String, String)])
func piriformisSyndromeRead(_ sentence: String, _ expected: String) {
    expectRequestFact(
        "Progress note 04/12/2016: the 44-year-old warehouse worker fell on his buttock at work on 10/02/2015. " + sentence,
        "Right piriformis injection", "diagnoses", expected, anyTerm: true)
}

// A spine surgeon's consultation is the low back chapter's referral for surgical consultation
// (ACOEM ch. 12 pp. 305-306), whichever spelling names the specialty (must-read); an orthopaedic
// consultation that names no spine surgeon stays a consultation (must-not).
@Test(
    arguments: [
        ("Consultation with an orthopaedic spine surgeon (lumbar)", "spine_surgery_evaluation"),
        ("Orthopaedic spine surgery consultation, low back", "spine_surgery_evaluation"),
        ("Spine surgeon consultation", "spine_surgery_evaluation"),
        ("Orthopaedic consultation, right knee", "consultation"),
        ("Orthopaedic consultation, right knee", "!spine_surgery_evaluation"),
    ] as [(String, String)])
func spineSurgeonConsultationNamed(_ request: String, _ expected: String) {
    expectRequestFact("", request, "procedure", expected)
}
