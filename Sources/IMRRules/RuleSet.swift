import IMRCore
import IMRFacts

/// The checked rules of a `Rules/` directory with its lexicon (contract stub: the rules stage implements it).
public struct RuleSet: Sendable {
    public init() {}

    /// Loads and checks `Rules/**/*.rules` and `Rules/lexicon/*.lexicon` under `directory`.
    /// Diagnostics include every problem found; a rule set is returned even when some rules are bad.
    public static func load(directory: String) -> (ruleSet: RuleSet, lexicon: Lexicon, diagnostics: [Diagnostic]) {
        (RuleSet(), Lexicon(), [])
    }
}
