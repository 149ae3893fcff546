import Foundation
import IMRCore
import IMREvaluation
import IMRFacts
import IMRHarness
import IMRLetters
import IMRTestSupport
import IMRVocabulary
import Testing

@testable import IMRReports

private func explainedRun() -> CorpusRun {
    let summary = "Pain is 7/10 <worse> at night & \"sharp\". Norco since 2016. No spasm."
    var item = TestData.item(file: "a.txt", index: 0, actual: .overturned, predicted: .upheld, rule: "opioid.fi", category: "opioid")
    let range = summary.utf8.firstRange(of: "Norco since 2016.".utf8)!
    let start = summary.utf8.distance(from: summary.utf8.startIndex, to: range.lowerBound)
    item.prediction.criteria = [
        CriterionTrace(
            rule: "opioid.fi", criterion: "functional_improvement", status: .notDocumented,
            facts: [
                TracedFact(
                    name: "already_using", value: "true",
                    evidence: [Evidence(source: .summary, sentence: "Norco since 2016.", start: start, end: start + 17)])
            ])
    ]
    item.prediction.reasons = ["No <functional> improvement"]
    let abstained = TestData.item(
        file: "a.txt", index: 1, actual: .upheld, predicted: .abstain, rule: nil, category: "dme", request: "Cane <left>")
    return CorpusRun(
        cases: [TestData.caseResult([item, abstained], summary: summary)], failures: [RunFailure(file: "Corpus/bad.txt", error: "no items")]
    )
}

@Test func htmlIsSelfContainedAndEscaped() {
    let run = explainedRun()
    let html = HTMLReport.render(EvaluationReport(run: run), run: run)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for forbidden in ["src=\"http", "href=\"http", "src='http", "href='http", "<script", "@import", "url(http", "<link"] {
        #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    #expect(html.contains("<svg"))
    #expect(html.contains("<mark>Norco since 2016.</mark>"))
    #expect(html.contains("&lt;worse&gt; at night &amp; &quot;sharp&quot;"))
    #expect(html.contains("Cane &lt;left&gt;"))
    #expect(html.contains("No &lt;functional&gt; improvement"))
    #expect(!html.contains("<worse>"))
    #expect(html.contains("Corpus/bad.txt"))
}

@Test(arguments: [
    ("abc & def", [1..<2], "a<mark>b</mark>c &amp; def"),
    ("abcdef", [4..<9, 0..<2, 1..<3], "<mark>abc</mark>d<mark>ef</mark>"),
    ("<a>", [0..<3], "<mark>&lt;a&gt;</mark>"),
    ("é<b", [0..<2], "<mark>é</mark>&lt;b"),
    ("text", [], "text"),
])
func highlight(_ text: String, _ marks: [Range<Int>], _ expected: String) {
    #expect(HTML.highlight(text, marks: marks) == expected)
}

@Test func textReportShowsHeadlineConfusionTablesAndWrongItems() {
    let run = explainedRun()
    let text = TextReport.render(EvaluationReport(run: run), run: run, explain: true)
    #expect(text.contains("always Upheld"))
    #expect(text.contains("balanced accuracy"))
    #expect(text.contains("Confusion (rows: actual; columns: predicted)"))
    #expect(text.contains("opioid.fi"))
    #expect(text.contains("Wrong (1)"))
    #expect(text.contains("Abstained (1)"))
    #expect(text.contains("[not documented] functional_improvement"))
    #expect(text.contains("Failures (1)"))
    #expect(text.contains("reason agreement"))
    #expect(text.contains("Right for another reason (0)"))
}

@Test func jsonHasTheDocumentedKeysWithNullsForAbstentions() throws {
    let run = explainedRun()
    let data = Data(try JSONOutput.string(EvaluationReport(run: run)).utf8)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["metrics", "alwaysUpheld", "items", "failures", "perCategory", "perRule"] { #expect(json[key] != nil, "\(key)") }
    let metrics = try #require(json["metrics"] as? [String: Any])
    for key in [
        "items", "accuracy", "balancedAccuracy", "mcc", "overturnedPrecision", "overturnedRecall", "coverage", "citationAgreement",
        "reasonAgreement", "confusion",
    ] {
        #expect(metrics[key] != nil, "\(key)")
    }
    let items = try #require(json["items"] as? [[String: Any]])
    #expect(items[1]["rule"] is NSNull)
    #expect(items[1]["reasonAgrees"] is NSNull)
    #expect(items[1]["citation"] is NSNull)
    #expect(items[0]["citation"] as? String == "MTUS Chronic Pain Medical Treatment Guidelines 2009, Opioids, p. 78")
    #expect(json["regressions"] == nil)
}

@Test(arguments: [(0.0, "0.000"), (0.8854, "0.885"), (1.0, "1.000"), (-0.25, "-0.250"), (0.0005, "0.001")])
func ratioFormat(_ value: Double, _ text: String) {
    #expect(Format.ratio(value) == text)
}

@Test func htmlStartsWithALinkedIndexAndShowsTheRationaleOfWrongItems() {
    let run = explainedRun()
    let html = HTMLReport.render(EvaluationReport(run: run), run: run)
    let index = html.range(of: "<nav class=\"index\">")
    let letters = html.range(of: "<h2>Letters</h2>")
    #expect(index != nil && letters != nil && index!.lowerBound < letters!.lowerBound)
    #expect(html.contains("Wrong items (1)"))
    let anchor = HTMLReport.anchor(file: "Corpus/a.txt", index: 0)
    #expect(html.contains("href=\"#\(anchor)\""))
    #expect(html.contains("id=\"\(anchor)\""))
    #expect(html.contains("Reviewer's rationale <small>(the truth, not the engine's input)</small>"))
    #expect(html.contains("<td class=\"bad\">1</td>"))
}
