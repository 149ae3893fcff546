import IMRCore
import IMREvaluation
import IMRFacts
import IMRHarness
import IMRRules
import IMRVocabulary

/// The help line of `--rules DIR` (every command that reads rules shows the same lookup order).
let rulesOptionHelp = "Rules and lexicon (default: $IMR_RULES, then the rules installed with imr)"
/// The help line of `--corpus DIR`.
let corpusOptionHelp = "Letters (default: $IMR_CORPUS, then the corpus installed with imr)"

/// The directory of `kind` for a command: its option (`--rules`, `--corpus`), the environment
/// variable, then the data installed with `imr` (see `DataLocator`). `nil` after printing what to
/// do when none is found.
func dataDirectory(_ kind: DataLocator.Kind, _ arguments: ParsedArguments, _ console: Console) -> String? {
    let locator = DataLocator.current
    let name = kind == .rules ? "rules" : "corpus"
    guard let found = locator.locate(kind, explicit: arguments.value(name)) else {
        console.error(locator.notFoundMessage(kind))
        return nil
    }
    return found.path
}

/// The engine of a rules directory for a command (``EngineLoader/load(rules:)``), kept until the
/// process exits (``ProcessLifetime``).
func loadEngine(rules: String) -> (engine: Engine?, diagnostics: [Diagnostic]) {
    let loaded = EngineLoader.load(rules: rules)
    if let engine = loaded.engine { ProcessLifetime.keep(engine) }
    return loaded
}

/// Loads a rules directory for a command, printing the error diagnostics when there are any.
/// Returns `nil` (after printing) when the rules have errors.
func loadCheckedRules(_ directory: String, _ console: Console) -> (ruleSet: RuleSet, lexicon: Lexicon)? {
    let (ruleSet, lexicon, diagnostics) = RuleSet.load(directory: directory)
    let errors = ruleSet.predictionErrors(in: diagnostics)
    guard errors.isEmpty else {
        for diagnostic in errors { console.error(diagnostic.description) }
        console.error("error: \(errors.count) error\(errors.count == 1 ? "" : "s") in '\(directory)'; run 'imr lint --rules \(directory)'")
        return nil
    }
    return (ruleSet, lexicon)
}
