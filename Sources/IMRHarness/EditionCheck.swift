import IMRCore
import IMREvaluation
import IMRLetters
import IMRRules

/// Edition awareness: each rule file states the guideline edition it encodes (`edition "…"
/// superseded "YYYY-MM-DD"`); a case dated on or after the date a newer edition took over gets a
/// warning that the encoded edition may not be the governing one.
public struct EditionCheck: Sendable {
    /// The edition of each rule's file, by rule id.
    let byRule: [String: RuleEdition]
    /// Every edition with a date it was superseded, for predictions no rule decided.
    let superseded: [RuleEdition]

    public init(ruleSet: RuleSet) {
        var byRule: [String: RuleEdition] = [:]
        var superseded: [RuleEdition] = []
        for file in ruleSet.files {
            guard let edition = file.edition?.value else { continue }
            for rule in file.rules { byRule[rule.id] = edition }
            if edition.superseded != nil && !superseded.contains(edition) { superseded.append(edition) }
        }
        self.byRule = byRule
        self.superseded = superseded
    }

    /// The date a case is judged at: `asOf` when given, else the later of the letter's UR denial and
    /// decision dates; with what it is, for the message. `nil` for a bare summary without `asOf`.
    public static func caseDate(_ input: CaseInput, asOf: SimpleDate?) -> (date: SimpleDate, what: String)? {
        if let asOf { return (asOf, "as of") }
        let dates = [(input.header.urDenialDate, "UR denial"), (input.header.decisionDate, "IMR decision")]
            .compactMap { date, what in date.map { ($0, what) } }
        return dates.max { $0.0 < $1.0 }
    }

    /// The warnings for `predictions` of `input`: one per encoded edition (of the deciding rules, or
    /// every edition when a request was not decided) that a newer edition had replaced by the case's date.
    public func warnings(for input: CaseInput, predictions: [Prediction], asOf: SimpleDate?) -> [String] {
        guard let (date, what) = Self.caseDate(input, asOf: asOf) else { return [] }
        var editions: [RuleEdition] = []
        for prediction in predictions {
            let concerned = prediction.rule.map { byRule[$0].map { [$0] } ?? [] } ?? superseded
            for edition in concerned where !editions.contains(edition) { editions.append(edition) }
        }
        return editions.compactMap { edition in
            guard let superseded = edition.superseded, date >= superseded else { return nil }
            let dated = what == "as of" ? "judged as of \(date)" : "dated \(date) (\(what))"
            return "warning: the case is \(dated), on or after \(superseded), when a newer MTUS edition took over; "
                + "these rules encode \(edition.name), which may not be the governing edition"
        }
    }

    /// A warning for each rule file that states no edition (reported by `imr lint`).
    public static func missingEditions(in ruleSet: RuleSet) -> [Diagnostic] {
        ruleSet.files.filter { $0.edition == nil }.map { file in
            Diagnostic(
                code: RuleDiagnosticCode.edition.rawValue, severity: .warning,
                message: "file has no 'edition': state the guideline edition it encodes, e.g. "
                    + "edition \"MTUS before the December 2017 update: …\" superseded \"2017-12-01\"",
                location: SourceLocation(file: file.path, line: 1, column: 1))
        }
    }
}
