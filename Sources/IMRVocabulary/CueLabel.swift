/// The labels of cue phrases that Swift reads by name: what a phrase signals within its set
/// (``CueName/labels`` says which set takes which). Labels that are values (numbers, the
/// expansion of an abbreviation) are read as they are.
public enum CueLabel: DataName {
    /// The finding, or the thing the set is about, is stated.
    case yes
    /// Its absence is stated.
    case no
    /// A declared fact's phrase that states the finding only where it opens its statement, its
    /// subject and verb left out as in a telegraphic note ("At MMI."): read as `yes` there
    /// (``TelegraphicStatements`` in the fact extractor), and not elsewhere ("FCE at MMI").
    case opening
    /// A declared fact's phrase that states the finding when affirmed and nothing when denied: it
    /// names one cause or sign of the finding, whose denial denies only itself ("no BPPV" rules out
    /// one cause of dizziness, not the dizziness): read as `yes` affirmed, left out denied
    /// (``DeclaredFactReader`` in the fact extractor).
    case affirms
    /// `persistence`: a statement of how long symptoms have lasted.
    case term
    /// `drug_reference`: a word standing for one drug, for every drug named, or for nothing.
    case one, all, none
    /// `work`: the work status a phrase states; `working`, work whose duty is the schedule told
    /// with it ("currently working part time"), full duty when none is told.
    case notWorking, modifiedDuty, fullDuty, working
    /// `sex`.
    case male, female
    /// `section_headings`: the section of a note a heading opens (`summary`: a label naming the
    /// summary or who wrote it, which opens none).
    case subjective, objective, assessment, plan, request, review, history, summary
    /// `score_comparison`: two pain scores with and without a treatment, or from one to the other;
    /// or told before and after a dose, in the order of their words.
    case withWithout, fromTo, beforeAfter, prePost
    /// `request_epidural_approach`: the approach of an epidural injection.
    case transforaminal, interlaminar, caudal
    /// `located_diagnosis` (a term group): a diagnosis of a nerve root or nerve, which bears on the
    /// limb the nerve reaches.
    case radiating
    /// `service_extent` (a term group): a service asked as a course of visits, or as one visit.
    case course, visit
    /// `postoperative_services` (a term group): care of the recovery from a surgery (home care,
    /// inpatient rehabilitation), for the post-operative period when a surgery was done recently.
    case recovery
    /// `postoperative_services` (a term group): the hospital stay a surgery is done in, associated
    /// with the surgery the request names with it, not post-operative care.
    case stay
    /// `assay_tests` (a term group): laboratory tests that name the drug they measure, and the
    /// test a word of measuring names ("Serum testosterone level").
    case tests, measuring
    /// `drug_reference`: a relative word standing for the drugs listed right before it ("Norco,
    /// which helps").
    case relative
    /// `drug_reference`: a word standing for two drugs or more named before it ("Norco and Soma;
    /// both help"), and for nothing when fewer are ("managed with docusate ... sent home both times").
    case both
    /// `effect_consequences`: a consequence told also of pain or of anything else ("was sent home",
    /// "missed work", "had a fall"), an adverse effect's only in a side-effects field.
    case field
    /// `drug_declined`: a drug offered (a refusal after it in its sentence is its own).
    case offer
    /// `outcome_role`: a question put to the worker ("asked what"), which reaches to its comma.
    case question
    /// `body_sides`: the side of the body a phrase tells.
    case left, right, bilateral
    /// `activity_markers`: an activity told regained, a capacity of the worker, or lost.
    case regained, capacity, lost
    /// `personal_care_activities`: an activity of the toilet (toileting, toilet transfers) or of the
    /// bath (bathing, showering, tub transfers), which a bathroom item addresses.
    case toileting, bathing
    /// `diagnosis_withdrawn_after`: a finding left in doubt after it ("not excluded", "is
    /// suspected"), which a red flag's suspicion does not withdraw.
    case doubt
    /// `request_name_fillers`: a word a request writes inside a procedure's name, a side of the body
    /// or an approach ("Open repair of the right Achilles tendon").
    case side, approach
    /// `conservative_care_kinds`: care by drugs, the kind a drug named as taken counts as.
    case medication

    public static let names = snakeCaseNames()

    /// Whether `label` is this label (`hit.label == .yes`).
    public static func == (label: String, cueLabel: CueLabel) -> Bool { label == cueLabel.name }

    /// Whether `label` is another label.
    public static func != (label: String, cueLabel: CueLabel) -> Bool { label != cueLabel.name }
}
