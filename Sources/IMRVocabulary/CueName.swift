import IMRCore

/// The cue sets the fact extractor reads by name. Each must be defined in a `.cues` file of the
/// lexicon directory, with the shape and labels given here; `imr lint` reports one that is not.
public enum CueName: DataName {
    // Time and section markers.
    case review, past, plan, planned, continuing, starting, stopped
    case sectionHeadings, formerly
    /// The worker as the subject opening a sentence ("She has …"): prose of the record, which ends a
    /// section a label carried from an earlier sentence.
    case recordSubjects
    /// Phrases that hold a `review` phrase and say nothing of the review ("relevant to the request").
    case reviewQualifier
    // Negation, hedging and clauses.
    case negationBefore
    case negationAfter
    case clauseBoundary
    case hedgeBefore
    /// Words that leave an examination finding or a sign right after them in doubt ("possible
    /// weakness", "r/o radiculopathy"): narrower than `hedgeBefore`, whose purpose words
    /// ("evaluate", "assess") do not doubt a symptom.
    case findingDoubt
    /// Negations that belong to the phrase before them ("without"), ended by a comma before a new complaint.
    case attachedNegation
    /// Words that, right after a comma, open a new complaint (a side, a region's first word).
    case complaintOpeners
    /// Words that join the alternatives of a differential diagnosis ("vs", "versus"; "or" in an assessment).
    case differential
    /// Words after a post-negation ("was not") that make it deny an outcome, not the thing named
    /// before it ("PT was not helpful": PT was given).
    case negatedOutcomes
    /// Verbs that, after a comma, open a clause a negation before the comma does not reach.
    case clauseVerbs
    /// Words that, after a coordinator, open a clause a negation before the coordinator does not reach.
    case clauseOpeners
    /// Determiners that, after a comma or a `phrase_joiners` word ("and"), open a noun phrase with a
    /// verb of its own (`phrase_verbs`, no coordinator between) that a negation before them does not
    /// reach ("showed no other substances, the CURES report reviewed today lists ...").
    case phraseOpeners, phraseJoiners, phraseVerbs
    /// Words that, right after a `phrase_joiners` word ("and"), open another clause a negation before
    /// the joiner does not reach: a verb of the writer's own act in the past or a subject ("negative
    /// for all substances and reviewed CURES", "and we checked the PDMP").
    case joinedClauseVerbs
    /// Verbal negations ("not", "never") whose next word, right before a joiner, is a verb sharing the
    /// negation with the `joined_clause_verbs` word after the joiner ("has not read and signed").
    case joinedVerbNegations
    /// A joined subject denied by its predicate (``NegationDetector``): the plural copulas after it
    /// and the quantifiers between a copula and its predicate ("are both negative").
    case subjectCopulas, subjectQuantifiers
    /// A finding affirmed in its own phrase, and the words after a post-negation's first word that
    /// tell it of another place (``NegationDetector``: "positive at the tarsal tunnel and negative at
    /// the fibular head").
    case affirmedResults, resultPlaceLinks
    /// Words that open the reason of a statement (``NegationDetector``: "because"): a negation before
    /// one does not reach the reason after it ("pain not controlled because the medications have
    /// caused side effects").
    case negationReasons
    /// An offer declined (``DeclinedOffers`` in the fact extractor): the words of an offer, of the
    /// worker's refusal, of the words that lead a refusal ("she", "which"), and of a refusal reversed.
    case offerWords, offerRefusals, offerRefusalLeads, offerReversals
    /// A question asserts nothing (``Questions`` in the fact extractor): the words that open a
    /// question asked before its `?` ("Is surgery indicated?"), and those that open one told
    /// ("whether", "if" after "asked" or "unclear").
    case questionOpeners, questionSubordinators, questionIfVerbs, questionIf
    /// A condition, an alternative not chosen and an option weighed assert nothing (``Moods`` in the
    /// fact extractor): the words that open a condition ("if", "should" opening a clause) and those
    /// that tell its prospect, an alternative ("rather than", "over" after a verb of choice) and
    /// options ("options include", "a decision between").
    case moodConditionals, moodIfCancels, moodThen, moodInversions, moodProspects, moodContinuations
    case moodAlternativeHeads, moodAlternativeLinks, moodChoiceOver, moodChoiceVerbs, moodReasons
    case moodOptionHeads, moodOptionLinks, moodChoiceHeads, moodBetween, moodChoiceMade
    /// A general instruction asserts nothing (``Moods``): the words that open its generic subject, name
    /// a result, make its verb an instruction, and lead its clause ("advises that").
    case moodGenericSubjects, moodResultWords, moodInstructionModals, moodInstructionLeads
    /// Words that name a surgery inside a condition or among options weighed ("if the MRI shows a
    /// tear, arthroscopy"): the worker would consider surgery an option (`surgery_considered`).
    case moodSurgeryWords
    /// Words that make a benefit a prospect ("PT would be helpful"), not a judgement of care given.
    case benefitProspect
    // Findings.
    case neurologic, subjective, objective
    case diagnosisSiteWords
    case diagnosisSiteLead
    case examTest
    case diagnosisStatement
    case articles
    case anatomicNames
    case anatomicSiteLead
    case diagnosisWithdrawnAfter
    /// The phrases that, closing a list of diagnoses, withdraw each item (``ClinicalFacts/closesList(sentence:last:_:)``).
    case diagnosisListWithdrawnAfter
    case strengthScale
    case strengthWords
    case regionalNerveFindings
    case diagnosisWording
    case subjectiveAfter
    case examResult
    case feltSensation
    case severeDepressionScores
    case depressionScores
    case diagnosisPastBefore
    case diagnosisOngoing
    case reflexWords, reflexSites
    /// A low reflex grade told alike and symmetric for every reflex named, with no side: no focal
    /// deficit (``ClinicalFacts``).
    case reflexSymmetric, reflexSides
    // Outcomes.
    case conservativeFailure
    /// A capacity lost without a treatment ("without Norco she cannot get out of bed"): the drug's
    /// functional benefit when a drug is named after its "without".
    case functionLostWithout
    /// A drug's working or its failure to ("Norco is not working", "no longer works"): its pain benefit.
    case drugWorking
    case conservativeTreatment
    case persistence, work
    case persistenceLead
    /// The result of conservative care read as a form (``conservative_care_failed``): words that
    /// scant or deny a change ("no", "little", "without") before a `careResultChanges` word ("no
    /// lasting change"); an `articles` word before one makes it an amount ("a little relief").
    case careResultScant, careResultChanges
    /// Words after a change that name what changed (`in`, `to`, `of`), and the words beside symptoms,
    /// regions and diagnoses that are the complaint ("no change in her condition").
    case careResultObjectLeads, careResultSubjects
    /// Words that make a result a condition ("if there is no change").
    case careResultConditional
    /// A symptom or an inability that remains ("she remains unable to stand", "still wakes with numbness").
    case careResultContinuation, careResultInability
    /// A good result in the clause of a remaining symptom or a concession ("pain remains well controlled").
    case careResultGood
    /// A symptom that came back or grew ("the numbness has returned"), or stayed as it was ("pain, 6/10, unchanged").
    case careResultReturn, careResultUnchanged
    /// Care judged to have failed ("were ineffective").
    case careResultVerdicts
    /// A concession before the care named ("despite 24 physical therapy visits").
    case careResultConcession
    /// A result told as a limit: a bound never crossed ("never brought his arm pain below 7/10"): the
    /// denials, the bounds, and the measures worse high (symptom scores) or low (capacities).
    case careResultDenials, careResultBoundsBelow, careResultBoundsAbove, careResultSymptomScores, careResultCapacities
    /// A best case still poor ("a day or two of relief", "at most a 10% change"): the limits of a
    /// small result (numeric labels) and the words of a best case.
    case careResultLimits, careResultBest
    /// A goal not reached ("has yet to sleep through the night", "has not reached his goal").
    case careResultUnreached, careResultUnreachedLinks, careResultTrialVerbs, careResultReach, careResultGoals
    /// A complaint care did not settle ("had not settled the leg pain", "nothing has touched the back
    /// pain"): the verbs of settling a complaint.
    case careResultSettle
    /// Amounts of relief that may stand between a brief duration and the change it limits ("2
    /// weeks of partial relief").
    case careResultDegrees
    /// Denials that take a partitive before their verb ("none of it has changed the numbness").
    case careResultPartitives
    /// Verbs of a relief wearing off ("the relief wore off", "the benefit faded").
    case careResultWear
    /// A symptom's level told after care (``careResultLevelReturn``: "pain is back at 6/10"): the
    /// word of its return, the verbs that may stand between the symptom and it, and the words that
    /// may stand between it (or a remaining word: "still at 7/10") and the score.
    case careResultLevelReturn, careResultLevelVerbs, careResultLevelLinks
    /// A `cbt_program` phrase's document or author ("Pain psychology report"), the words that join
    /// one before it ("an evaluation by a pain psychologist"), the programme taken up, and the
    /// programme declined or only offered (``ProgramStatements``).
    case programDocuments, programDocumentLinks, programUptake, programDeclined
    /// A device used at home (a home trial, a rental) or only in the office or clinic
    /// (`device_home_trial`).
    case deviceHomeUse, deviceOfficeUse
    /// The worker's part in therapy told as what was done or tolerated (`daily_therapy_tolerance`).
    case therapyToleranceLeads
    /// Units of therapy time, each labelled with its minutes (`daily_therapy_tolerance`).
    case therapyTimeUnits
    /// "Status post" before care, not a surgery ("S/p PT x12"): care done, not post-operative care.
    case careStatusPost
    /// A work status ("off work", "light duty"): care only when told beside other care or a symptom
    /// result, not beside the worker's limits of function alone.
    case careWorkStatus
    /// A will scanted ("little interest in changing"): a refusal. A future denied ("he will not
    /// reduce his hydrocodone"): a refusal when the worker is its subject. The subordinators that
    /// open a clause whose subject is its own ("because his attorney advised it").
    case motivationScant, motivationRefusal, clauseSubordinators
    /// An activity regained told by a relative clause of its former loss ("..., which he could not
    /// manage last year"): the relative words and the earlier times.
    case activityRelatives, activityPastTimes
    /// A duration of months or years after a symptom ("numbness ... for ten months"): symptoms that
    /// persist.
    case symptomDuration
    /// A result a plan waits for ("depending on the findings"): no study done.
    case conditionalResult
    /// Words that make a therapy's name an evaluation for it ("physical therapy assessment",
    /// "multidisciplinary evaluation"): not the therapy given.
    case therapyEvaluation
    /// Words that join an evaluation word to the service it evaluates, before the service's name
    /// ("an assessment for a functional restoration program").
    case therapyEvaluationLinks
    case symptomWords
    case reliefWords
    case medicationWords
    case painScale
    case painScoreLead
    case painScoreFiller
    case painScoreRange
    case painScoreUnits
    // Medications and monitoring.
    case giComplaints
    case sideEffects
    case drugScreen
    case screenConsistency
    /// Words right after a drug screen that tell its result ("UDS negative for illicit substances"):
    /// the screen was done, not denied (``ScreenFindings``).
    case screenResults
    /// A check's results, its links, its own words, and what tells it undone or planned
    /// (``CheckResults``): "negative CURES", "no other prescribers on CURES", "no report from
    /// CURES", "CURES not checked", "CURES to be run".
    case checkResults
    case checkResultLinks
    case checkOwnWords
    case checkUndone
    case checkDoneWords
    /// A drug an instruction leaves to another doctor ("advised to use ibuprofen per occ med"):
    /// the advice words before it and the deferral after it in its clause (``MedicationFacts``).
    case drugAdvice
    case drugDeferred
    /// A study's negation naming its object by a pronoun ("neither shows it", "did not confirm
    /// it"): the verbs and the pronouns (``SelectionFacts``).
    case studyDenialVerbs
    case findingAnaphors
    case weaning
    case partialCertification
    /// Words of a review's decision on a request: who decides (utilization review, a reviewer, the
    /// claims administrator) or what is decided on (the request, a certification). A partial
    /// certification is a statement with one of them in its sentence.
    case reviewActor
    case drugRelief
    /// Relief told as a fraction of the pain ("by half", "by a third"): label = the percentage.
    case reliefFraction
    /// Words naming a dose of a drug ("before a dose", "after her medication"): pain scores told
    /// before and after one compare the drug's effect.
    case doseWords
    /// Words telling a drug's form apart from its name ("patch", "ER", "extended-release", "gel"):
    /// the requested product named by its ingredient and its form (``DrugForms``).
    case drugFormWords
    /// Words placing a pain score before a drug ("before the Lyrica", "prior to starting it",
    /// "until"), and words placing one now ("now", "these days", "since then"): a drug's effect told
    /// as the pain before it and now (``PainOverTime``).
    case painTimeBefore
    case painTimeNow
    /// Pain with and without a drug (``DosePainPairs``): the words that tie a pain value to the
    /// drug's absence ("without", "before", "wears off", "runs out") or presence ("with", "after",
    /// "on", "takes effect"), each read only beside a dose named; the verbs by which the drug
    /// brings the pain down ("lowers", "brings it down to"); and the pronouns that name a dose
    /// ("after taking one", "with them"). A dose's course told by itself (`yes`: "at peak effect",
    /// "once it kicks in"; `no`: "when she runs out") needs no dose named beside it, once its
    /// sentence names one.
    case doseAbsent, dosePresent, doseLowering, dosePronouns, doseCourse
    /// Words naming pain in a sentence of scores ("pain", "hurts", "NRS"), and words naming another
    /// measure rated 0-10 ("anxiety", "mood"): a sentence rating only another measure tells no
    /// pain; the words that set a bare count against another score ("against her usual 4"); and
    /// the words of a drug's start after a `dose_absent` word ("before starting"): the time before
    /// the drug, not a dose missed (``DosePainPairs``).
    case scorePainWords, scoreOtherMeasures, scoreContrast, doseStartWords
    /// A drug or its class told never taken before: `yes` a first use stated ("as the first
    /// medication"), `no` an earlier use denied ("has never taken a muscle relaxant").
    case firstUse
    /// Activities and function, compared in their clause (``FunctionChanges``).
    case functionWords
    /// A capacity told the same as before ("the same as at the last visits", "no different").
    case functionSame
    /// Measures told at two times (``MeasureChanges``), by which direction is better, labelled
    /// with the least change that counts: in the measure's points, or as a percentage of the value
    /// before.
    case measureLowerPoints, measureLowerPercent, measureHigherPoints, measureHigherPercent
    /// Pain told at two times about a diagnostic block (``MeasureChanges/painChanges(in:sentence:)``).
    case measurePain
    /// Words timing a measure's value: before ("was", "at intake") or after ("now", "at discharge").
    case measureBefore, measureAfter
    /// The bare times heading a two-column table of measures ("initial evaluation / discharge:"):
    /// the column of the before and of the after.
    case measureColumnBefore, measureColumnAfter
    /// The words heading a table's column of goals ("Goal", "Target", "LTG"): a goal is never a
    /// measure taken (``TableGrids``, ``MeasureChanges``).
    case measureColumnGoal
    /// The words heading a table's columns numbered in a series ("session 1 | session 6", "Visit 1
    /// | Visit 10"): the lowest number's column is the time before, the highest's the time after
    /// (``MeasureChanges``).
    case measureColumnSeries
    /// The words of a table's header that make its rows requests ("Service/good requested"): a
    /// request form's grid asks for its rows (``TableGrids`` in the fact extractor).
    case tableRequestHeads
    /// The words that make a bracket after an unticked box's item its examples: one opening it
    /// ("e.g.", "such as") and one standing between its names ("or", "etc") (``CheckBoxes`` in the
    /// fact extractor): "[ ] anti-inflammatories (e.g. Advil, Aleve)" asserts no drug.
    case boxExampleOpeners, boxExampleJoiners
    /// A drug stopped or taken less after a course: a verb of stopping or reducing before the drug
    /// ("she stopped the tramadol", "cut her Norco"), a comparison of how often after it ("twice a
    /// week instead of three times a day"): the dependency on continued medical treatment reduced.
    case courseDrugStops, courseDrugLess
    /// Personal care, activity by activity (`personal_care_needed`): the activities, skilled care,
    /// the words of need, of inability and of independence that govern them, and a need's denials.
    case personalCareActivities, personalCareSkilled, personalCareNeed, personalCareInability, personalCareIndependent
    case personalCareNegations
    /// A scored table of activities (``PersonalCareNeeds``): a grade of another person's help or of
    /// independence in a row's cell ("mod A", "CGA"; "I", "mod I"), and the name of the FIM scale
    /// whose levels the cells hold.
    case adlGradeHelp, adlGradeIndependent, adlScaleFim
    /// The last words of timing phrases written before their value ("was 10", "instead of three").
    case measureTimeLeads
    /// Words joining a measure's two values, the first before ("90 to 140").
    case measureJoiners
    /// Words between a score and its scale ("4 out of 5").
    case measureScaleLeads
    /// The scales a measure's score is written over ("4/5", "47/80", "30/100").
    case measureScales
    /// A measure's change told alone: bettered (`yes`) or worsened (`no`), raised, or lowered.
    case measureBetter, measureRise, measureFall
    /// The units of a measure's values, labelled with their size in their kind's base unit.
    case measureUnits
    /// A drug avoided, declined or refused (`yes`), or offered (`offer`): not a trial of it.
    case drugDeclined
    case prescriptionFrequency
    case doseCountUnits
    case drugListFiller
    case drugJoiners
    case sinceLead
    /// Words right before a year that tell a drug's time in a past medication history ("Morphine ER
    /// in 2014"), and words that tell such a use goes on ("still", "now").
    case pastEntryLeads, pastEntryOngoing
    /// Words right before a drug that tell it the drug a measure was taken on, after the measure's
    /// date ("Oswestry 58% (01/2016, on hydrocodone)"): the drug of that time, not one taken now.
    case measureDrugLeads
    case durationAgo
    /// A use's start told without a date ("since the spring of 2015", "started in the fall of 2016",
    /// "since March", "since the injury"): the words that start a use, the links after them, the
    /// filler between, and the months a season, a part of the year or a relative year names.
    case startDateLeads, startDateLinks, startDateFiller, seasonMonths, yearPartMonths, relativeYears
    case drugReference
    case adverseEffectSymptoms
    /// A review of systems ("ROS", "review of systems"): effects denied in its sentence are no
    /// review of a drug's effects.
    case systemsReview
    case drugEffect
    case postoperativeUse
    case requestDosePack
    case requestTaper
    // Earlier therapy.
    case benefit
    case functionalGain
    case studyResult
    /// An earlier study's wording (`prior_study`, ``PriorStudies``): a study again ("repeat MRI"),
    /// one not done (pending, denied, declined), one done (had, underwent, the report), a past
    /// time ("last year", "at the ER"), a label of the studies ("Imaging:") and a finding after a
    /// study's label ("unremarkable", "mild").
    case studyAgain, studyNotDone, studyDone, studyPastTime, studyHeading, studyFinding
    /// Words that name a study as the request itself ("MRI request", "a request for authorization of
    /// a lumbar MRI", "ADDENDUM (for the MRI request)"): a heading or a label, no study done; and the
    /// words that may stand between such a word and the study after it ("for", "of", "a").
    case studyRequestWords, studyRequestLinks
    /// A joint giving way as the worker tells it (`instability_reported`, ``InstabilityComplaints``),
    /// and the examination's words that make such a phrase a sign ("varus instability", "Lachman").
    case givingWay, instabilityExam
    /// The surgeon who did a surgery, told after it ("by the treating surgeon", "performed by Dr.").
    case surgeryPerformer
    /// A surgery word that names the specialty ("spine surgery consultation", "Dr. Ruiz (spine
    /// surgery)"), the titles before a name, and the words that make a date after a surgery
    /// another event's ("surgeon's consult 11/02/2016").
    case surgicalSpecialty, personTitles, otherEventDateLeads
    /// A diagnosis left in doubt or excluded (``DiagnosisDoubt``): a phrase after it ("less
    /// likely"), right before it ("doubt"), a differential's list lead ("differential includes"),
    /// and the words that make it stand ("consistent with", "confirmed").
    case diagnosisDoubtAfter, diagnosisDoubtBefore, differentialLead, diagnosisStanding
    /// A whole lesion's diagnosis told partial (``PartialLesions``): the qualifier right before it
    /// ("partial tear of the Achilles") and the whole lesion denied beside it ("no complete rupture").
    case partialLesion, completeLesion
    /// A joint named within a region other than the joint a region's own diagnosis names (the AC joint
    /// of the shoulder): a generic diagnosis told with one is not the region's joint's (``JointDiagnoses``).
    case jointOtherSites
    /// A lesion named only by its kind ("partial thickness tear") that the lexicon gives to one
    /// structure: the words that name that structure ("supraspinatus"), and those of other
    /// structures that make it theirs ("of the Achilles tendon", "ACL") (``BareLesions``).
    case lesionOwnStructures, lesionOtherStructures
    /// The names of a myocardial infarction, read with a date after them (``recent_myocardial_infarction``).
    case infarctionNames
    /// The days before the request within which a dated infarction is in its acute recovery phase
    /// (a threshold, ``recent_myocardial_infarction``).
    case infarctionRecoveryLimit
    /// The days since the injury under which it is recent, acute or subacute (a threshold,
    /// ``acute_injury``).
    case acuteInjuryLimit
    /// A diagnosis between its criteria and their denial ("criteria for PTSD not met"): the lead
    /// before it and the denial after it (``DiagnosisDoubt``).
    case criteriaLead, criteriaUnmet
    /// A disc's contact with a nerve told as compression ("compressing", "impinging"): told, it
    /// decides whether a bulge reaches a root (``ClinicalFacts/isBulgeReachingNoNerve(_:_:)``).
    case neuralCompression
    case sessionUnits
    case sessionPast
    case sessionCountMarker
    case sessionShare
    /// Words that make a visit's number a time, not the note of that visit ("off crutches by visit
    /// 2", "at visit 6"): ``TreatmentHistoryFacts/visitNumber(after:_:_:_:)``.
    case visitNumberTimes
    case durationLead
    case treatmentHistory
    case treatmentContinued
    case postoperativeCare
    case preoperativeLead
    case preoperativeCare
    // Request wording.
    case requestTopical
    case requestPatch
    case requestOral
    case requestCompound
    case requestExtended
    case requestImmediate
    case requestRetrospective
    case requestPostoperative
    case requestPreoperative
    case requestRental
    case requestPurchase
    case requestTrial
    /// A word of measuring named with a drug: the request is a laboratory test of it ("Serum
    /// testosterone level", ``RequestReader/assayTest(drugs:ingredients:procedures:text:has:)``).
    case requestAssay
    case requestBilateral
    case requestSided
    case requestVisitUnits
    case requestFrequencyFiller
    case requestFrequencyPeriod
    case requestCourseLead
    case requestHourUnits
    case requestHourPeriod
    case requestMultipliers
    case requestRefillUnits
    case requestQuantityLabels
    case requestQuantityUnits
    case requestContinuation
    case doseFrequency
    // Procedures and services.
    case conservativeCare
    case notYet
    case treatmentDone
    case treatmentPlanned
    case limbRedFlags
    case findingHistory
    case injection
    /// The days before the request within which an earlier injection counts toward a repeat limit
    /// "per year" (a threshold, `injections_past_year`).
    case injectionYearLimit
    case diagnosticBlock
    case blockResponse
    // Patient-selection criteria (selection.cues).
    case electrodiagnosticStudy
    case electrodiagnosticResult
    /// Words that may stand between a study's name and its normal result ("the EMG was negative").
    case studyResultLinks
    /// Verbs that tell what a study showed: its sentence's conditions are then its findings.
    case studyFindingVerbs
    /// The labels that open a study's conclusion ("Impression:", "Interpretation:"): the sentence
    /// they open, right after the study's on its line, tells what the study found.
    case studyConclusionLabels
    case tensDevice
    case psychologicalScreen
    /// The verdict of a psychological evaluation (`psychological_candidate`): `yes` a candidate or
    /// cleared (a negated `yes` is not), `no` deferred or advised against.
    case psychologicalVerdict
    /// Candidacy or clearance judged for something else (surgery, work): no psychological verdict.
    case candidacyElsewhere
    /// The body mass index named (`body_mass_index`: the number after it).
    case bodyMassIndex
    case selectionDone
    case selectionNotYet
    case selectionPlanned
    /// Words that open a relative clause (`which`, `that`, `who`): a plan word inside one opened
    /// after a selection criterion, not right after it, is about another thing
    /// ("no psychiatric disorder that would keep her from the program").
    case selectionRelatives
    case requestEpiduralApproach
    case requestColdCompression
    case requestOtherInjectate
    case requestHomeUse
    case requestInjectionUnits
    /// Units of an amount injected ("200 units" of a toxin, "2 ml"): a count before one is a dose,
    /// not a count of injections (`injections_requested`).
    case requestAmountUnits
    /// Words before the length of a course of care told after it ("PT x 8 weeks", "for six weeks",
    /// "over 12 days"): `conservative_care_duration` (``CareDurations``).
    case careDurationLeads
    /// Care told working now ("well controlled on naproxen", "improving with his exercises"): a
    /// course's brief relief beside it tells no care failed (`conservative_care_failed`, ``CareResults``).
    case careHelpingNow
    case requestLevelUnits
    case requestSeries
    case requestImplantTrial
    case requestImplantPermanent
    case reliefDurationLead
    case reliefDurationOf
    case requestMaintenance
    /// An earlier injection's result told apart from its sentence: the words that refer back to an
    /// injection, relief words the drug set lacks, the share of the pain a relief in words names
    /// (numeric labels), a relief still present, the word before its end date, and the words that
    /// may stand between a duration's lead word and its count.
    case injectionAnaphor, injectionRelief, reliefAmounts, reliefOngoing, reliefUntil, reliefDurationFiller
    /// A procedure's relief left in doubt, told wearing off, a time since the procedure (its end
    /// only when it wears off), and a drug's use stopped or lowered after it (`MedicationReductions`).
    case reliefHedge, reliefWearOff, reliefTimeAfter, medicationReduced
    /// A relief's onset ("the relief began about two weeks after": no duration), the words between a
    /// wearing off and its time ("wore off at 3 weeks"), and a date's lead before a wearing off ("by
    /// 04/01/2016 the pain had come back").
    case reliefOnset, reliefWearAt, reliefByDate
    /// Words after a pain score that mark it as the one before a procedure ("8/10 before the
    /// neurotomy").
    case scoreBeforeMarks
    /// The times of a pain diary's entries after a procedure ("30 minutes 1/10", "the next morning
    /// 6/10"; ``PainDiaries`` in the fact extractor).
    case diaryEntryTimes
    /// A form's answer written as one capital letter after its item ("home exercises - N"): label =
    /// the word it reads as (``TickAnswers`` in the fact extractor).
    case tickAnswers
    /// A laboratory table's answer cell under a header that asks yes or no ("Prescribed | yes",
    /// "Expected | N"): label = yes or no (``ScreenFindings`` in the fact extractor).
    case tableAnswers
    /// Words that make an injection named after them in their clause a condition (`isPlanned`).
    case injectionConditional
    /// An injection told as a diagnostic test, and one told as a steroid's (`injection_given`).
    case injectionDiagnostic, injectionSteroid
    /// A trigger point's twitch response, its referred pain, and the point or its palpation
    /// (`trigger_point_signs`).
    case triggerPointTwitch, triggerPointReferral, triggerPointSites
    /// Sacroiliac joint provocative tests, one label per test; their results; the tests named as a
    /// group; tests named by a bare word, read only beside another test or the group.
    case sacroiliacTests, sacroiliacTestSigns, sacroiliacTestGroup, sacroiliacListTests
    /// The time a sentence tells of (``VisitTimes``): the note's own visit ("today"), an earlier
    /// one ("initially", "in the emergency department"), and the words before a date that make it
    /// no visit's ("since", "injured"); the kinds of examination findings, one label per kind, by
    /// which a later visit's absence denies an earlier visit's finding.
    case visitNow, visitEarlier, visitDateSkips, findingKinds
    /// A programme stopped ("stopped using", "quit", "no longer does"), taken up again
    /// ("resumed", "still"), or given and not done ("has not done any of them"): `skips stopped`
    /// (``StoppedCourses``).
    case courseStops, courseResumed, courseUndone
    /// Words right after a `course_undone` phrase that tell a start put off, not a programme never
    /// done ("did not start until May").
    case courseDelays
    /// Whether the worker exercises now (``ExerciseNow``): a home programme and another exercise
    /// course, and the words that tell one kept up, planned, done and over, or done as a habit.
    case exerciseHome, exerciseCourses, exerciseKeptUp, exercisePlans, exerciseDone, exerciseHabits
    /// Words that tell a programme done scantly ("maybe twice since", "rarely"), and those right after
    /// one that make it a habit or a lapse missed ("once or twice a day", "rarely misses").
    case exerciseScant, exerciseScantCancels
    /// The days before the note's latest date after which a course dated then is over (a threshold).
    case exercisePastLimit
    /// A symptom told with its start ("since 2015") at least this many days before the reference
    /// date has lasted months, as `symptom_duration` tells it ("for ten months").
    case symptomDurationLimit
    /// Radicular signs on examination beyond the neurologic phrases and the tension tests, a bare
    /// result of a tension test, and findings of a peripheral nerve or of the cord (`radicular_signs`).
    case radicularExamSigns, tensionResults, nonRadicularFindings, tensionTestNames, rootWords
    /// The level's agreement (`level_agreement`): a root's name, the words of a root's finding beside
    /// it, the reflexes and muscles of one root (labelled by the root), the words of imaging and of a
    /// lesion at a disc level, and the roots a disc level compresses by the part of the spine.
    case rootNames, rootLevelContexts, rootSigns, levelImagingWords, levelLesionWords, discLevelRoots
    /// Units written after a number that make "C5 6" a measure, not a disc level written with a space
    /// ("C5 6 mm", "C5 6 mg").
    case levelUnits
    /// A hospital stay (`hospital_stay_days`, ``HospitalStayFacts``): the words that name one, the
    /// words of its discharge and those that tell it to come, the stays of another place, nights as
    /// its unit, and the words after a count of days that make it a time from the stay, not its length.
    case hospitalStayWords, hospitalDischargeWords, hospitalDischargeProspects, hospitalStayOthers, hospitalNightUnits
    case hospitalStaySkips
    /// The most days between a stay's admission and discharge dates that tell one hospital stay (a
    /// threshold, `hospital_stay_days`).
    case hospitalStayLimit
    /// A motion in degrees (`abduction_degrees`, ``AbductionDegrees``): the words of abduction, the
    /// parts whose abduction is another's (the hip's), the units of degrees, the words that join
    /// a series of measures, the words of other motions, and the
    /// word that joins degrees to the motion after them ("175 degrees of abduction").
    case abductionWords, motionOtherParts, motionDegreeUnits, motionSeriesJoiners, motionOtherWords, motionDegreeLinks
    /// The most degrees of shoulder abduction (a threshold, `abduction_degrees`).
    case abductionRange
    // Words of every text.
    case numbers, months, sex
    case sexAfterAge
    case ageLead
    case numberPhrases
    case ageWords
    /// A title before the worker's name, whose age may follow it after a comma ("Mr. H., 61, has ...").
    case ageTitles
    /// A label before the worker's name and an age set off by commas ("Patient: Rosa Diaz, 44,").
    case ageNameLabels
    /// A word after the worker's person and a comma that leads an age ("M, now forty-two,"), and the
    /// words of the worker's person or sex before it.
    case ageNow, ageNowSubjects
    /// The worker named as the subject of "is" before an age ("He is 70 with ...").
    case ageSubjects
    /// Words that may follow an age told after its subject ("He is 70 with ...", "She is 52 and ...").
    case ageClosers
    case coordinators
    case sentenceAbbreviations
    case inflectionSuffixes
    case inflectionExceptions
    case exactForms
    case abbreviations
    case capitalsOnly
    case symbols
    /// Marks read as the word they stand for only where they stand alone after a test's name, as a
    /// form's result ("apprehension -;", "crank test -,", "Speed's +."): a space before them after a
    /// word, and only spaces before a `;`, `,`, `.`, `)`, `|` or the line's end after them.
    case resultMarks
    case injuryDate
    // Units and score comparisons (units.cues).
    case doseUnits
    case timeUnits
    case percentWords
    case scoreComparison
    // Boolean facts declared in data (`fact NAME`), read by ``DeclaredFactReader``.
    case spasm
    case acuteExacerbation
    case redFlags
    case homebound
    case significantChange
    case radiculopathySuspected
    case functionalImprovement
    case painImproved
    case physicalRehabilitation
    case medicationNotTolerated
    /// A drug told not tolerated (`first_line_opioid_not_tolerated`): an intolerance, a drug stopped
    /// for an adverse effect, an effect it caused.
    case drugIntolerance
    case aberrantBehavior
    case curesChecked
    case opioidAgreement
    case homeExerciseProgram
    case cannotSelfTransport
    case mechanicalSigns
    /// Pain radiating toward the spine ("radiates into the neck"): referred axial pain, not a nerve finding.
    case axialRadiation
    /// Words that stand for a predicate left out after a drug ("gabapentin has not").
    case ellipticalPredicate
    /// The bare word for a therapy ("improved with therapy"), read as the requested one.
    case bareTherapy
    /// Words that, right before a bare therapy word, name another kind ("opioid therapy").
    case otherTherapy
    /// Words of a review sentence that name the request or UR's verdict on it ("request", "denied").
    case reviewRequest
    /// Words that open UR's reason in a review sentence ("denied as no EMG was documented").
    case reviewReason
    /// Drug classes named for a condition ("anti-anxiety medications"): not a diagnosis of it.
    case diagnosisDrugClass
    /// Change words that take a pre-negation before their link for themselves ("no relief from").
    case negatedChanges
    /// Words that link a change to what brought it ("with", "from").
    case changeLinks
    /// Words that take a pre-negation right before them for themselves only ("no refills", "no
    /// substitutions"): a prescription's own terms, whose denial denies nothing else of its line.
    case negatedObjects
    /// Verbs that end a post-negation sequence ("has gone"), and the particles that, right after
    /// one, make it another verb that denies nothing ("has gone up", "gone back to work").
    case phrasalNegationEnds, phrasalParticles
    /// A contrast agent named with a negation in a request ("without contrast"): how an image is
    /// taken, not a negation of the region named after it.
    case requestContrast
    /// Words of a request that give a drug into a muscle or a vein ("IM", "intravenous"): a drug so
    /// given is systemic, not the substance of a region's injection.
    case requestSystemicRoute
    /// Laboratory tests requested without naming a test ("Labs", "Blood work").
    case requestUnnamedTests
    /// A course's one word that, with the place it is for and no count, frequency or duration,
    /// names the study of `course_form` instead ("Ultrasound, right groin").
    case requestBareStudy
    /// The bare word of a kind of procedure ("injection"): a procedure named only by it is the
    /// other procedure of its category the request names ("Injection of Xiaflex").
    case requestBareNames
    /// Words that may follow a telegraphic statement (a declared fact's `opening` phrase) in its
    /// statement: "At MMI per the QME", "At MMI since 10/2016".
    case telegraphicContinuations
    /// The kinds of conservative treatment (`conservative_care_types`, ``ConservativeCareKinds`` in
    /// the fact extractor): label = the kind (free labels; `medication` is also what a drug taken counts as).
    case conservativeCareKinds
    /// Words a request may write inside a procedure's name ("Open repair of the right Achilles
    /// tendon"), read across when the request names no procedure as written (``RequestText`` in the
    /// fact extractor): label = `side` or `approach` (free labels).
    case requestNameFillers
    /// Words telling a kind of conservative treatment of their clause asked for now or never used
    /// ("requesting", "never wore"): not tried (``ConservativeCareKinds`` in the fact extractor).
    case careKindsUntried
    /// UR's verdict written right after the treatment it judges ("Norco denied: no UDS").
    case treatmentVerdict
    /// Words that may follow such a verdict in its part of the sentence ("denied due to").
    case verdictFollowers
    /// Words that make a sentence a statement rather than a fragment of a list.
    case statementWords
    /// Words that tie a weakness or a motor grade to pain or a tendon ("4+/5, painful", "rotator cuff weakness").
    case nonNeurologicWeakness
    /// The words of a disc bulge ("bulge", "bulging"): a bulge is a herniation unless its report
    /// says it reaches no nerve (`neuralContact`).
    case discBulge
    /// A disc reaching a nerve (`yes`: "contacting the L5 root", "foraminal narrowing") or told to
    /// reach none (`no`: "foramina patent"; a negated `yes`: "no nerve root contact").
    case neuralContact
    /// Words that, beside a capitals-only abbreviation, make the pair another test's name ("PT/PTT").
    case abbreviationPartners
    /// Words for pain that coordinated regions before them share ("neck and shoulder pain").
    case regionalPainWords
    /// Words that say no surgery was done before ("surgical history: none").
    case noPriorSurgery
    /// A time just past named without a count ("last month", "yesterday"; label: its days).
    case recentTimes
    /// Words that name care as not surgery ("non-surgical candidate", "nonoperative management").
    case nonsurgical
    /// Words that may stand between the regions of one list ("the neck and right shoulder").
    case regionListWords
    /// Word endings that make a sentence a statement rather than a fragment of a list ("-ed").
    case statementSuffixes
    /// Words for symptoms grown since the care ("increased right hip pain"): they persist.
    case symptomGrowth
    /// Words after a symptom that tell what provokes it ("increased pain with reaching").
    case symptomTriggers
    /// A joint's mechanical symptoms ("clicking, popping"), beside which a `jointSymptomDiagnosis` is one of them.
    case jointSymptoms
    /// Words placing a drug's benefit in the past ("helped initially", "used to help").
    case earlierBenefit
    /// A trial of a drug that failed ("failed gabapentin", "Lyrica was unsuccessful").
    case drugFailure
    /// An antidepressant trial told failed ("sertraline x 12 weeks (no response)"), and one told
    /// open, stopped for its cost or of some benefit (``AntidepressantTrials`` in the fact extractor).
    case antidepressantTrialFailed, antidepressantTrialOpen
    /// A stop only planned ("was to stop AneCream"): the drug is taken until then.
    case stopPlanned
    /// A hospital stay's time ("in hospital", "hospital course") and its end told ("discharge
    /// medications", "since discharge"): the stay's drugs are no current ones (``MedicationFacts``).
    case stayTime, stayDischarge
    /// A drug replaced by the one named after it ("Omeprazole was changed to Pantoprazole").
    case drugReplaced
    /// A drug named right after one of these is the one replaced ("oxycodone (replaced Norco)",
    /// "tramadol instead of Norco"): no longer taken.
    case drugReplacedAfter
    /// A drug taken again after a stop ("restarted", "resumed", "back on"): its mention after the
    /// stop is a use.
    case drugRestarted
    /// A drug the worker is off now (``MedicationFacts``): the word "off" right before the drug, the
    /// words that may stand between ("off of the methadone"), and the states that lead it ("has been
    /// off", "came off"): "off methadone for three months" is no drug taken.
    case drugOff, drugOffFiller, drugOffStates
    /// A taper another brought to its end, the worker its object (``MedicationFacts``): the verbs in
    /// the past ("tapered", "weaned"), the object words between the verb and the "off" ("her", "the
    /// patient"), and the denials before the verb ("has not weaned him off"): "her psychiatrist
    /// tapered her off clonazepam" is no drug taken.
    case drugOffAgents, drugOffObjects, drugOffDenials
    /// A drug named only as the alternative weighed against the one chosen (``MedicationFacts``:
    /// "gentler on the stomach than naproxen", "better tolerated than Motrin"): no drug taken.
    case drugAlternative
    /// A drug's effect told of people in general (``MedicationFacts``: "has helped nerve pain in some
    /// people"), and the words that name the worker in such a sentence (a statement of the worker's
    /// own use: "it has helped her, as in many patients").
    case drugGeneralEffect, drugWorkerWords
    /// A drug its sentence then tells not tried by a pronoun (``MedicationFacts``: "Tylenol doesn't
    /// do anything for me, though he has not tried it since the injury"), and the words that may
    /// follow the phrase ("since", "yet"): no drug taken.
    case drugUntried, drugUntriedTails
    /// A count of sessions after a ceiling ("stays within 20 visits", "up to 12 visits"): a
    /// limit, not sessions done (``TreatmentHistoryFacts``).
    case sessionCeiling
    /// A count opening a parenthesis before one of these words ("(8 done + 6 = 14)"): sessions done
    /// (``TreatmentHistoryFacts``).
    case sessionDoneAfter
    /// A drug told taken before another drug named as the time ("Before the methadone he tried
    /// tramadol"): the sentence's lead, the words between it and the other drug, and the past verbs
    /// that tell the earlier drug taken (``MedicationFacts``).
    case drugBeforeLeads, drugBeforeFillers, drugBeforeVerbs
    /// A taper, a wean or a dose reduction of an opioid (`taper_attempted`), and a taper only
    /// talked of or declined (`offer`: "a taper was raised") or the dose told never reduced (`no`:
    /// "the same dose since 01/2015").
    case taperWords, taperNotTried
    /// A dose reduction told by its numbers (`from_to`: "from" before two doses; `yes`: a lowering
    /// word before "to" and a dose).
    case doseReduction, doseReductionTo
    /// A drug given once rather than taken ("a Toradol injection", "Toradol 60 mg IM").
    case singleDose
    /// Region words that are units of length after a count ("walks 250 feet"): a measure, not the body part.
    case lengthUnits
    /// Vague amounts that make a `lengthUnits` word a measure too ("a few feet").
    case vagueAmounts
    /// Words telling what a surgery found ("the operative report found …"): the condition it treated.
    case operativeFindings
    /// A surgery named right before a finding it treated ("decompression for cauda equina syndrome").
    case surgeryFor
    /// A need, a purpose or another person's help holding a relief word ("needs help bathing").
    case outcomeRole
    /// Words that may stand between an `outcome_role` phrase and the outcome it governs ("needs more help").
    case outcomeRoleFiller
    /// Words saying the record lacks a statement ("no documentation of pain relief").
    case documentationAbsent
    /// Words placing sessions in the past without governing their count ("authorized previously").
    case sessionTime
    /// Auxiliaries between a count without a unit and its done word ("4 were completed").
    case sessionAuxiliaries
    /// A substance measured rather than taken ("vitamin D level", "serum vitamin D").
    case drugMeasure
    /// Morphine-equivalent factors that depend on the day's dose (label: the factor; phrase: the
    /// ingredient id and the lowest daily milligrams of its band, "methadone 21").
    case mmeFactorBands
    /// Phrases telling the request for authorization ("RFA dated 11/15/2016"): its date.
    case requestDate
    /// Phrases telling the review's decision on a request ("the UR non-certified"): not its date.
    case reviewDecision
    /// Adverse effects of a drug that cannot be borne or are severe ("could not tolerate",
    /// "intolerable constipation"): `adverse_effects_intolerable`.
    case intolerableEffects
    /// What an adverse effect made happen, telling it intolerable ("dozed off at the wheel", "was
    /// sent home", "went to the emergency room"): read only in a statement about a drug or in a
    /// side-effects field (`adverse_effects_intolerable`).
    case effectConsequences
    /// A summary saying the drugs taken are not known ("current medications were not provided").
    case regimenUnknown
    /// Words left at the end of one drug's part when a request naming several drugs is cut where each
    /// is named ("Norco 10/325 #60 and"): dropped from the part.
    case drugPartConjunctions
    /// The side of the body a phrase tells (labels `left`, `right`, `bilateral`).
    case bodySides
    /// Words between what a side is told of and the side written after it ("pain on the left").
    case sideLead
    /// What a `capitals_only` word means when not written in capitals (label: the word it reads as).
    case lowerCaseForms
    /// Initialisms that name a request document as often as a procedure ("RFA"): in a summary,
    /// the procedure only where the wording makes it one.
    case documentInitialisms
    /// Words that close the name of a place ("clinic", "center", "associates") and words that may
    /// join a place's name ("and", "of"): a diagnosis in such a name ("Foothill Arthritis & Hand
    /// Clinic") names where the worker is seen, not a finding.
    case placeNameHeads, placeNameJoiners
    /// An audiogram named (label: the diagnosis its values tell), the frequencies that head its
    /// table's columns, the units of its thresholds, the threshold above which hearing is lost, and
    /// hearing told normal in words (label: the diagnosis denied) (``LexiconIndex/addingAudiogramFindings(to:in:)``).
    case audiogramNames, audiogramFrequencies, decibelUnits, hearingNormalLimit, hearingNormal
    /// Names of something else that hold a lexicon term's words ("ASA physical status", an
    /// anesthetic risk grade): a term inside one is not read.
    case termOtherSenses
    /// Words that may stand between a procedure's initialism and the region or level it is done at
    /// ("RFA at L4-5").
    case procedureRegionLead
    /// Phrases that make a `document_initialisms` word near them its procedure ("underwent", "s/p").
    case procedureSense
    /// Phrases of a goal, a wish or a plan before a `work` phrase ("motivated to return to work"):
    /// the work status is not told.
    case workGoal
    /// A time still to come after a `work` phrase ("full duty once the program ends", "at the end of
    /// the program"), the words that lead one only beside a prospect ("when", "after": "will go back
    /// to full duty after he finishes the program"), and the prospect words besides `mood_prospects`
    /// ("expected", "agreed"): the status agreed for later is not the status now.
    case workLater, workLaterLeads, workLaterProspects
    /// A status told in the future before it ("I will coordinate his return to full duty"), unless
    /// a word of the status kept stands between ("will remain on modified duty").
    case workFutureLeads, workFutureStays
    /// A later step of a plan right before a status in a plan's sentence ("..., then full duty"), and
    /// a status told expected right before it ("expected return to full duty in 10-12 weeks"): the
    /// status is one for later, not now.
    case workPlanSteps, workExpected
    /// A return the employer will allow later ("they will take him back when he can lift 50 lb"):
    /// not working now, when no status of its own is told.
    case workTakenBack
    /// Words between a treatment and the date after it that make it a dated entry ("arthroscopy in
    /// 2015", "fusion was done in 2012").
    case datedEntryLead
    /// Words between the date that opens a list entry and a treatment in it that tell the entry of
    /// another event (a visit, a report, a result after the treatment): "11/01/2016: seen, relief
    /// since the ESI" does not date the injection.
    case datedEntryOtherEvents
    /// Words naming a record of a treatment ("Hand therapy note reports…", "the physical therapy
    /// progress report"): a treatment named right before one is the record's source, not what a
    /// drug statement speaks of.
    case treatmentRecordWords
    /// The word that joins the last name of a list of names ("gabapentin, ketoprofen and lidocaine
    /// cream": the ingredients of one compound).
    case nameListConjunctions
    /// Words after drug names that make them one combination product ("docusate and senna
    /// combination tablets"): ``CaseText/combinationJoins(_:conjunctions:combination:)``.
    case combinationWords
    /// Words, as written, of a document that orders a study ("ORDER TICKET", "requisition",
    /// "referral"): a study they name is asked, not done (``PriorStudies``).
    case studyOrderWords
    /// Words of a daily frequency in a request ("daily", "qd"): seven visits a week.
    case requestDailyWords
    /// Words after a `request_daily_words` word that keep it a frequency ("daily for 6 days").
    case requestDailyFollowers
    /// The word of a day in a frequency ("every day", "once a day").
    case requestDayWords
    /// Words before a `request_day_words` word that make it a frequency ("every day", "per day").
    case requestDayLeads
    /// The word of pain a sentence of a percentage of relief from medication names (pain_with_without_medication).
    case reliefPainWords
    /// Initialisms that clinicians write in capitals and make plural with a lower-case "s" ("ADLs",
    /// "DTRs"): read by `imr lint` (C009), which tries the cue phrases listing such a plural.
    case initialisms
    // Function told as activities (``ActivityStatements``), work told by the occupation
    // (``WorkReturns``) and motivation to change (``MotivationStatements``): `activities.cues`.
    /// Activities of daily living, instrumental activities, mobility and tolerances, leisure.
    case activities
    /// The words before an activity telling it regained, a capacity, or lost (labels
    /// `regained`, `capacity`, `lost`), and those after it (`regained`, `capacity`).
    case activityMarkers, activityMarkersAfter
    /// Words before a treatment named that tie a capacity to it ("with", "on", "since starting").
    case activityAttribution
    /// Words after an attribution word that refer back to care the sentence before names ("since then").
    case activityAnaphors
    /// Words naming the worker's drugs as a whole ("regimen", "prescription").
    case regimenWords
    /// Words before a treatment named that a capacity is lost in spite of ("despite", "even with").
    case activityConcession
    /// The time before the injury, or a habit of the past ("before the injury", "used to").
    case activityBeforeInjury
    /// A goal, a wish, a plan or a future before an activity ("hopes to get back to golf").
    case activityGoal
    /// A significant limitation of activity or work told in words (`yes`: "cannot walk his
    /// children to school", "difficulty gripping", "functional limitations") or its absence (`no`:
    /// "no limitations"), and the disability scores in their instruments' bands of one (label: the
    /// score at or above which, `activity_limitation_scores`, or at or below which,
    /// `activity_limitation_scores_lower`, the limitation is significant) (`significant_activity_limitation`).
    case activityLimitation, activityLimitationScores, activityLimitationScoresLower
    /// The worker, another person, and the worker as a pronoun object, as subjects of a clause.
    case activitySubjects, otherPersons, objectPronouns
    /// A relative whose own health a summary tells, the words before one standing as a subject, and
    /// the words that make one the reporter of the worker's (`ClauseSubjects` in the fact extractor).
    case relatives, relativeDeterminers, relativeReports
    /// The worker's occupation (place, tools, tasks, trade), the ways back to it, and the job's
    /// titles with the words they are read after ("as").
    case occupations, workReturns, occupationTitles, occupationTitleLeads
    /// A job held now, told by its verb ("works", "has worked", "is employed", "puts in"), the words
    /// that make the verb past ("was", "previously"), the words after "as a" that name no job ("as a
    /// result"), and the words that make a schedule one of work ("full days", "part time").
    case workHolding, workPastLeads, occupationTitleExclusions, workScheduleHeads
    /// A work status that ended before the note: the words right before it and right after it that
    /// tell so ("previously full duty", "TTD before"), and the words between such a word and the
    /// status ("formerly on modified duty").
    case workEnded, workEndedAfter, workEndedLinks
    /// A span of dates: the words that open it ("from") and those that lead to its last date ("to",
    /// "until") (``DateSpans``).
    case dateSpanLeads, dateSpanEnds
    /// A schedule's duty (labels `full_duty`, `modified_duty`), hour words, and the hours from
    /// which a day or a week is full time (numeric labels).
    case workSchedule, workHourUnits, workFullTimeHours
    /// The worker's will or refusal (labels `yes`, `no`), the change it is turned to, and a
    /// settlement or claim awaited.
    case motivationWill, motivationChange, secondaryGain
    /// A surgery's status told in its clause: authorized or scheduled (`surgery_upcoming`),
    /// requested, denied, or only considered (surgery events, `associated_service` from the summary).
    case surgeryUpcoming, surgeryRequested, surgeryDenied, surgeryConsidered
    /// What ties a service to a surgery in its clause: post-operative words (`postoperative_link`),
    /// a lead before a surgery named ("after the repair"), the link of an interval to a surgery
    /// ("six weeks out from", "3 wks post-op"), and the lead of a post-operative day ("POD 10").
    case postoperativeLink, surgeryTimeLeads, surgeryIntervalLinks, surgeryDayLeads
    /// The longest postsurgical physical medicine period, and the acute phase after a surgery, in
    /// days (thresholds: `time_since_surgery`, `associated_service`, `postoperative`, `surgery_status`).
    case postsurgicalPeriodLimit, postoperativeAcuteLimit
    /// A syndrome described, not named (labels: the diagnosis id): its complaint, the complaint's
    /// persistence after the surgery, and no lesion left to operate on.
    case syndromeComplaint, syndromePersistence, syndromeNoLesion
    /// Words that open a label naming a record ("Excerpt from the QME report ..., attached to the
    /// Request for Authorization:"): the review's words inside such a label are no review.
    case recordLabelWords
    /// Words between a unit of visits and the count a visit log writes after it ("Visits to date:
    /// 12", "visit no. 10 of 12", "sessions attended: 8": post-operative visits done).
    case visitLabelWords
    /// Words that refer back to a surgery named before ("since the repair", "after the release").
    case surgeryAnaphors
    /// A generic surgery's adjective that qualifies the operation's noun after it ("Surgical
    /// stabilization"), and the joining words of the noun phrase a surgery's name opens ("of the
    /// left ribs 5-7", ``OperationPhrases``).
    case operationAdjectives, operationPhraseWords
    /// Words that join two procedures into one operation ("an arthroscopic debridement with
    /// subacromial decompression"), whose status words are both procedures' (surgery events).
    case operationJoiners
    /// Words that tell a surgery right after them done ("s/p", "underwent", "had"), and those that
    /// put a plan word right after them in the past perfect ("had been recommended"): a sentence of
    /// the plan that tells its surgery so plans none now (``PlannedSurgeries``).
    case surgeryDoneLeads, planPastLeads
    /// A medical-legal evaluator's allowance for care to come ("Future medical care: ..."): a
    /// surgery named in its sentence is no plan now (``PlannedSurgeries``).
    case futureCare
    /// A candidacy's words before what it is for ("candidate for an SCS trial"): a plan that reaches
    /// the procedure named right after them, not another surgery of its sentence (``PlannedSurgeries``).
    case candidacyLeads
    /// Punctuation spoken into a dictated note (``SpokenMarks`` in the fact extractor): the end of a
    /// sentence, a comma, a colon, a semicolon, a question's end, a paragraph break and a line
    /// break, each as spoken.
    case spokenSentenceEnds, spokenCommas, spokenColons, spokenSemicolons, spokenQuestionMarks, spokenParagraphs, spokenLines
    /// Words that make a spoken mark beside them a word of the note: before it ("the postoperative
    /// period", "sigmoid colon") and after it ("a period of rest", "colon cancer").
    case spokenMarkWordsBefore, spokenMarkWordsAfter

    public static let names = snakeCaseNames()

    /// How Swift reads a set.
    public enum Shape: Sendable {
        /// Phrases found by the phrase matcher (longest first, last word may be plural).
        case phrases
        /// Word sequences compared exactly, in file order (the first listed that occurs wins).
        case sequences
        /// Single words compared exactly.
        case words
        /// A `fact` entry.
        case fact
    }

    public var shape: Shape {
        switch self {
        case .negationAfter, .hedgeBefore, .prescriptionFrequency, .reliefFraction, .reliefAmounts, .numberPhrases, .ageWords, .painScale,
            .ageSubjects, .strengthScale,
            .requestRetrospective,
            .requestPostoperative,
            .requestPreoperative,
            .doseFrequency, .requestDosePack, .requestTaper, .mmeFactorBands, .workFullTimeHours, .spokenSentenceEnds, .spokenCommas,
            .spokenColons, .spokenSemicolons, .spokenQuestionMarks, .spokenParagraphs, .spokenLines:
            .sequences
        case .negationBefore, .negatedOutcomes, .clauseVerbs, .benefitProspect, .clauseBoundary, .drugListFiller, .drugJoiners, .sinceLead,
            .pastEntryLeads, .pastEntryOngoing, .measureDrugLeads,
            .startDateLeads, .startDateLinks, .startDateFiller, .seasonMonths, .yearPartMonths, .relativeYears,
            .durationAgo,
            .reliefWords,
            .medicationWords, .painScoreLead,
            .painScoreFiller,
            .painScoreRange, .painScoreUnits, .sessionUnits, .sessionPast, .sessionCountMarker, .sessionShare,
            .visitNumberTimes, .durationLead, .anatomicSiteLead, .requestTopical, .requestPatch, .requestOral, .requestCompound,
            .requestExtended,
            .requestImmediate,
            .requestRental, .requestPurchase, .requestTrial, .requestAssay, .requestBilateral, .requestSided, .requestVisitUnits,
            .requestFrequencyFiller,
            .requestFrequencyPeriod, .requestCourseLead, .requestHourUnits, .requestHourPeriod, .requestMultipliers, .requestRefillUnits,
            .requestQuantityLabels, .requestQuantityUnits, .requestContinuation, .requestInjectionUnits, .requestAmountUnits,
            .careDurationLeads, .requestLevelUnits, .requestSeries,
            .reliefDurationLead, .reliefDurationOf, .reliefOngoing, .reliefUntil, .reliefDurationFiller, .reliefTimeAfter,
            .reliefOnset, .reliefWearAt, .reliefByDate,
            .scoreBeforeMarks,
            .numbers, .months, .sex, .sexAfterAge, .ageLead, .ageTitles, .ageNameLabels, .ageClosers, .ageNow, .ageNowSubjects,
            .coordinators,
            .sentenceAbbreviations, .capitalsOnly, .symbols, .resultMarks,
            .injuryDate, .examResult, .reflexWords, .reflexSites, .reflexSymmetric, .reflexSides, .diagnosisOngoing,
            .inflectionSuffixes, .inflectionExceptions, .doseUnits, .timeUnits, .percentWords, .scoreComparison, .doseCountUnits,
            .ellipticalPredicate, .negatedChanges, .changeLinks, .negatedObjects, .phrasalNegationEnds, .phrasalParticles,
            .requestSystemicRoute, .verdictFollowers, .statementWords,
            .abbreviationPartners, .regionalPainWords, .regionListWords, .statementSuffixes,
            .symptomGrowth, .symptomTriggers, .lengthUnits, .vagueAmounts, .outcomeRoleFiller, .sessionTime, .sessionAuxiliaries,
            .drugPartConjunctions, .sideLead, .lowerCaseForms, .clauseOpeners, .documentInitialisms, .procedureRegionLead,
            .placeNameHeads, .placeNameJoiners, .audiogramFrequencies, .decibelUnits,
            .datedEntryLead, .datedEntryOtherEvents, .treatmentRecordWords, .nameListConjunctions, .combinationWords, .studyOrderWords,
            .requestDailyWords, .requestDailyFollowers, .requestDayWords, .requestDayLeads, .reliefPainWords, .initialisms,
            .therapyEvaluation,
            .therapyEvaluationLinks, .discBulge,
            .attachedNegation, .complaintOpeners, .doseWords, .careResultScant, .careResultChanges, .careResultObjectLeads,
            .careResultSubjects, .careResultConditional, .careResultContinuation, .careResultInability, .careResultGood,
            .careResultReturn, .careResultUnchanged, .careResultVerdicts, .careResultConcession, .measureJoiners, .measureRise,
            .measureFall, .measureUnits, .measureScaleLeads, .measureTimeLeads, .careResultDenials,
            .careResultBoundsBelow, .careResultBoundsAbove, .careResultSymptomScores, .careResultCapacities, .careResultLimits,
            .exercisePastLimit, .symptomDurationLimit, .infarctionRecoveryLimit, .acuteInjuryLimit, .postsurgicalPeriodLimit,
            .postoperativeAcuteLimit,
            .injectionYearLimit, .hospitalStayLimit, .abductionRange, .hearingNormalLimit,
            .careResultBest, .careResultUnreached, .careResultUnreachedLinks, .careResultTrialVerbs, .careResultReach,
            .careResultGoals, .careResultSettle, .careResultDegrees, .careResultPartitives, .careResultLevelReturn,
            .careResultLevelVerbs, .careResultLevelLinks, .programDocuments, .therapyTimeUnits,
            .programDocumentLinks, .motivationScant, .clauseSubordinators, .activityRelatives, .selectionRelatives,
            .activitySubjects, .otherPersons, .objectPronouns, .relatives, .relativeDeterminers, .relativeReports, .workHourUnits,
            .occupationTitleLeads, .workPastLeads, .occupationTitleExclusions, .workScheduleHeads, .activityAnaphors, .measureScales,
            .workEnded, .workEndedAfter, .workEndedLinks, .dateSpanLeads, .dateSpanEnds,
            .regimenWords, .dosePronouns, .recordLabelWords, .drugFormWords, .personalCareNegations,
            .visitLabelWords, .surgeryAnaphors, .operationAdjectives, .operationPhraseWords, .operationJoiners, .scorePainWords,
            .scoreOtherMeasures,
            .scoreContrast, .doseStartWords,
            .phraseOpeners, .phraseJoiners, .phraseVerbs, .joinedClauseVerbs, .joinedVerbNegations, .subjectCopulas, .subjectQuantifiers,
            .affirmedResults, .resultPlaceLinks, .negationReasons, .drugOff, .drugOffFiller, .drugOffStates, .drugOffAgents,
            .drugOffObjects, .drugOffDenials, .drugWorkerWords,
            .sessionDoneAfter, .drugBeforeLeads, .drugBeforeFillers, .drugBeforeVerbs,
            .offerWords, .offerRefusals, .offerRefusalLeads,
            .offerReversals, .rootWords, .rootLevelContexts, .levelImagingWords, .levelLesionWords, .discLevelRoots, .levelUnits,
            .hospitalNightUnits, .hospitalStaySkips, .hospitalDischargeProspects, .motionOtherParts, .motionDegreeUnits,
            .motionSeriesJoiners, .motionOtherWords, .motionDegreeLinks,
            .questionOpeners,
            .questionSubordinators, .questionIfVerbs,
            .questionIf, .moodConditionals, .moodIfCancels, .moodThen, .moodInversions, .moodProspects, .moodContinuations,
            .moodAlternativeHeads, .moodAlternativeLinks, .moodChoiceOver, .moodChoiceVerbs, .moodReasons, .moodOptionHeads,
            .moodOptionLinks, .moodChoiceHeads, .moodBetween, .moodChoiceMade, .moodSurgeryWords, .moodGenericSubjects,
            .moodResultWords, .moodInstructionModals, .moodInstructionLeads,
            .personTitles, .otherEventDateLeads, .studyResultLinks, .studyFindingVerbs, .studyConclusionLabels, .visitDateSkips,
            .workLaterLeads,
            .workLaterProspects, .workFutureLeads, .workFutureStays,
            .courseResumed, .courseDelays, .studyRequestLinks, .spokenMarkWordsBefore, .spokenMarkWordsAfter, .diaryEntryTimes,
            .tableRequestHeads, .measureColumnSeries, .requestBareStudy, .requestBareNames, .telegraphicContinuations, .boxExampleOpeners,
            .boxExampleJoiners,
            .checkResultLinks,
            .checkOwnWords, .checkDoneWords, .drugAdvice,
            .studyDenialVerbs, .findingAnaphors:
            .words
        case .spasm, .acuteExacerbation, .redFlags, .homebound, .significantChange, .radiculopathySuspected, .functionalImprovement,
            .painImproved, .physicalRehabilitation, .medicationNotTolerated, .aberrantBehavior, .curesChecked, .opioidAgreement,
            .homeExerciseProgram, .mechanicalSigns, .cannotSelfTransport:
            .fact
        default: .phrases
        }
    }

    /// The words Swift reads the numeric labels of, as thresholds (``CueThreshold``): the set must
    /// have each, labelled with a whole number, and no other word. Empty for every other set.
    public var thresholds: [CueThreshold] {
        switch self {
        case .careResultLimits: [.days, .percent, .score, .floor]
        case .exercisePastLimit, .symptomDurationLimit, .infarctionRecoveryLimit, .acuteInjuryLimit, .postsurgicalPeriodLimit,
            .postoperativeAcuteLimit,
            .injectionYearLimit, .hospitalStayLimit:
            [.days]
        case .abductionRange: [.degrees]
        case .hearingNormalLimit: [.decibels]
        default: []
        }
    }

    /// Labels Swift reads: each must have a phrase. `nil` for sets whose labels are numbers
    /// (the value a phrase names: `numbers`, `months`, `dose_frequency`); empty for sets whose
    /// labels are free names (`abbreviations`: the expansion, its words joined by `_`).
    var labels: [CueLabel]? {
        switch self {
        case .numbers, .numberPhrases, .months, .doseFrequency, .prescriptionFrequency, .reliefFraction, .reliefAmounts, .doseUnits,
            .timeUnits,
            .requestFrequencyPeriod, .requestHourPeriod, .severeDepressionScores, .depressionScores, .mmeFactorBands, .recentTimes,
            .measureLowerPoints, .measureLowerPercent, .measureHigherPoints, .measureHigherPercent, .measureUnits, .careResultLimits,
            .exercisePastLimit, .symptomDurationLimit, .infarctionRecoveryLimit, .acuteInjuryLimit, .postsurgicalPeriodLimit,
            .postoperativeAcuteLimit,
            .injectionYearLimit, .hospitalStayLimit, .abductionRange,
            .workFullTimeHours, .seasonMonths, .yearPartMonths, .relativeYears, .therapyTimeUnits,
            .activityLimitationScores, .activityLimitationScoresLower, .hearingNormalLimit:
            nil
        case .neurologic, .neuralContact, .screenConsistency, .blockResponse, .benefit, .electrodiagnosticResult, .requestHomeUse,
            .drugWorking, .firstUse, .measureBetter, .doseCourse, .tensionResults, .radicularExamSigns, .sacroiliacTestSigns,
            .psychologicalVerdict, .limbRedFlags:
            [.yes, .no]
        case .requestEpiduralApproach: [.transforaminal, .interlaminar, .caudal]
        case .drugDeclined, .programDeclined: [.yes, .offer]
        case .taperNotTried: [.offer, .no]
        case .doseReduction: [.yes, .fromTo]
        case .outcomeRole: [.yes, .question]
        case .persistence: [.yes, .no, .term]
        case .drugReference: [.one, .all, CueLabel.none, .relative, .both]
        case .effectConsequences: [.yes, .field]
        case .work: [.notWorking, .modifiedDuty, .fullDuty, .working]
        case .workSchedule: [.fullDuty, .modifiedDuty]
        case .activityMarkers: [.regained, .capacity, .lost]
        case .activityMarkersAfter: [.regained, .capacity]
        case .personalCareActivities: [.yes, .toileting, .bathing]
        case .diagnosisWithdrawnAfter: [.yes, .no, .doubt]
        case .diagnosisListWithdrawnAfter: [.yes, .no]
        case .motivationWill, .tableAnswers, .activityLimitation: [.yes, .no]
        case .sex, .sexAfterAge: [.male, .female]
        case .scoreComparison: [.withWithout, .fromTo, .beforeAfter, .prePost]
        case .abbreviations, .symbols, .resultMarks, .tickAnswers, .diagnosisWording, .audiogramNames, .hearingNormal, .lowerCaseForms,
            .syndromeComplaint,
            .syndromePersistence,
            .syndromeNoLesion,
            .sacroiliacTests, .sacroiliacListTests, .findingKinds, .rootSigns, .discLevelRoots, .conservativeCareKinds:
            []
        case .requestNameFillers: [.side, .approach]
        case .sectionHeadings: [.subjective, .objective, .assessment, .plan, .request, .review, .history, .summary]
        case .bodySides: [.left, .right, .bilateral]
        case .differential: [.yes, .assessment]
        default: [.yes]
        }
    }
}

/// The term groups the fact extractor reads by name (`group NAME: VOCABULARY` entries).
public enum TermGroupName: DataName {
    /// Parts of the body whose nerve findings bear on each other (labels `upper`, `lower`, `thoracic`).
    case regionFamily
    /// Procedures that count as an earlier study of the same kind (one label per kind).
    case studyKind
    /// Morphine-equivalent conversion factors of opioid ingredients (numeric labels).
    case mmeFactor
    /// The regional diagnoses of a generic one (label: the generic diagnosis id).
    case regionalDiagnosis
    /// The body region of each regional diagnosis (label: the region id).
    case diagnosisRegion
    /// Diagnoses that a complaint establishes (label `symptom`).
    case complaintDiagnosis
    /// Surgeries that establish the diagnosis they are named for (label: the diagnosis id).
    case surgeryDiagnosis
    /// Surgeries whose name implies the part of the body they are done on (label: the region id):
    /// "TKA" is of the knee, "ACL reconstruction" of the knee.
    case procedureRegion
    /// The largest daily dose a drug's label allows, in mg (numeric labels).
    case labelMaximumDailyMg
    /// The capsaicin strength in percent that every label of a product gives (numeric labels).
    case capsaicinPercent
    /// Procedures that give way to a specific procedure named with them (label `generic`).
    case genericProcedure
    /// Diagnoses that a history still documents as present (label `lasting`).
    case lastingDiagnosis
    /// Diagnoses that belong to the region named with them (labels `located`, `radiating`).
    case locatedDiagnosis
    /// The spine and limb regions a nerve diagnosis of either bears on (labels `upper`, `lower`).
    case nerveReach
    /// For a request of a spine region (the label), the limb its roots reach: the limb's symptoms
    /// are the spine's radicular symptoms (conservative care failed for the spine).
    case radicularLimb
    /// Studies of a limb's nerves and the roots that reach it (label `nerve`).
    case nerveStudy
    /// Morphine-equivalent conversion factors of transdermal opioid products, per mcg/h of the
    /// patch's strength (numeric labels).
    case mmeFactorPerMcgHour
    /// Requested therapies that a bare "therapy" in a summary names (label `therapy`).
    case bareTherapyScope
    /// Drug classes that, named with an injection procedure and a body region, are what the
    /// injection gives (label `substance`): the request is for the injection.
    case injectedSubstance
    /// Injection procedures that name their own site (label `sited`): a drug of
    /// `injectedSubstance` named with one is what it gives, though the request names no region.
    case sitedInjection
    /// Procedures that deliver a drug (label `delivers`: an intrathecal drug-delivery system): a drug
    /// named with one is what it delivers, and the request is for the procedure.
    case deliverySystem
    /// Drug classes injected as an anesthetic test, and as the steroid care (`injection_given`).
    case injectedAnesthetic, injectedSteroid
    /// Drug classes that remedy a drug's adverse effect (laxatives, antiemetics): an effect told
    /// with one is an effect of a drug taken, under care.
    case effectRemedy
    /// What a request for a service counts (labels `course`: visits whose number must be stated;
    /// `visit`: one evaluation or re-examination).
    case serviceExtent
    /// Spine diagnoses whose wording also names a limb joint's condition (label: that condition).
    case jointForm
    /// The diagnoses of a region's own joint that a generic diagnosis placed in that region is (label:
    /// the generic diagnosis): the shoulder's osteoarthritis is the glenohumeral joint's.
    case jointDiagnosis
    /// Diagnoses the lexicon names also by their kind alone ("partial thickness tear" for the
    /// rotator cuff's), read as theirs only where nothing else is named (label `bare`).
    case bareLesionDiagnosis
    /// Regions whose generic diagnosis is a regional diagnosis that is not their own by
    /// `diagnosisRegion` (label: that diagnosis id).
    case regionalSite
    /// Diagnoses that, named among a joint's mechanical symptoms, are one of them (label `symptom`).
    case jointSymptomDiagnosis
    /// Diagnoses of a whole lesion (label `whole`: a rupture), which a partial one is not.
    case wholeLesionDiagnosis
    /// The largest daily dose the label of a drug's extended-release form allows, where it differs
    /// from the drug's own, in mg (numeric labels).
    case extendedReleaseMaximumDailyMg
    /// Days one unit of a drug lasts when the request states no frequency (a patch changed every
    /// 72 hours: 3; numeric labels).
    case unitIntervalDays
    /// Special studies that plain films come before (label: the procedure id of the films): for a
    /// request of a member, an earlier study of the label's kind is read (`prior_radiographs`).
    case filmsFirst
    /// Procedures whose wording names a course of treatment when a count or frequency of visits is
    /// stated (label: the course's procedure id): "Ultrasound of the lumbar spine, 6 sessions".
    case courseForm
    /// Therapies whose supervised visits make one total (label `exercise_therapy`): for a request
    /// of a member, the sessions of every member are its earlier sessions.
    case sharedVisits
    /// Therapies whose supervised visits count toward Physical Medicine's visits, by kind (one
    /// label a kind: physical, occupational, aquatic): their sessions done are summed
    /// (`physical_medicine_sessions`).
    case physicalMedicineVisits
    /// The metabolites a urine drug test finds beside an opioid taken (label: the ingredient taken):
    /// in a drug screen's sentence, no second drug.
    case screenMetabolite
    /// Services a summary may tie to a surgery (`associated_service`): label `course`, the
    /// postsurgical physical medicine course, tied also by a surgery of its region done within the
    /// longest postsurgical period; other labels, tied by words only.
    case postoperativeServices
    /// The surgeries of a syndrome described, not named (label: the diagnosis id).
    case syndromeSurgeries
    /// Laboratory tests whose request names the drug they measure (label `tests`), and the test a
    /// word of measuring names (label `measuring`): "Serum testosterone level" asks for a test.
    case assayTests

    public static let names = snakeCaseNames()

    var vocabulary: Vocabulary {
        switch self {
        case .regionFamily, .nerveReach, .radicularLimb, .regionalSite: .bodyRegion
        case .studyKind, .surgeryDiagnosis, .genericProcedure, .nerveStudy, .bareTherapyScope, .serviceExtent, .filmsFirst, .courseForm,
            .sharedVisits, .procedureRegion, .physicalMedicineVisits, .postoperativeServices, .syndromeSurgeries, .sitedInjection,
            .assayTests, .deliverySystem:
            .procedure
        case .mmeFactor, .screenMetabolite: .ingredient
        case .injectedSubstance, .injectedAnesthetic, .injectedSteroid, .effectRemedy: .drugClass
        case .labelMaximumDailyMg, .capsaicinPercent, .mmeFactorPerMcgHour, .extendedReleaseMaximumDailyMg, .unitIntervalDays: .drug
        case .regionalDiagnosis, .diagnosisRegion, .complaintDiagnosis, .lastingDiagnosis, .locatedDiagnosis, .jointForm,
            .jointDiagnosis, .bareLesionDiagnosis, .jointSymptomDiagnosis, .wholeLesionDiagnosis:
            .diagnosis
        }
    }
}

extension CueLibrary {
    /// Problems that make the library unfit for the extractor: a set, fact or group Swift reads that
    /// is missing or has the wrong shape or labels, a term id a group names that `lexicon` lacks.
    /// Reported at the lexicon directory `directory` (for a missing entry) or at the entry.
    func check(against lexicon: Lexicon, directory: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func error(_ code: VocabularyDiagnosticCode, _ message: String, _ location: SourceLocation) {
            diagnostics.append(.vocabulary(code, message, at: location))
        }
        /// A label of `owner` (a cue set or term group whose labels name diagnoses) that is no diagnosis.
        func checkDiagnosisLabel(_ label: String, of owner: String, at location: SourceLocation) {
            guard !lexicon.contains(label, in: Vocabulary.diagnosis.name) else { return }
            let pool = lexicon.terms(in: Vocabulary.diagnosis.name)
            error(
                .unknownGroupTerm, "labels of '\(owner)' are diagnosis ids, not '\(label)'\(Suggestion.didYouMean(label, in: pool))",
                location)
        }
        for name in CueName.allCases {
            guard let set = sets[name.name] else {
                let kind = name.shape == .fact ? "fact" : "cue set"
                error(
                    .missingCueSet,
                    "the fact extractor reads \(kind) '\(name.name)', which no '.cues' file defines\(suggestion(name.name))",
                    SourceLocation(file: directory))
                continue
            }
            if name.shape == .fact, set.fact == nil {
                error(.missingCueSet, "'\(name.name)' is read as a fact: declare it with 'fact \(name.name)'", set.location)
            }
            if name.shape != .fact, set.fact != nil {
                error(.missingCueSet, "'\(name.name)' is read as a cue set: declare it with 'set \(name.name)'", set.location)
            }
            if let labels = name.labels, labels.isEmpty {
                // Free labels: any name.
            } else if let labels = name.labels {
                let allowed = (name.shape == .fact ? [.yes, .no, .opening] : labels).map(\.name)
                for label in labels where !set.phrases.contains(where: { $0.label == label }) {
                    error(.missingCueSet, "cue set '\(name.name)' needs phrases labelled '\(label.name)'", set.location)
                }
                for phrase in set.phrases where !allowed.contains(phrase.label) {
                    error(
                        .missingCueSet,
                        "label '\(phrase.label)' is not read in '\(name.name)'; expected \(allowed.map { "'\($0)'" }.joined(separator: " or "))",
                        phrase.location)
                }
            } else {
                for phrase in set.phrases where Double(phrase.label) == nil {
                    error(
                        .cueShape, "labels of '\(name.name)' are numbers (the value a phrase names), not '\(phrase.label)'",
                        phrase.location)
                }
            }
            if !name.thresholds.isEmpty {
                let words = name.thresholds.map(\.name)
                for word in words where !set.phrases.contains(where: { $0.phrase == word }) {
                    error(
                        .missingCueSet, "cue set '\(name.name)' needs the word '\(word)', labelled with its threshold (a whole number)",
                        set.location)
                }
                for phrase in set.phrases where !words.contains(phrase.phrase) {
                    error(
                        .missingCueSet,
                        "word '\(phrase.phrase)' is not read in '\(name.name)'; expected \(words.map { "'\($0)'" }.joined(separator: ", "))",
                        phrase.location)
                }
                for phrase in set.phrases where Int(phrase.label) == nil && Double(phrase.label) != nil {
                    error(.cueShape, "thresholds of '\(name.name)' are whole numbers, not '\(phrase.label)'", phrase.location)
                }
            }
            if name.shape == .words || name.shape == .sequences {
                for phrase in set.phrases where CuePattern.hasGap(phrase.phrase) {
                    error(
                        .cueShape, "'\(name.name)' is read as words, not patterns; a gap '...' is matched only in phrase sets",
                        phrase.location
                    )
                }
                for phrase in set.phrases where CuePattern.hasPrefix(phrase.phrase) {
                    error(
                        .cueShape, "'\(name.name)' is read as words, not patterns; a code prefix is matched only in phrase sets",
                        phrase.location)
                }
            }
            if [CueName.diagnosisWording, .syndromeComplaint, .syndromePersistence, .syndromeNoLesion, .audiogramNames, .hearingNormal]
                .contains(name)
            {
                for phrase in set.phrases { checkDiagnosisLabel(phrase.label, of: name.name, at: phrase.location) }
            }
            if name == .symbols || name == .resultMarks {
                for phrase in set.phrases where phrase.phrase.utf8.contains(where: isWordByte) || !phrase.label.utf8.allSatisfy(isWordByte)
                {
                    error(
                        .cueShape, "a symbol is written without letters or digits and labelled with the one word it reads as",
                        phrase.location)
                }
            } else if name.shape == .words {
                for phrase in set.phrases
                where phrase.phrase.contains(" ") && !CuePattern.hasGap(phrase.phrase) && !CuePattern.hasPrefix(phrase.phrase) {
                    error(.cueShape, "'\(name.name)' is a list of single words; '\(phrase.phrase)' has several", phrase.location)
                }
            }
        }
        for name in TermGroupName.allCases where groups[name.name] == nil {
            error(
                .missingCueSet, "the fact extractor reads term group '\(name.name)', which no '.cues' file defines",
                SourceLocation(file: directory))
        }
        for group in groups.values.sorted(by: { $0.name < $1.name }) {
            if let expected = TermGroupName(name: group.name)?.vocabulary.name, expected != group.vocabulary {
                error(.missingCueSet, "group '\(group.name)' holds \(expected) terms, not \(group.vocabulary)", group.location)
            }
            guard lexicon.entries[group.vocabulary] != nil else {
                error(.unknownGroupTerm, "unknown vocabulary '\(group.vocabulary)'", group.location)
                continue
            }
            for member in group.members where !lexicon.contains(member.phrase, in: group.vocabulary) {
                let pool = lexicon.terms(in: group.vocabulary)
                error(
                    .unknownGroupTerm,
                    "unknown \(group.vocabulary) term '\(member.phrase)' in group '\(group.name)'\(Suggestion.didYouMean(member.phrase, in: pool))",
                    member.location)
            }
            if TermGroupName(name: group.name) == .surgeryDiagnosis || TermGroupName(name: group.name) == .syndromeSurgeries {
                for member in group.members { checkDiagnosisLabel(member.label, of: group.name, at: member.location) }
            }
            if let name = TermGroupName(name: group.name), name == .mmeFactor || name == .mmeFactorPerMcgHour {
                for member in group.members where Double(member.label) == nil {
                    error(.cueShape, "labels of '\(group.name)' are conversion factors, not '\(member.label)'", member.location)
                }
            }
        }
        diagnostics += unreadEntries()
        return diagnostics
    }

    /// Warnings for sets and groups that nothing reads: neither a ``CueName`` nor a ``TermGroupName``,
    /// and (for a set) not a `fact` entry, which the declared-fact reader reads whatever its name.
    /// Such an entry is dead data, most often a misspelt name that leaves the one Swift reads missing.
    private func unreadEntries() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let contexts = Set(topics.compactMap(\.topicContext))
        for set in sets.values.sorted(by: { $0.name < $1.name })
        where set.fact == nil && set.topic == nil && !set.fillsSlots && !contexts.contains(set.name) && CueName(name: set.name) == nil {
            let readNames = CueName.allCases.filter { $0.shape != .fact }.map(\.name)
            diagnostics.append(
                .vocabulary(
                    .unreadCueEntry,
                    "cue set '\(set.name)' is read by nothing\(Suggestion.didYouMean(set.name, in: readNames))",
                    at: set.location, severity: .warning))
        }
        for group in groups.values.sorted(by: { $0.name < $1.name }) where TermGroupName(name: group.name) == nil {
            diagnostics.append(
                .vocabulary(
                    .unreadCueEntry,
                    "term group '\(group.name)' is read by nothing\(Suggestion.didYouMean(group.name, in: TermGroupName.allCases.map(\.name)))",
                    at: group.location, severity: .warning))
        }
        return diagnostics
    }

    private func suggestion(_ name: String) -> String {
        Suggestion.didYouMean(name, in: sets.keys)
    }
}

extension CueLibrary {
    /// A `fact` entry gives the cues of a boolean case fact that the fact schema declares (the
    /// schema is the one place a fact is defined and said what it means).
    func checkDeclaredFacts(against schema: FactCatalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for set in sets.values.sorted(by: { $0.name < $1.name }) {
            guard let fact = set.fact else { continue }
            if let known = schema[fact.name] {
                if known.kind != .bool {
                    diagnostics.append(
                        Diagnostic.vocabulary(
                            .declaredFact, "fact '\(fact.name)' is a \(known.kind) fact of the schema; a declared fact is boolean",
                            at: set.location))
                }
            } else {
                let known = schema.definitions.keys.filter { schema[$0]?.kind == .bool }
                diagnostics.append(
                    Diagnostic.vocabulary(
                        .declaredFact,
                        "fact '\(fact.name)' is not in the fact schema: declare it there ('case \(fact.name) (bool): SUMMARY')"
                            + Suggestion.didYouMean(fact.name, in: known), at: set.location))
            }
            if !set.phrases.contains(where: { $0.label == .yes }) {
                diagnostics.append(
                    Diagnostic.vocabulary(.declaredFact, "fact '\(fact.name)' needs phrases labelled 'yes'", at: set.location))
            }
            for phrase in set.phrases
            where phrase.label != .yes && phrase.label != .no && phrase.label != .opening && phrase.label != .affirms {
                diagnostics.append(
                    Diagnostic.vocabulary(
                        .declaredFact, "a fact's phrases are labelled 'yes', 'no', 'opening' or 'affirms', not '\(phrase.label)'",
                        at: phrase.location))
            }
        }
        return diagnostics
    }

    /// A `topic` entry names a fact of the schema (any kind), lists words labelled `words`, and is read
    /// `with` a set that exists: an unknown fact or set (with a did-you-mean), another label or no
    /// words is a C011 error.
    func checkTopics(against schema: FactCatalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for set in topics {
            guard let fact = set.topic else { continue }
            if schema[fact] == nil {
                diagnostics.append(
                    Diagnostic.vocabulary(
                        .topicEntry,
                        "topic '\(fact)' names no fact of the fact schema" + Suggestion.didYouMean(fact, in: schema.definitions.keys),
                        at: set.location))
            }
            if set.phrases.isEmpty {
                diagnostics.append(
                    Diagnostic.vocabulary(
                        .topicEntry, "topic '\(fact)' needs words ('\(CueSetDefinition.topicLabel): word, …')", at: set.location))
            }
            if let context = set.topicContext, sets[context] == nil || sets[context]?.topic != nil {
                diagnostics.append(
                    Diagnostic.vocabulary(
                        .topicEntry,
                        "topic '\(fact)' is read with unknown cue set '\(context)'"
                            + Suggestion.didYouMean(context, in: sets.values.filter { $0.topic == nil }.map(\.name)),
                        at: set.location))
            }
            for phrase in set.phrases where phrase.label != CueSetDefinition.topicLabel {
                diagnostics.append(
                    Diagnostic.vocabulary(
                        .topicEntry, "a topic's words are labelled '\(CueSetDefinition.topicLabel)', not '\(phrase.label)'",
                        at: phrase.location))
            }
        }
        return diagnostics
    }
}
