import Testing

// Readings the twenty-ninth session's procedure checklists asked for (docs/checklists/): the
// request's kind for a definitive (confirmatory) drug test against a presumptive screen, a greater
// occipital nerve block and a lumbar sympathetic block by their shorthand (ODG LAB-3; ODG Head;
// CPMTG p. 57); the office's own screen told by its device or place, whose result a confirmation
// resolves (`urine_drug_screen_consistent`); a head injury by its names (the EEG's and head CT's
// section, ODG Head); seizures suspected, not diagnosed (`seizure_suspected`, the EEG's "suspected
// seizures"); a course told worse by a word of time or degree (`significant_change`: ODG
// Head, "unless the condition deteriorates"). Must-not rows beside: a definitive surgery, a head
// injury denied, a pain worse by what provokes it, seizures denied or diagnosed long ago, a pain
// controlled by the care. And the care told not to control the pain (`conservative_care_failed`:
// the trigger point section's 'have failed to control pain' in other words); must-not: another
// condition not controlled, care "despite" which the worker is better, a failure only supposed.
// And first-line exercise therapy done or denied (`exercise_therapy_done`: ODG Elbow, platelet-rich
// plasma "after first-line physical therapy such as eccentric loading, stretching and strengthening
// exercises has failed"); must-not: its result denied, exercise not tolerated (tried), a stretch as
// an examination's test. And flexion-extension films a study of their own (`prior_study`: neutral
// films are no earlier flexion-extension study; flexion-extension films are films of the region).
// And the request's name: an injection that names its site is the request though a drug is named
// with it (`sited_injection`), while a bare steroid injection without a region, or a drug given
// into a muscle, stays the drug's; the tests ODG does not recommend are their own kinds (DX-6).

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "nil" for not documented, "!value" for any other)
        (
            "Oxycodone 10 mg tid for neck pain.", "Definitive urine drug testing, 8-14 drug classes", "procedure",
            "confirmatory_drug_testing"
        ),
        (
            "Oxycodone 10 mg tid for neck pain.", "Urine drug testing definitive (retrospective 09/28/2016)", "procedure",
            "confirmatory_drug_testing"
        ),
        ("Oxycodone 10 mg tid for neck pain.", "Confirmatory drug test by LC-MS/MS", "procedure", "confirmatory_drug_testing"),
        ("Oxycodone 10 mg tid for neck pain.", "Presumptive urine drug screen", "procedure", "drug_screen"),
        ("Oxycodone 10 mg tid for neck pain.", "Urine drug screen", "procedure", "drug_screen"),
        ("Headaches behind the right ear since the fall.", "Right GONB", "procedure", "occipital_nerve_block"),
        (
            "Headaches behind the right ear since the fall.", "Greater occipital nerve blocks bilaterally", "procedure",
            "occipital_nerve_block"
        ),
        ("CRPS of the left foot.", "Left lumbar sympathetic nerve block", "procedure", "lumbar_sympathetic_block"),
        (
            "Left shoulder rotator cuff repair is planned.", "Definitive surgical repair of the left rotator cuff", "procedure",
            "!confirmatory_drug_testing"
        ),
        (
            "He takes hydrocodone 10/325 three a day. The in-office cup screen last month was negative for hydrocodone.",
            "Definitive urine drug testing", "urine_drug_screen_consistent", "false"
        ),
        (
            "She takes tramadol 50 mg bid. Point of care test 09/02/2016: positive for methamphetamine.",
            "Confirmatory drug testing", "urine_drug_screen_consistent", "false"
        ),
        (
            "He takes hydrocodone 10/325 three a day. The POC screen in August was consistent with his prescription.",
            "Definitive urine drug testing", "urine_drug_screen_consistent", "true"
        ),
        (
            "She fell from a ladder and struck her head; diagnosis: closed head injury with post-concussive headaches.",
            "EEG", "diagnoses", "concussion"
        ),
        ("Assessment: mild TBI on 07/14/2016, persistent dizziness.", "EEG", "diagnoses", "concussion"),
        ("He slipped on a wet floor and hurt his low back; he denies any head injury.", "MRI lumbar spine", "diagnoses", "!concussion"),
        (
            "Over the last ten days her headaches have gotten worse and her husband notices new confusion in the evenings.",
            "CT of the head without contrast", "significant_change", "true"
        ),
        ("His dizziness is progressively worse since the 08/2016 visit.", "CT head", "significant_change", "true"),
        ("The headache is worse with reading and bright light and better with rest.", "CT head", "significant_change", "!true"),
        (
            "Since the fall his wife has seen two staring spells; the neurologist wants to rule out post-traumatic seizure activity.",
            "EEG", "seizure_suspected", "true"
        ),
        ("Possible seizures versus syncope, per the ER note of 08/02/2016.", "EEG", "seizure_suspected", "true"),
        ("He has had no seizures and no loss of consciousness since the injury.", "EEG", "seizure_suspected", "!true"),
        ("Known seizure disorder since childhood, controlled on levetiracetam.", "EEG", "seizure_suspected", "!true"),
        (
            "Stretching exercises, NSAIDs and muscle relaxants have not controlled her pain.",
            "Trigger point injections x3", "conservative_care_failed", "true"
        ),
        (
            "Her neck pain has not been controlled by home stretching or ibuprofen.",
            "Trigger point injections x3", "conservative_care_failed", "true"
        ),
        (
            "Her pain is not controlled with stretching, NSAIDs or cyclobenzaprine.",
            "Trigger point injections x3", "conservative_care_failed", "true"
        ),
        (
            "With daily stretching and naproxen her neck pain is well controlled, 2/10.",
            "Trigger point injections x3", "conservative_care_failed", "!true"
        ),
        (
            "She takes her medications daily, and her diabetes is not controlled.",
            "Trigger point injections x3", "conservative_care_failed", "!true"
        ),
        (
            "Despite stretching, she is now better.",
            "Trigger point injections x3", "conservative_care_failed", "!true"
        ),
        (
            "If her pain is not controlled with stretching, she will consider injections.",
            "Trigger point injections x3", "conservative_care_failed", "!true"
        ),
        (
            "Neck pain not controlled with stretching, NSAIDs and a failed course of PT.",
            "Trigger point injections x3", "conservative_care_failed", "true"
        ),
        (
            "Her knee arthritis is not controlled by months of home exercise, naproxen and a failed cortisone shot.",
            "Hyaluronic acid injection, left knee", "conservative_care_failed", "!false"
        ),
        (
            "She completed eight weeks of eccentric wrist extensor loading without lasting benefit.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "true"
        ),
        (
            "PT x 8: eccentric loading, stretching; pain unchanged at 6/10.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "true"
        ),
        (
            "No improvement with eccentric exercises and a home stretching program.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "true"
        ),
        (
            "She could not tolerate the eccentric exercises because of pain.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "true"
        ),
        (
            "She has not done an eccentric or strengthening program.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "false"
        ),
        (
            "Treated with a counterforce strap, naproxen, ice massage, ultrasound and iontophoresis; no strengthening.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "false"
        ),
        (
            "Physical therapy has been passive modalities only.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "false"
        ),
        (
            "She has never had physical therapy for the elbow.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "false"
        ),
        (
            "Cozen test positive; pain with passive stretching of the wrist extensors.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "!true"
        ),
        (
            "Cozen test negative; no pain with passive stretching of the wrist extensors.",
            "PRP injection right lateral epicondyle", "exercise_therapy_done", "!false"
        ),
        (
            "Plain films of the low back (AP/lateral) in March showed spondylolisthesis at L5-S1; dynamic views were never obtained.",
            "Flexion/extension x-rays of the lumbar spine", "prior_study", "!true"
        ),
        (
            "AP and lateral lumbar radiographs, neutral position, 2015: disc space narrowing at L4-5.",
            "Lumbar flexion and extension views", "prior_study", "!true"
        ),
        (
            "Flexion and extension radiographs 6/2016: 3 mm translation at L4-5.",
            "Repeat lumbar flexion-extension films", "prior_study", "true"
        ),
        (
            "Flex/ext views of the L-spine in 2015 were stable.",
            "Lumbar spine x-rays", "prior_study", "true"
        ),
        (
            "Lumbar x-rays done.",
            "Flexion-extension radiographs, lumbar", "procedure", "flexion_extension_xray"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "Trigger point injections with 1% lidocaine x4", "procedure", "trigger_point_injection"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "Trigger point injection with lidocaine and Kenalog", "category", "injection"
        ),
        (
            "Left L5 radiculopathy.",
            "Transforaminal ESI with Depo-Medrol 80 mg", "procedure", "epidural_steroid_injection"
        ),
        (
            "Low back pain.",
            "Kenalog 40 mg injection", "category", "medication"
        ),
        (
            "Low back pain.",
            "Toradol 60 mg IM injection", "category", "medication"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "Surface EMG of the cervical paraspinals", "procedure", "surface_emg"
        ),
        (
            "Numbness in both feet.",
            "Current perception threshold testing, both legs", "procedure", "quantitative_sensory_testing"
        ),
        (
            "Numbness in both feet.",
            "EMG/NCV of both legs", "procedure", "!surface_emg"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "Trigger point injections with Traumeel x4", "injectate_other", "true"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "Sarapin trigger point injections, trapezius", "injectate_other", "true"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "TPI x3 with B12 and 1% lidocaine", "injectate_other", "true"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "Trigger point injections with 1% lidocaine and Kenalog x4", "injectate_other", "!true"
        ),
        (
            "Myofascial neck pain with taut bands.",
            "Trigger point injections x4", "injectate_other", "!true"
        ),
    ] as [(String, String, String, String)])
func procedureNamesAndCourseRead(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected, anyTerm: fact == "diagnoses")
}
