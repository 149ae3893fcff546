import IMRCore
import IMREvaluation
import IMRRules

/// Builds the engine from a rules directory.
public enum EngineLoader {
    /// The engine of `Rules/`-style `directory` and the diagnostics of its rules and lexicon;
    /// the engine is `nil` when an error makes the rules unfit to predict (errors in examples
    /// alone do not).
    public static func load(rules directory: String) -> (engine: Engine?, diagnostics: [Diagnostic]) {
        let (ruleSet, lexicon, diagnostics) = RuleSet.load(directory: directory)
        let failed = !ruleSet.predictionErrors(in: diagnostics).isEmpty
        return (failed ? nil : Engine(ruleSet: ruleSet, lexicon: lexicon), diagnostics)
    }
}
