import Testing

// Engineer forms' cross rows for engineer scope (cross25/table/scope.by-forms.tsv), written in their
// words: a normal study told in an impression, a request's heading, a status planned after a
// programme, a drug of a past list, an earlier visit's signs and film, an addendum naming the request.
// A must-not row expects any value but the one named. On the start build (61ce66a, probe.py) 6 of the
// 9 rows miss.

@Test(
    arguments: [
        // (summary, request, fact, expected: a value, "!value" for any other)
        (
            "Follow-up 11/02/2016. Ms. D., 51, assembler, numbness of the right thumb and index finger at night for 8 months despite a night splint and a steroid injection in June. Phalen's positive at 30 seconds, Tinel's positive at the wrist, no thenar wasting. Impression: right carpal tunnel syndrome on clinical grounds, with a normal NCS/EMG of 09/14/2016. She asks for surgery.",
            "Right carpal tunnel release", "electrodiagnostic_abnormal", "false"
        ),
        (
            "RE: lumbar MRI authorization request. Mr. P., 39, delivery driver, low back pain since lifting a crate on 08/20/2016, now with pain into the left calf. Lumbar X-rays on 08/22/2016 showed mild L5-S1 disc space narrowing. He has not had an MRI or CT of the back. Exam: SLR positive on the left at 40 degrees, ankle reflex absent on the left. Six weeks of physical therapy have not helped.",
            "MRI lumbar spine without contrast", "prior_study", "false"
        ),
        (
            "Ms. K., 47, grocery stocker, s/p right shoulder decompression 05/2016. She is working four-hour shifts with no lifting over 10 lb and no overhead reaching. Her manager has said her full-time stocking position will be kept for her, and the plan is full duty once the program ends. She wants to go back to her own job.",
            "Work hardening program, 10 sessions", "work_status", "modified_duty"
        ),
        (
            "Pain management visit 10/18/2016. Mr. G., 58, lumbar strain 2014 with chronic low back pain. Current medications: naproxen 500 mg twice a day, omeprazole 20 mg daily. Medications tried in the past: tramadol 50 mg (nausea, stopped 02/2015), gabapentin (dizziness, stopped 2015). Pain 7/10. He asks to try a long-acting pain pill.",
            "Tramadol ER 100 mg #30", "already_using", "false"
        ),
        (
            "Mr. H., 45, equipment operator. At his first visit on 07/11/2016 he had a positive straight leg raise on the right and a diminished right knee jerk. Re-examination today, 10/24/2016, after 8 sessions of therapy: straight leg raise negative bilaterally, reflexes 2+ and symmetric, strength 5/5, sensation intact to light touch. He still has central low back pain with sitting.",
            "Lumbar epidural steroid injection L4-5", "radicular_signs", "false"
        ),
        (
            "Ms. V., 42, certified nursing assistant, low back injury 03/2015. She has been off work since 04/2015 and her employer has kept her position open. The program's stated goal is for her to return to her usual job when the program ends. She walks 15 minutes a day and spends most of the day lying down.",
            "Functional restoration program, 80 hours", "returned_to_work", "false"
        ),
        (
            "Mr. L., 33, roofer, twisted the right knee on a ladder 09/28/2016. The emergency department radiographs that night showed a small joint effusion and no fracture. Seen in clinic 11/07/2016: no effusion, full range of motion, McMurray negative, Lachman firm, no locking or giving way since the injury. He has pain at the medial joint line after a full day of work.",
            "MRI right knee", "mechanical_signs", "!true"
        ),
        (
            "Ms. S., 60, chronic neck pain after a 2013 fusion. Takes oxycodone 10 mg three times a day and gabapentin 300 mg three times a day. Prior opioids: hydrocodone/APAP 10/325 (2013-2014, itching, stopped), morphine ER 15 mg (2014, sedation, stopped). Urine drug screen 09/2016 showed oxycodone only. Pain 4/10 with and 8/10 without.",
            "Oxycodone 10 mg #90", "duplicate_opioid", "!true"
        ),
        (
            "ADDENDUM (for the cervical MRI request), 10/31/2016. Mr. A., 50, electrician, neck pain with numbness into the left thumb since a fall from a ladder on 08/04/2016. Cervical X-rays on 08/05/2016: mild C5-6 spondylosis. No MRI or CT of the neck has been done. Spurling's positive on the left, biceps reflex diminished on the left.",
            "MRI cervical spine", "prior_study", "!true"
        ),
    ] as [(String, String, String, String)])
func scopeCrossRow(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}

// Engineer forms' cross rows for engineer scope of the twenty-seventh session
// (cross27/table/scope.by-forms.tsv), in their words: a surgery done that its surgeon recommended, a
// status told through the employer's terms, a revision planned after a surgery done, a plan beside a
// status now. On the start build (27781ea, probe.py) 8 of their 9 rows miss; these 4 are read now
// (surgical_candidate, work_status). Not read yet: a line copied forward beside a newer stop, an
// order never followed, a lapse of the drug, a flare days ago against one years ago.
@Test(
    arguments: [
        (
            "Follow-up 03/02/2021. Mr. Dlamini, 45, a warehouse loader, underwent the right L5-S1 microdiscectomy recommended by Dr. Sato on 10/14/2020, for a disc herniation after lifting a pallet. The leg pain went away after the operation; a low back ache of 3/10 remains with bending. He finished 8 post-op PT visits in December and walks 30 minutes daily. Incision healed, SLR negative both sides, strength 5/5. Request more PT for trunk endurance.",
            "Physical therapy 2x6 lumbar spine", "surgical_candidate", "!true"
        ),
        (
            "Ms. Varga, 52, a cook in a school kitchen, tore her right rotator cuff lifting a stockpot on 01/19/2021 and had it repaired on 04/07/2021. Her employer has told her they will take her back when she can lift 40 pounds overhead; the kitchen has no light-duty posts, so she is home until then. Today active elevation is 140 degrees and strength 4/5. Requesting further therapy.",
            "Physical therapy x8 right shoulder", "work_status", "not_working"
        ),
        (
            "Spine surgery consult 05/12/2021. Mr. Haddad, 58, a plumber, is s/p L4-5 laminectomy in 2018 with good relief for two years. Over the past year his leg pain has returned with walking over one block, and flexion-extension films show 5 mm of slip at L4-5. He is now a candidate for revision decompression with fusion, which he wishes to pursue.",
            "Lumbar fusion L4-5", "surgical_candidate", "true"
        ),
        (
            "Ms. Okafor, 34, a mail carrier, sprained her left knee stepping off a curb on 06/01/2021. She is working modified duty at present, sorting mail indoors with no walking route. I will coordinate her return to full duty with the station supervisor at the next visit. Knee effusion trace, McMurray negative.",
            "Physical therapy x6 left knee", "work_status", "!full_duty"
        ),
    ] as [(String, String, String, String)])
func scopeCrossRow27(_ summary: String, _ request: String, _ fact: String, _ expected: String) {
    expectRequestFact(summary, request, fact, expected)
}
