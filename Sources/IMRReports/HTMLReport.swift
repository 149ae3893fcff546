import IMREvaluation
import IMRFacts
import IMRHarness

/// The report of `imr eval --format html`: one self-contained page (inline CSS and SVG, no scripts).
public enum HTMLReport {
    /// Renders `report` of `run` as a whole HTML document.
    public static func render(_ report: EvaluationReport, run: CorpusRun) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>IMR evaluation</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>IMR evaluation</h1>
            <p class="lead">\(run.cases.count) letters, \(report.metrics.items) items\(report.failures.isEmpty ? "" : ", \(report.failures.count) letters failed").</p>

            """
        html += headline(report)
        html += "<section class=\"charts\"><div><h2>Confusion matrix</h2>\(SVGCharts.confusion(report.metrics.confusion))</div>"
        html += "<div><h2>By category</h2>\(SVGCharts.categories(report.perCategory))</div></section>\n"
        html += ruleTable(report.perRule)
        if let changes = report.changes { html += changeTable(changes) }
        if !report.failures.isEmpty {
            html += "<h2>Failures</h2><ul>"
            for failure in report.failures { html += "<li><code>\(HTML.escape(failure.file))</code>: \(HTML.escape(failure.error))</li>" }
            html += "</ul>\n"
        }
        html += "<h2>Letters</h2>\n"
        for result in run.cases { html += letter(result) }
        return html + "</body>\n</html>\n"
    }

    static func headline(_ report: EvaluationReport) -> String {
        var html = "<table class=\"metrics\"><tr><th></th><th>engine</th><th>always Upheld</th></tr>"
        let e = report.metrics
        let b = report.alwaysUpheld
        html += "<tr><td>items</td><td>\(e.items)</td><td>\(b.items)</td></tr>"
        for (label, value) in [
            ("accuracy", \Metrics.accuracy), ("balanced accuracy", \.balancedAccuracy), ("MCC", \.mcc),
            ("Overturned precision", \.overturnedPrecision), ("Overturned recall", \.overturnedRecall),
            ("coverage", \.coverage), ("guideline coverage", \.guidelineCoverage), ("decided by the fallback", \.fallbackShare),
            ("decided by IMR practice", \.practiceShare), ("citation agreement", \.citationAgreement),
            ("reason agreement", \.reasonAgreement),
        ] as [(String, KeyPath<Metrics, Double>)] {
            html += "<tr><td>\(label)</td><td>\(Format.ratio(e[keyPath: value]))</td><td>\(Format.ratio(b[keyPath: value]))</td></tr>"
        }
        return html + "</table>\n"
    }

    static func ruleTable(_ rows: [EvaluationReport.RuleRow]) -> String {
        var html = "<h2>By rule</h2><table><tr><th>rule</th><th>fired</th><th>right</th><th>wrong</th></tr>"
        for row in rows {
            html += "<tr><td><code>\(HTML.escape(row.rule))</code></td><td>\(row.fired)</td><td>\(row.right)</td><td>\(row.wrong)</td></tr>"
        }
        return html + "</table>\n"
    }

    static func changeTable(_ changes: [PredictionChange]) -> String {
        var html =
            "<h2>Changes against the baseline</h2><table><tr><th>change</th><th>item</th><th>actual</th><th>before</th><th>after</th></tr>"
        for change in changes {
            let before = change.before.map { "\(Outcomes.label($0)) (\(change.beforeRule ?? "-"))" } ?? "none"
            let after = change.after.map { "\(Outcomes.label($0)) (\(change.afterRule ?? "-"))" } ?? "none"
            html +=
                "<tr class=\"\(change.kind.rawValue)\"><td>\(change.kind.rawValue)</td><td>\(HTML.escape(change.file)) #\(change.index + 1) \(HTML.escape(change.request))</td>"
            html += "<td>\(Outcomes.label(change.actual))</td><td>\(HTML.escape(before))</td><td>\(HTML.escape(after))</td></tr>"
        }
        return html + "</table>\n"
    }

    /// One letter: its items with prediction, rule, citation and trace, then the summary with the evidence marked.
    static func letter(_ result: CaseResult) -> String {
        let allRight = result.items.allSatisfy(\.isCorrect)
        var html = "<details class=\"letter\"\(allRight ? "" : " open")><summary><code>\(HTML.escape(result.file))</code>"
        for item in result.items {
            html +=
                " <span class=\"badge \(item.isCorrect ? "right" : item.predicted == .abstain ? "abstain" : "wrong")\">\(item.isCorrect ? "✓" : item.predicted == .abstain ? "?" : "✗")</span>"
        }
        html += "</summary>\n"
        var marks: [Range<Int>] = []
        for item in result.items {
            html += self.item(item)
            for criterion in item.prediction.criteria {
                for fact in criterion.facts {
                    for evidence in fact.evidence where evidence.source == .summary { marks.append(evidence.start..<evidence.end) }
                }
            }
        }
        html += "<h4>Clinical case summary</h4><div class=\"summary\">\(HTML.highlight(result.input.summary.text, marks: marks))</div>\n"
        return html + "</details>\n"
    }

    static func item(_ item: ItemResult) -> String {
        let p = item.prediction
        let verdict = item.isCorrect ? "right" : item.predicted == .abstain ? "abstain" : "wrong"
        var html = "<div class=\"item \(verdict)\"><h3>#\(item.index + 1) \(HTML.escape(item.request))</h3><dl>"
        html += "<dt>actual</dt><dd>\(Outcomes.label(item.actual))</dd>"
        html += "<dt>predicted</dt><dd><b>\(Outcomes.label(item.predicted))</b>"
        if let rule = p.rule { html += " by <code>\(HTML.escape(rule))</code>" }
        if p.basis == .fallback {
            html += " <mark class=\"fallback\">fallback: no guideline support documented</mark>"
        } else if p.basis == .practice {
            html += " <mark class=\"practice\">IMR practice</mark>"
        }
        if let title = p.ruleTitle { html += ": \(HTML.escape(title))" }
        html += "</dd><dt>category</dt><dd>\(HTML.escape(item.category))</dd>"
        if let citation = p.citation {
            html +=
                "<dt>rule cites</dt><dd>\(HTML.escape(citation.description)) <span class=\"\(item.citationAgrees ? "agree" : "disagree")\">\(item.citationAgrees ? "agrees" : "differs")</span></dd>"
        }
        html += "<dt>letter cites</dt><dd>\(HTML.escape(item.truth.maximusGuideline))</dd>"
        if let reason = p.abstainReason { html += "<dt>abstained</dt><dd>\(HTML.escape(reason))</dd>" }
        for reason in p.reasons { html += "<dt>reason</dt><dd>\(HTML.escape(reason))</dd>" }
        for need in p.missingDocumentation { html += "<dt>needs</dt><dd>\(HTML.escape(need))</dd>" }
        html += "</dl>"
        if !p.criteria.isEmpty {
            html += "<ul class=\"trace\">"
            for criterion in p.criteria {
                let status = criterion.status == .notDocumented ? "undocumented" : criterion.status.rawValue
                html +=
                    "<li class=\"\(status)\"><span class=\"status\">\(criterion.status.rawValue)</span> <code>\(HTML.escape(criterion.criterion))</code> <small>(\(HTML.escape(criterion.rule)))</small>"
                if !criterion.facts.isEmpty {
                    html += "<ul>"
                    for fact in criterion.facts {
                        html += "<li><code>\(HTML.escape(fact.name))</code> = \(HTML.escape(fact.value ?? "not documented"))"
                        for evidence in fact.evidence { html += "<br><q>\(HTML.escape(evidence.sentence))</q>" }
                        html += "</li>"
                    }
                    html += "</ul>"
                }
                html += "</li>"
            }
            html += "</ul>"
        }
        return html + "</div>\n"
    }

    static let style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1180px;color:#1b1b1b;padding:0 16px}
        h1{margin:0 0 4px}h2{margin:28px 0 8px;font-size:18px}h3{margin:0 0 6px;font-size:15px}h4{margin:10px 0 4px}
        .lead{color:#555;margin:0 0 16px}
        table{border-collapse:collapse;margin:6px 0}td,th{border-bottom:1px solid #e3e3e3;padding:3px 10px;text-align:right}
        td:first-child,th:first-child{text-align:left}table.metrics td:nth-child(2){font-weight:600}
        .charts{display:flex;flex-wrap:wrap;gap:32px}
        svg text{font:12px system-ui,sans-serif}svg .label{font-size:13px;text-anchor:middle}svg .rowlabel{font-size:13px;text-anchor:end}svg .axis{fill:#666;text-anchor:middle}
        svg .count{font-size:22px;font-weight:600;text-anchor:middle}svg .share{font-size:12px;text-anchor:middle}
        details.letter{border:1px solid #ddd;border-radius:6px;margin:8px 0;padding:6px 12px}
        details.letter>summary{cursor:pointer;font-weight:600}
        .badge{display:inline-block;min-width:18px;text-align:center;border-radius:9px;color:#fff;font-size:12px}
        .badge.right{background:#2e7d32}.badge.wrong{background:#c62828}.badge.abstain{background:#9e9e9e}
        .item{border-left:4px solid #9e9e9e;padding:4px 10px;margin:10px 0;background:#fafafa}
        .item.right{border-color:#2e7d32}.item.wrong{border-color:#c62828}
        dl{display:grid;grid-template-columns:110px 1fr;gap:2px 10px;margin:0}dt{color:#666}dd{margin:0}
        .agree{color:#2e7d32}.disagree{color:#c62828}
        mark.fallback,mark.practice{font-size:12px;padding:0 4px;border-radius:3px}mark.fallback{background:#ffe0b2}mark.practice{background:#e1f5fe}
        ul.trace{margin:6px 0;padding-left:18px}ul.trace li{margin:2px 0}
        .status{font-size:11px;text-transform:uppercase;padding:0 4px;border-radius:3px;background:#eee}
        li.met>.status{background:#c8e6c9}li.unmet>.status{background:#ffcdd2}li.undocumented>.status{background:#fff3c4}
        q{color:#444;font-style:italic}
        .summary{white-space:pre-wrap;background:#fff;border:1px solid #eee;padding:8px;max-height:340px;overflow:auto}
        mark{background:#fff176}
        tr.worse td{color:#c62828}tr.better td{color:#2e7d32}
        """
}
