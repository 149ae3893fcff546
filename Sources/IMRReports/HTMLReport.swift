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
        if let version = report.engineVersion, let digest = report.rulesDigest {
            html += "<p class=\"provenance\">Engine \(HTML.escape(version)), rules <code>\(HTML.escape(digest))</code></p>\n"
        }
        html += index(report, run: run)
        if let changes = report.changes { html += changeTable(changes) }
        html += headline(report)
        html += "<section class=\"charts\"><div><h2>Confusion matrix</h2>\(SVGCharts.confusion(report.metrics.confusion))</div>"
        html += "<div><h2>By category</h2>\(SVGCharts.categories(report.perCategory))</div></section>\n"
        html += ruleTable(report.perRule)
        if !report.failures.isEmpty {
            html += "<h2>Failures</h2><ul>"
            for failure in report.failures {
                html += "<li><code>\(HTML.escape(failure.location))</code>: \(HTML.escape(failure.error))</li>"
            }
            html += "</ul>\n"
        }
        html += "<h2>Letters</h2>\n"
        let records = Dictionary(report.perRule.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
        for result in run.cases { html += letter(result, records: records) }
        return html + "</body>\n</html>\n"
    }

    /// The anchor of an item: `item-` and its file and number, with other characters as `-`.
    static func anchor(file: String, index: Int) -> String {
        "item-" + String(file.map { $0.isLetter || $0.isNumber ? $0 : "-" }) + "-\(index + 1)"
    }

    /// The linked index at the top: regressions, then wrong items, then abstentions.
    static func index(_ report: EvaluationReport, run: CorpusRun) -> String {
        let files = Dictionary(run.cases.flatMap { result in result.items.map { ($0.key, result.file) } }, uniquingKeysWith: { a, _ in a })
        func link(_ file: String, _ index: Int, _ request: String, _ note: String) -> String {
            "<li><a href=\"#\(anchor(file: file, index: index))\"><code>\(HTML.escape(file))</code> #\(index + 1)</a> "
                + "\(HTML.escape(Format.truncate(request, 70))) <small>\(note)</small></li>"
        }
        var html = "<nav class=\"index\">"
        if let regressions = report.regressions {
            html += "<h2 id=\"regressions\">Regressions against the baseline (\(regressions.count))</h2>"
            if !regressions.isEmpty {
                html += "<ol>"
                for change in regressions {
                    let after = change.after.map { "now \(Outcomes.label($0)) by \(change.afterRule ?? "-")" } ?? "gone"
                    html += link(files[change.file] ?? change.file, change.index, change.request, HTML.escape(after))
                }
                html += "</ol>"
            }
        }
        let wrong = run.items.filter { !$0.isCorrect && $0.predicted != .abstain }
        html += "<h2 id=\"wrong\">Wrong items (\(wrong.count))</h2>"
        if !wrong.isEmpty {
            html += "<ol>"
            for item in wrong {
                let note =
                    "actual \(Outcomes.label(item.actual)), predicted \(Outcomes.label(item.predicted)) by \(item.prediction.rule ?? "-")"
                html += link(item.file, item.index, item.request, HTML.escape(note))
            }
            html += "</ol>"
        }
        let abstained = run.items.filter { $0.predicted == .abstain }
        if !abstained.isEmpty {
            html += "<details><summary>Abstained (\(abstained.count))</summary><ol>"
            for item in abstained { html += link(item.file, item.index, item.request, "actual \(Outcomes.label(item.actual))") }
            html += "</ol></details>"
        }
        return html + "</nav>\n"
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
            ("decided by IMR practice", \.practiceShare),
            ("on recalled wording", \.recalledWordingShare), ("citation agreement", \.citationAgreement),
            ("reason agreement", \.reasonAgreement),
        ] as [(String, KeyPath<Metrics, Double>)] {
            html += "<tr><td>\(label)</td><td>\(Format.ratio(e[keyPath: value]))</td><td>\(Format.ratio(b[keyPath: value]))</td></tr>"
        }
        return html + "</table>\n"
    }

    /// The rules, most wrong first (then most fired), wrong counts highlighted.
    static func ruleTable(_ rows: [EvaluationReport.RuleRow]) -> String {
        var html = "<h2>By rule <small>(most wrong first)</small></h2><div class=\"scroll\"><table class=\"rules\">"
        html += "<tr><th>rule</th><th>wrong</th><th>fired</th><th>right</th><th>reason agrees</th></tr>"
        for row in rows.sorted(by: { ($0.wrong, $0.fired, $1.rule) > ($1.wrong, $1.fired, $0.rule) }) {
            let reasons = row.reasonsCompared == 0 ? "-" : "\(row.reasonsAgreeing)/\(row.reasonsCompared)"
            html += "<tr><td><code>\(HTML.escape(row.rule))</code></td>"
            html +=
                "<td\(row.wrong > 0 ? " class=\"bad\"" : "")>\(row.wrong)</td><td>\(row.fired)</td><td>\(row.right)</td><td>\(reasons)</td></tr>"
        }
        return html + "</table></div>\n"
    }

    static func changeTable(_ changes: [PredictionChange]) -> String {
        guard !changes.isEmpty else { return "<h2 id=\"changes\">Changes against the baseline (0)</h2><p>No item changed.</p>\n" }
        var html =
            "<h2 id=\"changes\">Changes against the baseline (\(changes.count))</h2><div class=\"scroll\"><table class=\"changes\">"
            + "<tr><th>change</th><th>item</th><th>actual</th><th>before</th><th>after</th><th>why</th></tr>"
        for change in changes {
            let before = change.before.map { "\(Outcomes.label($0)) (\(change.beforeRule ?? "-"))" } ?? "none"
            let after = change.after.map { "\(Outcomes.label($0)) (\(change.afterRule ?? "-"))" } ?? "none"
            html +=
                "<tr class=\"\(change.kind.rawValue)\"><td>\(change.kind.rawValue)</td><td>\(HTML.escape(change.file)) #\(change.index + 1) \(HTML.escape(change.request))</td>"
            html += "<td>\(Outcomes.label(change.actual))</td><td>\(HTML.escape(before))</td><td>\(HTML.escape(after))</td>"
            html += "<td>\(HTML.escape(ChangeReport.why(change) ?? ""))</td></tr>"
        }
        return html + "</table></div>\n"
    }

    /// One letter: its items with prediction, rule, citation and trace, then the summary with the evidence marked.
    static func letter(_ result: CaseResult, records: [String: EvaluationReport.RuleRow] = [:]) -> String {
        let allRight = result.items.allSatisfy(\.isCorrect)
        var html = "<details class=\"letter\"\(allRight ? "" : " open")><summary><code>\(HTML.escape(result.file))</code>"
        for item in result.items {
            html +=
                " <span class=\"badge \(item.isCorrect ? "right" : item.predicted == .abstain ? "abstain" : "wrong")\">\(item.isCorrect ? "✓" : item.predicted == .abstain ? "?" : "✗")</span>"
        }
        html += "</summary>\n"
        var marks: [Range<Int>] = []
        for item in result.items {
            html += self.item(item, record: item.prediction.rule.flatMap { records[$0] })
            for criterion in item.prediction.criteria {
                for fact in criterion.facts {
                    for evidence in fact.evidence where evidence.source == .summary { marks.append(evidence.start..<evidence.end) }
                }
            }
        }
        html += "<h4>Clinical case summary</h4><div class=\"summary\">\(HTML.highlight(result.input.summary.text, marks: marks))</div>\n"
        return html + "</details>\n"
    }

    /// One item: its prediction, the rule's record on this run, citations, the trace, and for a
    /// wrong or abstained item the reviewer's rationale beside it, labelled as the truth.
    static func item(_ item: ItemResult, record: EvaluationReport.RuleRow? = nil) -> String {
        let p = item.prediction
        let verdict = item.isCorrect ? "right" : item.predicted == .abstain ? "abstain" : "wrong"
        var html = "<div class=\"item \(verdict)\" id=\"\(anchor(file: item.file, index: item.index))\">"
        html += "<h3>#\(item.index + 1) \(HTML.escape(item.request))</h3>"
        html += verdict == "right" ? "" : "<div class=\"side\"><div class=\"engine\"><h4>Engine</h4>"
        html += "<dl>"
        html += "<dt>actual</dt><dd>\(Outcomes.label(item.actual))</dd>"
        html += "<dt>predicted</dt><dd><b>\(Outcomes.label(item.predicted))</b>"
        if let rule = p.rule { html += " by <code>\(HTML.escape(rule))</code>" }
        if p.basis == .fallback {
            html += " <mark class=\"fallback\">fallback: no guideline support documented</mark>"
        } else if p.basis == .practice {
            html += " <mark class=\"practice\">IMR practice</mark>"
        }
        if let title = p.ruleTitle { html += ": \(HTML.escape(title))" }
        html += "</dd>"
        if let record {
            html += "<dt>rule record</dt><dd>right \(record.right) of \(record.fired) on this corpus</dd>"
        }
        html += "<dt>category</dt><dd>\(HTML.escape(item.category))</dd>"
        if let citation = p.citation {
            html +=
                "<dt>rule cites</dt><dd>\(HTML.escape(citation.description)) <span class=\"\(item.citationAgrees ? "agree" : "disagree")\">\(item.citationAgrees ? "agrees" : "differs")</span></dd>"
        }
        if let why = p.wordingRecalled {
            html += "<dt>wording</dt><dd>\(HTML.escape(TraceText.recalledWording)): \(HTML.escape(why))</dd>"
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
        if verdict != "right" {
            html += "</div><div class=\"truth\"><h4>Reviewer's rationale <small>(the truth, not the engine's input)</small></h4>"
            html += "<p>\(HTML.escape(item.truth.rationale))</p></div></div>"
        }
        return html + "</div>\n"
    }

    static let style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1180px;color:#1b1b1b;padding:0 16px;overflow-wrap:anywhere}
        *{box-sizing:border-box}code{overflow-wrap:anywhere}
        nav.index{background:#fff8f8;border:1px solid #f3d0d0;border-radius:6px;padding:4px 14px;margin:0 0 12px}
        nav.index h2{margin:10px 0 4px}nav.index ol{margin:4px 0;padding-left:24px}nav.index li{margin:2px 0}
        .scroll{max-width:100%;overflow-x:auto}td.bad{color:#fff;background:#c62828;font-weight:600}
        .side{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:12px}
        .truth{background:#f3f7ff;border-left:4px solid #1565c0;padding:4px 10px}.truth p{margin:4px 0;white-space:pre-wrap}
        @media (max-width:760px){.side{grid-template-columns:minmax(0,1fr)}dl{grid-template-columns:84px minmax(0,1fr)}
        td,th{padding:3px 5px}body{padding:0 8px;margin:12px auto}}
        svg{max-width:100%;height:auto}
        .bars{width:min(720px,100%)}.bar{display:grid;grid-template-columns:minmax(70px,170px) minmax(0,1fr) 56px;gap:8px;align-items:center;margin:3px 0}
        .bar .name{text-align:right;font-size:13px}.bar .track{display:flex;height:18px}.bar .count{font-size:12px}
        .bars i{display:inline-block;height:100%}.legend i{width:12px;height:12px;margin:0 4px 0 10px;vertical-align:-1px}
        i.right{background:#2e7d32}i.wrong{background:#c62828}i.abstain{background:#9e9e9e}
        h1{margin:0 0 4px}h2{margin:28px 0 8px;font-size:18px}h3{margin:0 0 6px;font-size:15px}h4{margin:10px 0 4px}
        .lead{color:#555;margin:0 0 16px}
        table{border-collapse:collapse;margin:6px 0}td,th{border-bottom:1px solid #e3e3e3;padding:3px 10px;text-align:right}
        td:first-child,th:first-child{text-align:left}table.metrics td:nth-child(2){font-weight:600}
        .charts{display:flex;flex-wrap:wrap;gap:32px}.charts>div{min-width:0;max-width:100%;flex:1 1 360px}
        svg text{font:12px system-ui,sans-serif}svg .label{font-size:13px;text-anchor:middle}svg .rowlabel{font-size:13px;text-anchor:end}svg .axis{fill:#666;text-anchor:middle}
        svg .count{font-size:22px;font-weight:600;text-anchor:middle}svg .share{font-size:12px;text-anchor:middle}
        details.letter{border:1px solid #ddd;border-radius:6px;margin:8px 0;padding:6px 12px}
        details.letter>summary{cursor:pointer;font-weight:600}
        .badge{display:inline-block;min-width:18px;text-align:center;border-radius:9px;color:#fff;font-size:12px}
        .badge.right{background:#2e7d32}.badge.wrong{background:#c62828}.badge.abstain{background:#9e9e9e}
        .item{border-left:4px solid #9e9e9e;padding:4px 10px;margin:10px 0;background:#fafafa}
        .item.right{border-color:#2e7d32}.item.wrong{border-color:#c62828}
        dl{display:grid;grid-template-columns:110px minmax(0,1fr);gap:2px 10px;margin:0}dt{color:#666}dd{margin:0;min-width:0}
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
