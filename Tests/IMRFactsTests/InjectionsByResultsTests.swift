import Testing

/// Engineer results' rows for this family's readings (cross23/table/injections.by-results.tsv,
/// written from the guideline in voices unlike this family's): radicular signs on examination, an
/// injection's relief ended by the pain's return, a significant change, homebound. In the wording
/// probe's format (``ProcedureReliefTableTests/meets(_:_:)``); a must-not row's value is one that
/// must not be read.
struct InjectionsByResultsTests {
    typealias Row = ProcedureReliefTableTests.Row

    static let mustRead: [Row] = [
        .init(
            "Follow-up, 11/14/2016. She reports burning pain from the right buttock to the outer foot, worse with sitting. On examination straight leg raising reproduces the right leg pain at 35 degrees, the right ankle jerk is absent where the left is 2+, and pinprick is reduced along the outer border of the right foot. The MRI of 09/2016 shows a right paracentral L5-S1 protrusion contacting the S1 root. She has had eight therapy visits and takes meloxicam.",
            "Right L5-S1 transforaminal epidural steroid injection", "radicular_signs=true"),
        .init(
            "QME, cervical spine. The applicant describes pins and needles into the left thumb and index finger since lifting a pallet. Spurling's maneuver to the left reproduces the arm symptoms. Biceps and brachioradialis reflexes are 1+ on the left and 2+ on the right, and the left wrist extensors test 4/5. Electrodiagnostic testing in 10/2016 showed a left C6 radiculopathy.",
            "Left C5-6 interlaminar cervical epidural steroid injection", "radicular_signs=true"),
        .init(
            "Right L4-5 transforaminal epidural steroid injection on 05/10/2016. At the two-week visit she rated the leg pain 3/10, down from 8/10, and was back to walking her usual two miles. The pain came back after about six weeks and is again 7/10, radiating to the right shin. She asks to have the injection repeated.",
            "Repeat right L4-5 transforaminal epidural steroid injection", "prior_relief_duration=42"),
        .init(
            "Pain management note. The left greater occipital nerve block in 08/2016 cut her headaches from daily to about twice a week. She says the improvement held for roughly four weeks before the headaches were daily again. She uses sumatriptan and naproxen and keeps a headache diary.",
            "Repeat left greater occipital nerve block", "prior_relief_duration=28"),
        .init(
            "His lumbar MRI of 2014 was done for back pain alone. Since mid-October he has had a new left foot drop: today left ankle dorsiflexion is 3/5 where it was 5/5 at the August visit, and there is new numbness over the top of the left foot. He has tripped twice on curbs this month. Back pain itself is unchanged.",
            "Repeat MRI lumbar spine without contrast", "significant_change=true"),
        .init(
            "Since the revision of his right below-knee amputation on 10/03/2016 he has been non-weight-bearing on the right. He transfers from bed to wheelchair with his wife's help and leaves the apartment only for clinic visits, carried down two flights of stairs by the transport crew. He cannot drive. The stump wound needs packing three times a week.",
            "Home health skilled nursing 2 times a week for 4 weeks", "homebound=true"),
        .init(
            "Per the nurse case manager, Ms. R. has been confined to a hospital bed in the living room since the T12 compression fracture. The spine surgeon has her on strict bed rest with log-roll precautions in a thoracolumbar brace. She is taken to appointments by ambulance. Her husband works days and she is alone from 7 to 6.",
            "Home health nursing visits 2 times per week for 4 weeks", "homebound=true"),
        .init(
            "PT re-evaluation. Crossed straight leg raise is positive: raising the left leg brings on the right calf pain. Light touch is diminished in the right L5 dermatome and the right EHL is 4/5. He walks with a right antalgic gait. Lumbar MRI: right L4-5 foraminal narrowing.",
            "Right L4-5 transforaminal epidural steroid injection", "radicular_signs=true"),
    ]

    static let mustNot: [Row] = [
        .init(
            "He describes numbness down the back of the left thigh on long drives. Exam: lumbar flexion to 50 degrees with pain; straight leg raise negative bilaterally; reflexes symmetric at the knees and ankles; strength 5/5 throughout both legs; sensation intact to light touch. The MRI shows a broad-based L4-5 bulge without contact of a nerve root. He asks for an epidural because a coworker was helped by one.",
            "Lumbar epidural steroid injection L4-5", "radicular_signs=!true"),
        .init(
            "Interval change since last visit: none reported. The neck pain is unchanged at 6/10 and the exam is as it was on 07/12/2016, with full strength, symmetric reflexes and a negative Spurling's test. She asks for a new MRI because the first one is two years old. She continues her home exercises and tramadol as needed.",
            "Repeat MRI cervical spine without contrast", "significant_change=!true"),
        .init(
            "She drives herself to the grocery store twice a week, goes to church on Sundays, and walks around the block with a single-point cane. She asks for a home aide to help with laundry and vacuuming because bending aggravates her back. Her daughter visits on weekends. Exam shows a slow but steady gait.",
            "Home health aide 4 hours a day, 5 days a week", "homebound=!true"),
        .init(
            "He had a left L5-S1 interlaminar epidural steroid injection on 09/12/2016. The relief began about three days afterwards and has lasted; at today's visit the leg pain is 2/10 and he sleeps through the night. He would like a second injection \"to lock it in\". He uses ibuprofen twice a week.",
            "Repeat left L5-S1 epidural steroid injection", "prior_relief_duration=!3"),
    ]

    @Test(arguments: mustRead)
    func readsTheirRows(_ row: Row) {
        #expect(ProcedureReliefTableTests.misses(row).isEmpty, "\(ProcedureReliefTableTests.misses(row))")
    }

    @Test(arguments: mustNot)
    func doesNotReadTheirMustNotRows(_ row: Row) {
        #expect(ProcedureReliefTableTests.misses(row).isEmpty, "\(ProcedureReliefTableTests.misses(row))")
    }
}
