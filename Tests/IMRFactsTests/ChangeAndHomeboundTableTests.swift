import Testing

/// Three readings of this family in any shape (twenty-third session, tables written before the
/// readers), in the wording probe's format (``ProcedureReliefTableTests/meets(_:_:)``):
/// - an injection's relief told by its end, the pain coming back (`prior_relief_duration`; CPMTG
///   2009 p. 46: a repeat epidural on at least 50% relief for six to eight weeks);
/// - a significant change for a repeat study (`significant_change`; ACOEM and ODG: repeat imaging
///   for a significant change in symptoms or findings, a new neurological deficit, a red flag);
/// - homebound (`homebound`; CPMTG p. 51, home health services for patients who are homebound, as
///   CMS defines it: leaving home needs a device, special transport or another person's help and
///   is a considerable and taxing effort).
struct ChangeAndHomeboundTableTests {
    typealias Row = ProcedureReliefTableTests.Row

    /// The relief's end told as the pain's return, in days from the injection.
    static let reliefReturn: [Row] = [
        .init(
            "She had a right L5-S1 TFESI on 03/02/2016 with about 70% relief; the pain came back after about six weeks.",
            "Repeat right L5-S1 transforaminal epidural steroid injection", "prior_relief_percent=70;prior_relief_duration=42"),
        .init(
            "QME history: the cervical epidural in 06/2016 helped about 60%, but it wore off at 3 weeks.",
            "Repeat cervical epidural steroid injection C6-7", "prior_relief_percent=60;prior_relief_duration=21"),
        .init(
            "Nurse case manager call: she says the lumbar epidural helped a lot, maybe 75%, until the pain crept back in around week eight.",
            "Repeat lumbar epidural steroid injection L4-5", "prior_relief_duration=56"),
        .init(
            "PT intake: the patient reports that the 05/10/2016 lumbar epidural gave 50% relief and that her leg symptoms returned roughly two months later.",
            "Repeat lumbar epidural steroid injection L5-S1", "prior_relief_percent=50;prior_relief_duration=>=56"),
        .init(
            "After the lumbar epidural steroid injection of 02/01/2016 her pain fell from 8/10 to 3/10; by 04/01/2016 the pain had come back to where it was.",
            "Repeat lumbar epidural steroid injection L5-S1", "prior_relief_duration=60"),
    ]

    /// Not a relief's end: a return after a new strain, a relief's onset, a return to the clinic.
    static let reliefReturnMustNot: [Row] = [
        .init(
            "The lumbar epidural on 04/04/2016 gave 70% relief. The pain came back after she lifted a heavy box at work.",
            "Repeat lumbar epidural steroid injection L4-5", "prior_relief_duration=nil"),
        .init(
            "She had a lumbar epidural on 03/01/2016; the relief began after about two weeks and she rates it at 60%.",
            "Repeat lumbar epidural steroid injection L4-5", "prior_relief_duration=nil"),
        .init(
            "He returned after six weeks for follow-up of the 05/02/2016 lumbar epidural, which he says gave 60% relief.",
            "Repeat lumbar epidural steroid injection L4-5", "prior_relief_duration=!42"),
    ]

    /// A significant change told for a repeat study: a new deficit, a red flag, symptoms and
    /// findings changed.
    static let change: [Row] = [
        .init(
            "Since the lumbar MRI of 2015 he has developed new weakness of the left foot, and a foot drop was found on today's exam.",
            "Repeat MRI lumbar spine", "significant_change=true"),
        .init(
            "Nurse case manager note: she reports new loss of bladder control since 10/2016, and her leg numbness has spread to both feet.",
            "Repeat MRI lumbar spine", "significant_change=true"),
        .init(
            "The leg pain has worsened markedly since the 03/2016 MRI, and the left ankle reflex, 2+ at that time, is now absent.",
            "Repeat MRI lumbar spine", "significant_change=true"),
        .init(
            "There has been no significant change in her symptoms since the prior MRI, and the exam is unchanged.",
            "Repeat MRI lumbar spine", "significant_change=false"),
    ]

    /// Not a change: a heading or a time told by the symptoms' onset, a provocation, an exam the
    /// same at two dates.
    static let changeMustNot: [Row] = [
        .init(
            "History since the new symptoms began in 2014: neck pain 6/10, the same as at prior visits. Exam is stable.",
            "Repeat MRI cervical spine", "significant_change=!true"),
        .init(
            "Her low back pain worsens with bending and lifting and eases with rest. The lumbar MRI of 2015 showed a disc protrusion at L4-5.",
            "Repeat MRI lumbar spine", "significant_change=!true"),
        .init(
            "Exam 06/01/2016: lumbar flexion 40 degrees, SLR negative, sensation intact. Exam 09/01/2016: lumbar flexion 40 degrees, SLR negative, sensation intact.",
            "Repeat MRI lumbar spine", "significant_change=!true"),
        .init(
            "PT note: pain is worse at the end of the day and with prolonged sitting. She completed 8 of 12 visits.",
            "Repeat MRI lumbar spine", "significant_change=!true"),
    ]

    /// Homebound told as what the worker cannot do.
    static let homebound: [Row] = [
        .init(
            "He is non-weight-bearing on the left leg after the fracture repair and leaves the house only for doctor visits, with his wife's help and a wheelchair van.",
            "Home health nursing visits 2 times a week for 4 weeks", "homebound=true"),
        .init(
            "Nurse case manager: she cannot drive, cannot manage the stairs of her apartment without two people, and has left home only for medical appointments since the surgery.",
            "Home health aide 3 times a week for 6 weeks", "homebound=true"),
        .init(
            "She is wheelchair level for all mobility and is taken to her appointments by a wheelchair van.",
            "Home health physical therapy 2x4", "homebound=true"),
        .init(
            "Leaving the home requires the help of another person and a walker, and it is a considerable effort for him.",
            "Home health nursing visits 2 times a week for 4 weeks", "homebound=true"),
        .init(
            "PT home visit: pt is NWB on the right leg, transfers bed to wheelchair with max assist, and does not leave the home except for medical appointments.",
            "Home health physical therapy 2x4", "homebound=true"),
    ]

    /// Not homebound: the worker drives, shops, goes out; a past non-weight-bearing period.
    static let notHomebound: [Row] = [
        .init(
            "She drives herself to her appointments and goes grocery shopping on weekends.",
            "Home health aide 3 times a week for 6 weeks", "homebound=false"),
        .init(
            "He walks with a cane outdoors and goes to church on Sundays with his family.",
            "Home health nursing visits 2 times a week for 4 weeks", "homebound=false"),
    ]

    static let homeboundMustNot: [Row] = [
        .init(
            "He was non-weight-bearing for six weeks after the ankle surgery in 2015 and now walks without an aid.",
            "Home health nursing visits 2 times a week for 4 weeks", "homebound=!true"),
        .init(
            "She uses crutches and is non-weight-bearing on the right foot in a boot. She takes the bus to work at the front desk.",
            "Home health aide 3 times a week for 6 weeks", "homebound=!true"),
    ]

    @Test(arguments: reliefReturn + change + homebound + notHomebound)
    func readsTheFact(_ row: Row) {
        #expect(ProcedureReliefTableTests.misses(row).isEmpty, "\(ProcedureReliefTableTests.misses(row))")
    }

    @Test(arguments: reliefReturnMustNot + changeMustNot + homeboundMustNot)
    func doesNotReadIt(_ row: Row) {
        #expect(ProcedureReliefTableTests.misses(row).isEmpty, "\(ProcedureReliefTableTests.misses(row))")
    }
}
