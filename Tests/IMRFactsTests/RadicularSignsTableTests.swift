import Testing

/// Radiculopathy documented by physical examination (`radicular_signs`; twenty-third session,
/// table written before the reader). MTUS CPMTG 2009 p. 46, epidural steroid injections,
/// criterion 1: "Radiculopathy must be documented by physical examination and corroborated by
/// imaging studies and/or electrodiagnostic testing." The signs are the examiner's: a nerve-root
/// tension test (straight leg raise with its angle, crossed or seated, slump, femoral stretch,
/// Spurling's), a dermatomal sensory loss, a diminished or absent reflex, a myotomal weakness; a
/// symptom the worker tells (numbness, radiating pain, sciatica) is not one, nor an
/// electrodiagnostic result (corroboration), nor a sign of another side or region than the
/// request's. Rows in this family's voices (clinic note, QME, PT, nurse case manager), in the
/// wording probe's format (``ProcedureReliefTableTests/meets(_:_:)``).
struct RadicularSignsTableTests {
    typealias Row = ProcedureReliefTableTests.Row

    /// Signs on examination, of the requested region and side, in several shapes.
    static let mustRead: [Row] = [
        .init(
            "Lumbar exam today: SLR negative on the left, positive at 40 degrees on the right, reproducing the posterior thigh pain. Flexion to 45 degrees.",
            "Right L5-S1 transforaminal epidural steroid injection", "radicular_signs=true"),
        .init(
            "On my examination the right Achilles reflex was absent while the left was 2+. Pinprick was diminished along the lateral border of the right foot.",
            "Right S1 transforaminal epidural steroid injection", "radicular_signs=true"),
        .init(
            "PT neuro screen: light touch decreased in the L5 dermatome on the left. Crossed SLR positive, raising the right leg brings on the left leg pain.",
            "Left L4-5 interlaminar epidural steroid injection", "radicular_signs=true"),
        .init(
            "Spurling's maneuver to the right reproduced his pain into the thumb. Biceps reflex 1+ on the right, 2+ on the left.",
            "Right C5-6 cervical epidural steroid injection", "radicular_signs=true"),
        .init(
            "Per Dr. Patel's note of 09/12/2016 there is a positive seated straight leg raise on the left, and ankle dorsiflexion is graded 4/5 on the left.",
            "Left L4-5 interlaminar epidural steroid injection", "radicular_signs=true"),
        .init(
            "DTRs 2+ at the knees and 1+ at the left ankle. Sensation is decreased to pinprick in the left S1 distribution.",
            "Left S1 transforaminal epidural steroid injection", "radicular_signs=true"),
        .init(
            "Exam: hypoesthesia over the dorsum of the right foot. Strength 5/5 throughout except EHL 4/5 on the right.",
            "EMG/NCS right lower extremity", "radicular_signs=true"),
        .init(
            "QME examination. The straight leg raising test was positive on the left at 35 degrees in the supine position. The knee and ankle reflexes were symmetric.",
            "Left L5-S1 transforaminal epidural steroid injection", "radicular_signs=true"),
    ]

    /// Examinations that tell the signs absent: false.
    static let toldAbsent: [Row] = [
        .init(
            "Straight leg raise is negative bilaterally. There is no dermatomal sensory deficit, and the reflexes are 2+ and symmetric.",
            "Lumbar epidural steroid injection L4-5", "radicular_signs=false"),
        .init(
            "Neck: Spurling's negative both sides. Upper extremity sensation intact to light touch; biceps, triceps and brachioradialis reflexes 2+.",
            "Cervical epidural steroid injection C6-7", "radicular_signs=false"),
    ]

    /// Symptoms alone, a study's result, a sign of another side or region, a sign in doubt: not true.
    static let mustNot: [Row] = [
        .init(
            "She describes pain radiating down the back of the right leg to the heel, with numbness of the toes. Exam: lumbar flexion to 50 degrees with paraspinal tenderness.",
            "Right L5-S1 transforaminal epidural steroid injection", "radicular_signs=!true"),
        .init(
            "The EMG/NCS of 06/2016 showed a chronic right L5 radiculopathy. She rates her leg pain 6/10. Lumbar range of motion is reduced in all planes.",
            "Right L5-S1 transforaminal epidural steroid injection", "radicular_signs=!true"),
        .init(
            "Exam: SLR positive on the left at 30 degrees; right SLR negative. Sensation intact in the right leg.",
            "Right L5-S1 transforaminal epidural steroid injection", "radicular_signs=!true"),
        .init(
            "Nurse case manager note. Diagnosis: lumbar sciatica. She complains of tingling into the left foot at night and uses a heating pad.",
            "Left L5-S1 transforaminal epidural steroid injection", "radicular_signs=!true"),
        .init(
            "Low back: positive straight leg raise on the right. Cervical exam: full motion, and the upper extremities are neurologically intact.",
            "Cervical epidural steroid injection C6-7", "radicular_signs=!true"),
        .init(
            "The exam was limited by guarding; there is possible decreased sensation in the L5 dermatome. She reports the leg feels heavy.",
            "Lumbar epidural steroid injection L4-5", "radicular_signs=!true"),
    ]

    @Test(arguments: mustRead + toldAbsent)
    func readsTheSignsOnExamination(_ row: Row) {
        #expect(ProcedureReliefTableTests.misses(row).isEmpty, "\(ProcedureReliefTableTests.misses(row))")
    }

    @Test(arguments: mustNot)
    func doesNotReadSymptomsOrAnotherRegion(_ row: Row) {
        #expect(ProcedureReliefTableTests.misses(row).isEmpty, "\(ProcedureReliefTableTests.misses(row))")
    }
}
