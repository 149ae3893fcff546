import IMRCore
import IMRHarness

/// The corpus records of the rules for `check` and `explain`: from `--baseline FILE`, else from
/// `baseline.json` in the located corpus. `nil` when there is none (an explicit file that cannot be
/// read is reported on stderr).
func ruleRecords(_ arguments: ParsedArguments, _ console: Console) -> RuleRecords? {
    if let path = arguments.value("baseline") {
        do {
            return RuleRecords(baseline: try Baseline.read(from: path), source: path)
        } catch {
            console.error(error.description)
            return nil
        }
    }
    guard let corpus = DataLocator.current.locate(.corpus, explicit: nil)?.path else { return nil }
    let path = (corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus) + "/baseline.json"
    return (try? Baseline.read(from: path)).map { RuleRecords(baseline: $0, source: path) }
}
