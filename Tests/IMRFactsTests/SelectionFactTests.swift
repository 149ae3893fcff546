import IMRCore
import IMRFacts
import IMRVocabulary
import Testing

/// The patient-selection facts as clinicians write them: an electrodiagnostic study done and what it
/// showed, a TENS unit tried, a psychological screen done, smoking; negated, pending and planned.
struct SelectionFactTests {
    struct Row: CustomStringConvertible, Sendable {
        var summary: String
        var fact: String
        /// The expected value; nil: not documented.
        var value: FactValue?
        var description: String { "\(fact): \(summary)" }
    }

    static let electrodiagnostics: [Row] = [
        .init(
            summary: "EMG/NCS revealed moderate bilateral carpal tunnel syndrome.", fact: "electrodiagnostic_findings",
            value: .terms(["carpal_tunnel_syndrome"])),
        .init(
            summary: "Electrodiagnostic studies dated 3/2/2015 were positive for right CTS.", fact: "electrodiagnostic_findings",
            value: .terms(["carpal_tunnel_syndrome"])),
        .init(
            summary: "EMG/NCV dated 1/5/2016: mild right carpal tunnel syndrome.", fact: "electrodiagnostic_findings",
            value: .terms(["carpal_tunnel_syndrome"])),
        // A median neuropathy at the wrist is carpal tunnel syndrome by definition: the study confirms it.
        .init(
            summary: "Nerve conduction velocity studies showed median neuropathy at the wrist.", fact: "electrodiagnostic_findings",
            value: .terms(["carpal_tunnel_syndrome"])),
        .init(summary: "The EMG/NCS was positive and surgery was recommended.", fact: "electrodiagnostic_abnormal", value: .bool(true)),
        .init(summary: "An EMG showed denervation in the C6 myotome.", fact: "electrodiagnostic_abnormal", value: .bool(true)),
        .init(summary: "Nerve conduction studies were normal.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "EMG/NCS of the upper extremities was unremarkable.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "NCV showed no evidence of carpal tunnel syndrome.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "NCV showed no evidence of carpal tunnel syndrome.", fact: "electrodiagnostic_findings", value: nil),
        // Negated, pending, planned: no study done.
        .init(summary: "No NCS has been done.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "She has not had electrodiagnostic testing.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "EMG/NCS pending.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "EMG/NCS is scheduled for next week.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        // A planned study names what it is to look for, not what it found.
        .init(
            summary: "The treatment plan includes EMG/NCV of the upper extremities to rule out carpal tunnel syndrome.",
            fact: "electrodiagnostic_findings", value: nil),
        .init(
            summary: "The physician recommended electrodiagnostic testing for the carpal tunnel syndrome.",
            fact: "electrodiagnostic_findings", value: nil),
        .init(summary: "She has carpal tunnel syndrome on exam.", fact: "electrodiagnostic_abnormal", value: nil),
    ]

    /// A study ordered, requested, intended, scheduled or certified has no result yet (false: none
    /// done); the prefix written apart is the same word; a result in other words is one.
    static let electrodiagnosticWording: [Row] = [
        .init(
            summary: "Electro-diagnostic testing of the bilateral upper extremities was ordered.", fact: "electrodiagnostic_abnormal",
            value: .bool(false)),
        .init(
            summary: "Electro- diagnostic testing of the upper extremities was ordered.", fact: "electrodiagnostic_abnormal",
            value: .bool(false)),
        .init(
            summary:
                "X-rays of the lumbar spine, a lumbar brace and electro diagnostic studies of the lower extremities were also requested.",
            fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(
            summary: "The physician stated he was intent on pursuing electrodiagnostic testing of the right upper extremity.",
            fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "He plans to obtain EMG/NCV studies of the legs.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(
            summary: "The provider would like to get an EDX study of both arms.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(summary: "NCS of the right arm was authorized on 1/4/2017.", fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(
            summary: "Utilization review certified the EMG/NCS of the lower extremities on 12/27/2016.", fact: "electrodiagnostic_abnormal",
            value: .bool(false)),
        .init(
            summary: "The request for EMG/NCS of the bilateral upper extremities was non-certified by utilization review.",
            fact: "electrodiagnostic_abnormal", value: .bool(false)),
        .init(
            summary: "On 12/19/2016 a request was received for EMG and nerve conduction studies of the legs that was certified.",
            fact: "electrodiagnostic_abnormal", value: .bool(false)),
        // UR's reasoning documents no study done or not done.
        .init(
            summary: "The request for carpal tunnel release was denied as no electrodiagnostic testing was documented.",
            fact: "electrodiagnostic_abnormal", value: nil),
        // Done, with a result in other words.
        .init(
            summary: "Electro-diagnostic studies demonstrated a right L5 radiculopathy.", fact: "electrodiagnostic_findings",
            value: .terms(["radiculopathy"])),
        .init(
            summary: "Electromyographic findings were suggestive of chronic denervation.", fact: "electrodiagnostic_abnormal",
            value: .bool(true)),
        .init(summary: "EDX 3/2/16: c/w mild left CTS.", fact: "electrodiagnostic_abnormal", value: .bool(true)),
        .init(
            summary: "Electrophysiologic testing of the upper extremities was within normal limits.", fact: "electrodiagnostic_abnormal",
            value: .bool(false)),
        .init(
            summary: "EMG/NCS done last year was normal; a repeat study is requested.", fact: "electrodiagnostic_abnormal",
            value: .bool(false)),
    ]

    static let tens: [Row] = [
        .init(summary: "The patient has failed a TENS unit.", fact: "tens_tried", value: .bool(true)),
        .init(summary: "He uses a TENS unit at home with some relief.", fact: "tens_tried", value: .bool(true)),
        .init(summary: "Treatment to date has included physical therapy, medications and TENS.", fact: "tens_tried", value: .bool(true)),
        .init(
            summary: "A prior trial of transcutaneous electrical nerve stimulation did not help.", fact: "tens_tried", value: .bool(true)),
        .init(summary: "He has not tried a TENS unit.", fact: "tens_tried", value: .bool(false)),
        .init(summary: "The treating physician recommended a TENS unit trial.", fact: "tens_tried", value: .bool(false)),
        .init(summary: "A TENS unit is to be dispensed.", fact: "tens_tried", value: .bool(false)),
        .init(summary: "He has done physical therapy.", fact: "tens_tried", value: nil),
        // A device still to come is not one tried.
        .init(
            summary: "The patient was to receive an FCE, physical therapy, acupuncture, TENS unit, lumbar support and topical cream.",
            fact: "tens_tried", value: .bool(false)),
        .init(summary: "We will trial a TENS unit for 30 days.", fact: "tens_tried", value: .bool(false)),
        .init(summary: "Plan: TENS unit, home exercise program.", fact: "tens_tried", value: .bool(false)),
        .init(summary: "She wishes to try a TENS unit before an injection.", fact: "tens_tried", value: .bool(false)),
        .init(summary: "UR certified a 30-day TENS rental.", fact: "tens_tried", value: .bool(false)),
        .init(summary: "A TENS unit was dispensed and she has been using it daily.", fact: "tens_tried", value: .bool(true)),
        .init(summary: "The plan is to continue the TENS unit.", fact: "tens_tried", value: .bool(true)),
        .init(summary: "Ongoing use of TENS at home has helped.", fact: "tens_tried", value: .bool(true)),
        // UR's reasoning says nothing of whether the worker tried one.
        .init(
            summary: "The H-wave unit was denied as a TENS trial was not documented.", fact: "tens_tried", value: nil),
    ]

    static let psychological: [Row] = [
        .init(
            summary: "A psychological evaluation was completed and he was cleared for the spinal cord stimulator trial.",
            fact: "psychological_clearance", value: .bool(true)),
        .init(summary: "She underwent a presurgical psychological evaluation in May.", fact: "psychological_clearance", value: .bool(true)),
        .init(summary: "Psych clearance was obtained on 2/3/2016.", fact: "psychological_clearance", value: .bool(true)),
        .init(summary: "Psych clearance is pending.", fact: "psychological_clearance", value: .bool(false)),
        .init(summary: "No psychological evaluation has been performed.", fact: "psychological_clearance", value: .bool(false)),
        .init(
            summary: "A psychological evaluation prior to the spinal cord stimulator trial is recommended.",
            fact: "psychological_clearance", value: .bool(false)),
        .init(summary: "A psychosocial screen has not been done.", fact: "psychological_clearance", value: .bool(false)),
        .init(summary: "He reports depression.", fact: "psychological_clearance", value: nil),
        // A referral or consultation planned is not an evaluation done.
        .init(
            summary: "X-rays of the spine, a lumbar brace, referral to psychology and referral to neurology were requested.",
            fact: "psychological_clearance", value: .bool(false)),
        .init(summary: "He was referred to a psychologist for evaluation.", fact: "psychological_clearance", value: .bool(false)),
        .init(summary: "Psychology consult is pending.", fact: "psychological_clearance", value: .bool(false)),
        .init(
            summary: "A psych referral was recommended before the stimulator trial.", fact: "psychological_clearance", value: .bool(false)),
        .init(
            summary: "The psychology consultation was completed on 5/1/2016 and he was cleared for the trial.",
            fact: "psychological_clearance", value: .bool(true)),
        .init(
            summary: "An evaluation by a psychologist found no contraindication to the stimulator.", fact: "psychological_clearance",
            value: .bool(true)),
        .init(
            summary: "She saw a psychologist who felt she was an appropriate candidate for the spinal cord stimulator.",
            fact: "psychological_clearance", value: .bool(true)),
        .init(summary: "The psychiatrist cleared him for the fusion on 4/2/2016.", fact: "psychological_clearance", value: .bool(true)),
        .init(
            summary: "He was referred to a psychologist for a presurgical evaluation of his candidacy for the stimulator.",
            fact: "psychological_clearance", value: .bool(false)),
        .init(summary: "Clearance from his psychologist is pending.", fact: "psychological_clearance", value: .bool(false)),
    ]

    static let smoking: [Row] = [
        .init(summary: "He smokes one pack per day.", fact: "smoker", value: .bool(true)),
        .init(summary: "The patient is a 45 year old smoker with back pain.", fact: "smoker", value: .bool(true)),
        .init(summary: "The applicant was still smoking, it was noted.", fact: "smoker", value: .bool(true)),
        .init(summary: "He was advised to quit smoking.", fact: "smoker", value: .bool(true)),
        .init(summary: "He is a nonsmoker.", fact: "smoker", value: .bool(false)),
        .init(summary: "He is a non-smoker.", fact: "smoker", value: .bool(false)),
        .init(summary: "He quit smoking in 2010.", fact: "smoker", value: .bool(false)),
        .init(summary: "He denies smoking or alcohol use.", fact: "smoker", value: .bool(false)),
        .init(summary: "The injured worker had no history of smoking or alcohol abuse.", fact: "smoker", value: .bool(false)),
        .init(summary: "He has low back pain.", fact: "smoker", value: nil),
    ]

    @Test(arguments: electrodiagnostics + electrodiagnosticWording + tens + psychological + smoking)
    func readsSelectionFact(_ row: Row) {
        #expect(summaryFacts(row.summary)[row.fact]?.value == row.value)
    }

    /// A sentence that restates the request or its review is not what was done.
    @Test func reviewSentencesAreNotRead() {
        let facts = summaryFacts("The request for carpal tunnel release was denied as EMG/NCS had not been documented.")
        #expect(facts["electrodiagnostic_findings"] == nil)
        #expect(facts["electrodiagnostic_abnormal"]?.value != .bool(true))
    }

    struct RentalRow: CustomStringConvertible, Sendable {
        var request: String
        var rental: Bool?
        var description: String { request }
    }

    /// A device trial is a rental unless the request says purchase.
    static let rentals: [RentalRow] = [
        .init(request: "TENS unit 30 day trial", rental: true),
        .init(request: "H-wave unit, home trial", rental: true),
        .init(request: "Interferential unit x 1 month trial", rental: true),
        .init(request: "TENS unit rental", rental: true),
        .init(request: "TENS unit purchase after successful trial", rental: false),
        .init(request: "TENS unit", rental: nil),
        // A trial of a drug or a therapy is no rental.
        .init(request: "Acupuncture trial x 6 visits", rental: nil),
        .init(request: "Lidoderm patch trial #30", rental: nil),
    ]

    @Test(arguments: rentals)
    func readsADeviceTrialAsARental(_ row: RentalRow) {
        #expect(requestFacts(row.request)["rental"]?.value == row.rental.map { .bool($0) })
    }

    struct RequestRow: CustomStringConvertible, Sendable {
        var request: String
        var fact: String
        var value: FactValue?
        var description: String { "\(fact): \(request)" }
    }

    /// The approach of an epidural injection, a cold unit with compression, home or hospital use,
    /// read from the request's own words.
    static let requestRows: [RequestRow] = [
        .init(
            request: "Lumbar interlaminar epidural steroid injection at L4-L5 and L5-S1", fact: "epidural_approach",
            value: .term("interlaminar")),
        .init(request: "Right L5-S1 TFESI under fluoroscopy", fact: "epidural_approach", value: .term("transforaminal")),
        .init(
            request: "Bilateral L4-5 transforaminal epidural steroid injections", fact: "epidural_approach", value: .term("transforaminal")),
        .init(request: "Caudal epidural steroid injection", fact: "epidural_approach", value: .term("caudal")),
        .init(request: "C6-7 ILESI", fact: "epidural_approach", value: .term("interlaminar")),
        .init(request: "Lumbar epidural steroid injection L4-5", fact: "epidural_approach", value: nil),
        .init(request: "Vascutherm unit with DVT prophylaxis, 14 day rental", fact: "cold_compression", value: .bool(true)),
        .init(request: "Game Ready cold compression unit for the right shoulder", fact: "cold_compression", value: .bool(true)),
        .init(request: "Post-op cold therapy unit, 7 day rental", fact: "cold_compression", value: nil),
        .init(request: "CPM machine for home use x 21 days", fact: "home_use", value: .bool(true)),
        .init(request: "Inpatient CPM for 3 days", fact: "home_use", value: .bool(false)),
        .init(request: "Hospital bed for an unspecified rental", fact: "home_use", value: .bool(true)),
        .init(request: "Continuous passive motion machine, 14 day rental", fact: "home_use", value: nil),
        .init(request: "Lumbar ESI x 3", fact: "injections_requested", value: .number(3)),
        .init(request: "Series of three lumbar epidural steroid injections", fact: "injections_requested", value: .number(3)),
        .init(request: "Two lumbar epidural steroid injections at L4-5", fact: "injections_requested", value: .number(2)),
        .init(request: "Lumbar epidural injection times 2", fact: "injections_requested", value: .number(2)),
        .init(request: "Lumbar ESI #2", fact: "injections_requested", value: .number(2)),
        .init(request: "Lumbar ESI, series of 3", fact: "injections_requested", value: .number(3)),
        .init(request: "1 lumbar ESI", fact: "injections_requested", value: .number(1)),
        .init(request: "Left L4-5 transforaminal epidural steroid injection", fact: "injections_requested", value: nil),
        .init(request: "Two-level lumbar ESI", fact: "injections_requested", value: nil),
        .init(request: "TFESI at L4-L5 x 2 levels", fact: "injections_requested", value: nil),
        .init(request: "C5-6 ESI", fact: "injections_requested", value: nil),
        .init(request: "Bilateral L4-5 and L5-S1 medial branch blocks", fact: "injections_requested", value: nil),
        .init(request: "Spinal cord stimulator trial", fact: "implant_trial", value: .bool(true)),
        .init(request: "Temporary percutaneous SCS trial implantation", fact: "implant_trial", value: .bool(true)),
        .init(request: "Spinal cord stimulator implantation", fact: "implant_trial", value: .bool(false)),
        .init(request: "Permanent SCS placement", fact: "implant_trial", value: .bool(false)),
        .init(request: "Spinal cord stimulator", fact: "implant_trial", value: nil),
    ]

    @Test(arguments: requestRows)
    func readsTheRequestsOwnWords(_ row: RequestRow) {
        #expect(requestFacts(row.request)[row.fact]?.value == row.value)
    }

    /// The request's words are the request's: a summary's approach or home is not read as the request's.
    @Test func requestWordsAreNotReadFromTheSummary() {
        let facts = requestFacts("Lumbar epidural steroid injection", summary: "He had a transforaminal injection at home last year.")
        #expect(facts["epidural_approach"] == nil)
        #expect(facts["home_use"] == nil)
    }

    static let stiffKnee: [Row] = [
        .init(summary: "She developed arthrofibrosis after the knee replacement.", fact: "stiff_knee_risk", value: .bool(true)),
        .init(summary: "He is unable to participate in physical therapy because of dementia.", fact: "stiff_knee_risk", value: .bool(true)),
        .init(summary: "She will be non weight bearing for six weeks after surgery.", fact: "stiff_knee_risk", value: .bool(true)),
        .init(summary: "There is no arthrofibrosis.", fact: "stiff_knee_risk", value: .bool(false)),
        .init(summary: "He is scheduled for a total knee arthroplasty.", fact: "stiff_knee_risk", value: nil),
    ]

    /// Whether a cane, walker or manual wheelchair would resolve the mobility deficit (ODG, Power
    /// mobility devices).
    static let mobility: [Row] = [
        .init(summary: "She ambulates with a single point cane.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "He walks slowly with a front-wheeled walker.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "The patient is able to ambulate short distances.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "He is unable to ambulate even with a walker.", fact: "ambulates_with_aid", value: .bool(false)),
        .init(summary: "She is non-ambulatory since the amputation.", fact: "ambulates_with_aid", value: .bool(false)),
        .init(summary: "Gait and posture were normal.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "He has an antalgic gait favoring the right leg.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "She walked with intermittent pain, but no antalgic gait.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "He is on crutches after the fracture.", fact: "ambulates_with_aid", value: .bool(true)),
        // Walking that brings on or worsens the pain, or is done with difficulty, is walking.
        .init(summary: "The hip pain was aggravated by movement, sitting and walking.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "Her knee pain is worse with prolonged standing and walking.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "He reports difficulty walking more than a block.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "She has no pain with walking.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "Walking tolerance is 15 minutes.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "Pain is aggravated by lifting and bending.", fact: "ambulates_with_aid", value: nil),
        .init(
            summary: "He was having swelling about the knee with attendant difficulty standing and walking.", fact: "ambulates_with_aid",
            value: .bool(true)),
        .init(summary: "He is walking in the home around 250 feet as exercise.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "She is unable to walk more than one block.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "The patient could perform a heel/toe walk.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "He was unable to heel walk on the right.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "Tandem gait was intact.", fact: "ambulates_with_aid", value: .bool(true)),
        .init(summary: "He is unable to walk even with a walker.", fact: "ambulates_with_aid", value: .bool(false)),
        .init(summary: "Treatment to date includes use of a wheelchair.", fact: "manual_wheelchair_feasible", value: .bool(true)),
        .init(
            summary: "He is unable to propel a manual wheelchair due to bilateral shoulder weakness.", fact: "manual_wheelchair_feasible",
            value: .bool(false)),
        .init(summary: "She self-propels a manual wheelchair at home.", fact: "manual_wheelchair_feasible", value: .bool(true)),
        .init(summary: "His wife assists with the wheelchair.", fact: "caregiver_can_push", value: .bool(true)),
        .init(summary: "He lives alone and has no caregiver.", fact: "caregiver_can_push", value: .bool(false)),
        .init(summary: "He has chronic knee pain.", fact: "manual_wheelchair_feasible", value: nil),
    ]

    @Test(arguments: mobility)
    func readsWhetherACaneWalkerOrManualWheelchairWouldDo(_ row: Row) {
        #expect(summaryFacts(row.summary)[row.fact]?.value == row.value)
    }

    /// The relief an earlier injection of the requested kind gave and how long it lasted.
    static let injectionRelief: [Row] = [
        .init(summary: "She had a lumbar ESI on 3/1/2016 with 60% relief for 8 weeks.", fact: "prior_relief_percent", value: .number(60)),
        .init(summary: "She had a lumbar ESI on 3/1/2016 with 60% relief for 8 weeks.", fact: "prior_relief_duration", value: .days(56)),
        .init(
            summary: "The prior epidural steroid injection provided 70% pain relief lasting about two months.",
            fact: "prior_relief_duration", value: .days(60)),
        .init(summary: "A previous ESI gave 50% relief for 2-3 weeks.", fact: "prior_relief_duration", value: .days(14)),
        .init(summary: "The last ESI provided 8 weeks of relief.", fact: "prior_relief_duration", value: .days(56)),
        .init(summary: "Prior ESI decreased pain from 8/10 to 4/10.", fact: "prior_relief_percent", value: .number(50)),
        .init(summary: "He had an ESI 3 weeks ago with 30% relief.", fact: "prior_relief_percent", value: .number(30)),
        .init(summary: "He had an ESI 3 weeks ago with 30% relief.", fact: "prior_relief_duration", value: nil),
        .init(summary: "A trigger point injection gave 60% relief for 8 weeks.", fact: "prior_relief_percent", value: nil),
        .init(summary: "An ESI is scheduled, hoping for 50% relief.", fact: "prior_relief_percent", value: nil),
        .init(
            summary: "Dr. Smith recommends a repeat ESI since the prior ESI gave 60% relief for 8 weeks.", fact: "prior_relief_percent",
            value: .number(60)),
    ]

    @Test(arguments: injectionRelief)
    func readsTheReliefOfTheLastInjection(_ row: Row) {
        #expect(summaryFacts(row.summary, request: "Repeat lumbar epidural steroid injection")[row.fact]?.value == row.value)
    }

    @Test(arguments: stiffKnee)
    func readsARiskOfAStiffKnee(_ row: Row) {
        #expect(summaryFacts(row.summary)[row.fact]?.value == row.value)
    }

    /// The time since the last drug screen done: a date in its sentence, to the request's date when
    /// the summary gives it, else to the latest date of a bare summary (a letter's UR date); a
    /// screen only requested or without a date gives none.
    static let screenIntervals: [Row] = [
        .init(
            summary: "A urine drug screen on 1/5/2016 was consistent. He was seen on 7/5/2016.", fact: "drug_screen_interval",
            value: .days(182)),
        .init(
            summary: "UDS 3/1/2016: consistent. UDS 6/1/2016: consistent. Follow-up 7/1/2016.", fact: "drug_screen_interval",
            value: .days(30)),
        .init(
            summary: "A urine drug screen was requested on 6/1/2016. He was seen on 7/1/2016.", fact: "drug_screen_interval",
            value: nil),
        .init(summary: "His last urine drug screen was consistent. He was seen on 7/1/2016.", fact: "drug_screen_interval", value: nil),
        .init(
            summary:
                "A urine drug screen on 1/5/2016 was consistent. The Request for Authorization dated 5/5/2016 asked for another. He was seen on 7/5/2016.",
            fact: "drug_screen_interval", value: .days(121)),
    ]

    @Test(arguments: screenIntervals)
    func readsTheTimeSinceTheLastDrugScreen(_ row: Row) {
        #expect(summaryFacts(row.summary, request: "Urine drug screen")[row.fact]?.value == row.value)
    }
}
