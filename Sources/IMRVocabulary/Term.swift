import IMRCore

/// The lexicon terms Swift names: drug classes the medication readers test for, the categories,
/// routes, kinds and notes the request readers decide between. Each must be a term of its
/// vocabulary; `imr lint` reports one the lexicon lacks (`L006`).
public enum Term: DataName {
    // Drug classes.
    case opioid, shortActingOpioid, longActingOpioid, secondLineOpioid, partialOpioidAgonist, nsaid, acetaminophenClass, muscleRelaxant
    case topicalAnalgesic
    case compoundedProduct, corticosteroid, anticoagulant, antidepressant, anticonvulsant, tricyclic, snri
    // Drugs and ingredients.
    case aspirin, capsaicin
    // Treatment categories and procedures.
    case surgery, medication, injection, other, dme, assistantSurgeon, preoperativeClearance, fusion
    case consultation, evaluation, officeVisit
    // Diagnoses.
    case insomnia, severeDepression, depression
    // The request classifier's routes, sides, kinds and notes.
    case injected, implanted, transdermal, topical, oral
    case left, right, bilateral
    case service, test, preoperativeTest, reexamination, referral
    case amount, remaining, unspecified, partialCertification, alreadyAuthorized

    public static let names = snakeCaseNames()

    /// The vocabulary the term belongs to.
    public var vocabulary: Vocabulary {
        switch self {
        case .opioid, .shortActingOpioid, .longActingOpioid, .secondLineOpioid, .partialOpioidAgonist, .nsaid, .acetaminophenClass,
            .muscleRelaxant, .topicalAnalgesic,
            .compoundedProduct, .corticosteroid, .anticoagulant, .antidepressant, .anticonvulsant, .tricyclic, .snri:
            .drugClass
        case .aspirin, .capsaicin: .drug
        case .surgery, .medication, .injection, .other, .dme: .category
        case .assistantSurgeon, .preoperativeClearance, .fusion, .consultation, .evaluation, .officeVisit: .procedure
        case .insomnia, .severeDepression, .depression: .diagnosis
        case .injected, .implanted, .transdermal, .topical, .oral: .route
        case .left, .right, .bilateral: .side
        case .service, .test, .preoperativeTest, .reexamination, .referral: .requestKind
        case .amount, .remaining, .unspecified, .partialCertification, .alreadyAuthorized: .requestNote
        }
    }

    /// Whether `id` is this term (`category == .surgery`).
    public static func == (id: String?, term: Term) -> Bool { id == term.name }

    /// Whether `id` is not this term.
    public static func != (id: String?, term: Term) -> Bool { id != term.name }
}

extension Sequence where Element == String {
    /// Whether the sequence holds `term` (`classes.contains(.opioid)`). Inlinable, so that it is
    /// specialized for the caller's sequence (a `Set` looks the name up instead of scanning).
    @inlinable public func contains(_ term: Term) -> Bool { contains(term.name) }
}

extension Lexicon {
    /// `L006` for each term Swift names that the lexicon lacks, reported at `directory`.
    func checkTerms(directory: String) -> [Diagnostic] {
        Term.allCases.filter { !contains($0.name, in: $0.vocabulary) }.map {
            Diagnostic.vocabulary(
                .missingTerm,
                "the fact extractor names \($0.vocabulary.name) '\($0.name)', which the lexicon lacks\(Suggestion.didYouMean($0.name, in: terms(in: $0.vocabulary.name)))",
                at: SourceLocation(file: directory))
        }
    }

    /// `L001` for each procedure that reaches no category, neither by its own `category` line nor
    /// through a broader procedure (`is`): its requests would have no category, and no rule of a
    /// category would reach them. Checked on a rules directory (with cue data), as ``checkTerms(directory:)``.
    func checkProcedureCategories() -> [Diagnostic] {
        (entries[Vocabulary.procedure.name] ?? [:]).values
            .filter { hierarchy.nearest(Vocabulary.category.name, above: $0.id, in: Vocabulary.procedure.name) == nil }
            .sorted { ($0.location.file, $0.location.line ?? 0) < ($1.location.file, $1.location.line ?? 0) }
            .map {
                Diagnostic.vocabulary(
                    .lexiconSyntax,
                    "procedure '\($0.id)' has no category: add a 'category' line (a term of categories.lexicon), or 'is' a procedure that has one",
                    at: $0.location)
            }
    }
}
