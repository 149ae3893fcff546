import IMREvaluation
import IMRHarness

/// The report of `imr eval` for people.
public enum TextReport {
    /// Renders `report`; `explain` adds each wrong item's reasons and criteria.
    public static func render(_ report: EvaluationReport, run: CorpusRun, explain: Bool = false) -> String {
        var text = "IMR evaluation: \(run.cases.count) letters, \(report.metrics.items) items"
        text += report.failures.isEmpty ? "\n\n" : ", \(report.failures.count) letters failed\n\n"
        text += headline(report)
        text += confidence(report.confidence)
        text += "\nConfusion (rows: actual; columns: predicted)\n"
        var confusion = TextTable(["", "Upheld", "Overturned", "Abstain", "total"])
        for (label, row) in [("Upheld", report.metrics.confusion.upheld), ("Overturned", report.metrics.confusion.overturned)] {
            confusion.add([label, "\(row.upheld)", "\(row.overturned)", "\(row.abstain)", "\(row.total)"])
        }
        text += confusion.render()
        text += "\nBy category\n"
        var categories = TextTable(["category", "items", "Overturned", "right", "abstain", "accuracy", "bal.acc", "coverage"])
        for row in report.perCategory {
            let m = row.metrics
            let right = m.confusion.upheld.upheld + m.confusion.overturned.overturned
            categories.add([
                row.category, "\(m.items)", "\(m.confusion.overturned.total)", "\(right)",
                "\(m.confusion.upheld.abstain + m.confusion.overturned.abstain)", Format.ratio(m.accuracy),
                Format.ratio(m.balancedAccuracy), Format.ratio(m.coverage),
            ])
        }
        text += categories.render()
        text += "\nBy rule\n"
        if report.perRule.isEmpty {
            text += "  (no rule decided any item)\n"
        } else {
            var rules = TextTable(["rule", "fired", "right", "wrong", "reason agrees"])
            for row in report.perRule {
                rules.add([
                    row.rule, "\(row.fired)", "\(row.right)", "\(row.wrong)",
                    row.reasonsCompared == 0 ? "-" : "\(row.reasonsAgreeing)/\(row.reasonsCompared)",
                ])
            }
            text += rules.render()
        }
        text += wrongItems(run.items, explain: explain)
        text += otherReasons(run.items)
        if !report.failures.isEmpty {
            text += "\nFailures (\(report.failures.count))\n"
            for failure in report.failures { text += "  \(failure.location): \(failure.error)\n" }
        }
        if let changes = report.changes {
            text += ChangeReport.render(changes, against: "baseline")
        }
        return text
    }

    /// The headline metrics of the engine beside the always-Upheld baseline.
    static func headline(_ report: EvaluationReport) -> String {
        var table = TextTable(["", "engine", "always Upheld"])
        let e = report.metrics
        let b = report.alwaysUpheld
        table.add(["items", "\(e.items)", "\(b.items)"])
        for (label, value) in [
            ("accuracy", \Metrics.accuracy), ("balanced accuracy", \.balancedAccuracy), ("MCC", \.mcc),
            ("Overturned precision", \.overturnedPrecision), ("Overturned recall", \.overturnedRecall),
            ("coverage", \.coverage), ("guideline coverage", \.guidelineCoverage), ("decided by the fallback", \.fallbackShare),
            ("decided by IMR practice", \.practiceShare),
            ("on recalled wording", \.recalledWordingShare), ("citation agreement", \.citationAgreement),
            ("reason agreement", \.reasonAgreement),
        ] as [(String, KeyPath<Metrics, Double>)] {
            table.add([label, Format.ratio(e[keyPath: value]), Format.ratio(b[keyPath: value])])
        }
        return table.render()
    }

    /// How the predictions' confidence separates right from wrong: the share firm, the metrics of
    /// the firm and the tentative items, and the wrong predictions flagged.
    static func confidence(_ c: ConfidenceMetrics) -> String {
        var text = "\nConfidence (tentative: the outcome rests on a criterion the summary mentions in words the engine could not read)\n"
        var table = TextTable(["", "items", "right", "balanced accuracy", "MCC"])
        for (label, m) in [("firm", c.firm), ("tentative", c.tentative)] {
            let right = m.confusion.upheld.upheld + m.confusion.overturned.overturned
            table.add([label, "\(m.items)", "\(right)", Format.ratio(m.balancedAccuracy), Format.ratio(m.mcc)])
        }
        text += table.render()
        text += "  coverage (share firm): \(Format.ratio(c.coverage)); wrong predictions flagged tentative: "
        text += "\(c.wrongFlagged)/\(c.wrong) (\(Format.ratio(c.wrongFlaggedShare)))\n"
        return text
    }

    /// The wrongly decided items, then the abstentions, one line each.
    static func wrongItems(_ items: [ItemResult], explain: Bool) -> String {
        let wrong = items.filter { !$0.isCorrect && $0.predicted != .abstain }
        let abstained = items.filter { $0.predicted == .abstain }
        var text = "\nWrong (\(wrong.count))\n"
        for item in wrong {
            text += "  \(item.file) #\(item.index + 1)  \(Format.truncate(item.request, 60))\n"
            text +=
                "      actual \(Outcomes.label(item.actual)), predicted \(Outcomes.label(item.predicted)) by \(item.prediction.ruleLabel ?? "-")"
                + (item.prediction.confidence == .tentative ? " (tentative)\n" : "\n")
            if explain { text += trace(item.prediction) }
        }
        text += "\nAbstained (\(abstained.count))\n"
        for item in abstained {
            text += "  \(item.file) #\(item.index + 1)  \(Format.truncate(item.request, 60))  [\(Outcomes.label(item.actual))]"
            text += explain ? "\n      \(item.prediction.abstainReason ?? "no rule applies")\n" : "\n"
        }
        return text
    }

    /// The right items whose deciding rule reads none of the criteria the reviewer named.
    static func otherReasons(_ items: [ItemResult]) -> String {
        let other = items.filter { $0.reasonAgrees == false }
        var text = "\nRight for another reason (\(other.count))\n"
        for item in other {
            text += "  \(item.file) #\(item.index + 1)  \(Format.truncate(item.request, 60))\n"
            let named = item.namedReasons.map { "\($0.fact) \($0.status.rawValue)" }.joined(separator: ", ")
            text += "      \(Outcomes.label(item.predicted)) by \(item.prediction.rule ?? "-"); the reviewer named \(named)\n"
        }
        return text
    }

    /// A prediction's reasons and criteria, indented.
    public static func trace(_ prediction: Prediction, indent: String = "      ") -> String {
        var text = ""
        if let citation = prediction.citation { text += "\(indent)cite: \(citation)\n" }
        if let why = prediction.wordingRecalled { text += "\(indent)\(TraceText.recalledWording): \(why)\n" }
        for reason in prediction.reasons { text += "\(indent)reason: \(reason)\n" }
        text += TraceText.criteria(prediction, indent: indent)
        return text
    }
}
