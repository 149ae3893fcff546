import Foundation
import Testing

/// The five seed letters the product was specified from.
let seedLetters = [
    "Corpus/000_5b182d2c9df6dc4d.txt", "Corpus/001_d5c016ceb231ba1a.txt", "Corpus/002_d825e75640f1f9b4.txt",
    "Corpus/003_9da0cd1af723cf3b.txt", "Corpus/004_41b11213cfb72f80.txt",
]

/// The corpus items `docs/error-analysis.md` explains as wrong (`` `Corpus/NAME.txt #N` `` in the
/// first column of its table, which `errorAnalysisListsEveryWrongItem` holds equal to a fresh run).
func explainedWrongItems() throws -> Set<String> {
    let document = try String(contentsOf: IMRProcess.packageRoot.appendingPathComponent("docs/error-analysis.md"), encoding: .utf8)
    return Set(document.split(separator: "\n").filter { $0.hasPrefix("| `Corpus/") }.map { String($0.dropFirst(3).prefix { $0 != "`" }) })
}

/// `imr check` on the bare clinical summary of each seed letter, with all of its requests, gives the
/// letter's decision for every item but those the error analysis explains, names the deciding rule
/// and shows the criteria.
@Test(arguments: seedLetters)
func checkOnASeedSummaryGivesTheLettersDecisions(_ letter: String) throws {
    let parsed = try IMRProcess.run(["parse", letter, "--format", "json"])
    try #require(parsed.status == 0, "\(parsed.stderr)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [String: Any])
    let letters = try #require(document["letters"] as? [[String: Any]])
    let summary = try #require(letters.first?["summary"] as? String)
    let items = try #require(letters.first?["items"] as? [[String: Any]])

    let directory = try IMRProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("summary.txt")
    try summary.write(to: file, atomically: true, encoding: .utf8)
    var arguments = ["check", "--case", file.path, "--format", "json"]
    for item in items { arguments += ["--request", try #require(item["request"] as? String)] }
    let checked = try IMRProcess.run(arguments)
    try #require(checked.status == 0, "\(checked.stderr)")
    let checkedDocument = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
    let predictions = try #require(checkedDocument["results"] as? [[String: Any]])
    try #require(predictions.count == items.count)
    let explained = try explainedWrongItems()
    for (position, (item, prediction)) in zip(items, predictions).enumerated() {
        if !explained.contains("\(letter) #\(position + 1)") {
            #expect(prediction["predicted"] as? String == item["decision"] as? String, "\(item["request"] ?? "")")
        }
        #expect((prediction["rule"] as? String)?.isEmpty == false)
        #expect((prediction["criteria"] as? [Any]) != nil)
    }
}
