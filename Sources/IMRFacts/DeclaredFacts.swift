import IMRCore

extension CueLibrary {
    /// Parses `.cues` sources (file name, text) into one library, reporting syntax errors and
    /// duplicate names across all of them.
    public static func parse(sources: [(file: String, text: String)]) -> (cues: CueLibrary, diagnostics: [Diagnostic]) {
        var parser = CueParser()
        for source in sources { parser.parse(source.text, file: source.file) }
        let library = CueLibrary(sets: parser.sets, groups: parser.groups)
        return (library, parser.diagnostics + library.checkDeclaredFacts())
    }

    /// A declared fact must be boolean where the Swift catalog already names it, and must say what
    /// it means (`about`) where it does not.
    func checkDeclaredFacts() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for set in sets.values.sorted(by: { $0.name < $1.name }) {
            guard let fact = set.fact else { continue }
            if let known = FactCatalog.standard[fact.name] {
                if known.kind != .bool {
                    diagnostics.append(
                        Diagnostic(
                            code: "C007", message: "fact '\(fact.name)' is a \(known.kind) fact of the engine; a declared fact is boolean",
                            location: set.location))
                }
            } else if fact.summary == nil {
                diagnostics.append(
                    Diagnostic(
                        code: "C007", message: "fact '\(fact.name)' needs an 'about' line saying what it means", location: set.location))
            }
            if !set.phrases.contains(where: { $0.label == "yes" }) {
                diagnostics.append(
                    Diagnostic(code: "C007", message: "fact '\(fact.name)' needs phrases labelled 'yes'", location: set.location))
            }
            for phrase in set.phrases where phrase.label != "yes" && phrase.label != "no" {
                diagnostics.append(
                    Diagnostic(
                        code: "C007", message: "a fact's phrases are labelled 'yes' or 'no', not '\(phrase.label)'",
                        location: phrase.location))
            }
        }
        return diagnostics
    }
}

extension Lexicon {
    /// The facts rules may name: the engine's catalog and the boolean facts declared in the cue data.
    public var factCatalog: FactCatalog {
        var catalog = FactCatalog.standard
        for fact in cues.declaredFacts where catalog[fact.name] == nil {
            catalog.definitions[fact.name] = FactDefinition(fact.name, .bool, .case, fact.summary ?? "")
        }
        return catalog
    }
}

/// Reads the boolean facts declared in the cue data: true when a `yes` phrase is documented
/// outside review sentences (unless the fact reads them), false when only its absence is (a
/// negated `yes` or a `no` phrase); `wins no` makes any stated absence win.
enum DeclaredFactReader {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        for (fact, cues) in analysis.index.cues.declaredFacts {
            let skip: (Int) -> Bool = fact.readsReviewSentences ? { _ in false } : { analysis.isReviewSentence($0) }
            let precedence: Precedence = fact.winner == .yes ? .positiveWins : .negativeWins
            if let (value, evidence) = decide(cues.hits(in: analysis.text), in: analysis.text, precedence, skip: skip) {
                builder.bool(fact.name, value, evidence)
            }
        }
    }
}
