import IMRCore
import IMRFacts
import IMRRules

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
