import IMRCore
import IMREvaluation
import IMRRules

/// Builds the engine from a rules directory.
public enum EngineLoader {
    /// The engine of `Rules/`-style `directory` and the diagnostics of its rules and lexicon;
    /// the engine is `nil` when any diagnostic is an error.
    public static func load(rules directory: String) -> (engine: Engine?, diagnostics: [Diagnostic]) {
        let (ruleSet, lexicon, diagnostics) = RuleSet.load(directory: directory)
        let failed = diagnostics.contains { $0.severity == .error }
        return (failed ? nil : Engine(ruleSet: ruleSet, lexicon: lexicon), diagnostics)
    }
}
