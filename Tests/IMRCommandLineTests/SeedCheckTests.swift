import Foundation
import Testing

/// The five seed letters the product was specified from.
let seedLetters = [
    "Corpus/000_5b182d2c9df6dc4d.txt", "Corpus/001_d5c016ceb231ba1a.txt", "Corpus/002_d825e75640f1f9b4.txt",
    "Corpus/003_9da0cd1af723cf3b.txt", "Corpus/004_41b11213cfb72f80.txt",
]

/// `imr check` on the bare clinical summary of each seed letter, with all of its requests, gives the
/// letter's decision for every item, names the deciding rule and shows the criteria.
@Test(arguments: seedLetters)
func checkOnASeedSummaryGivesTheLettersDecisions(_ letter: String) throws {
    let parsed = try IMRProcess.run(["parse", letter, "--format", "json"])
    try #require(parsed.status == 0, "\(parsed.stderr)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [String: Any])
    let letters = try #require(document["letters"] as? [[String: Any]])
    let summary = try #require(letters.first?["summary"] as? String)
    let items = try #require(letters.first?["items"] as? [[String: Any]])

    let file = try IMRProcess.temporaryDirectory().appendingPathComponent("summary.txt")
    try summary.write(to: file, atomically: true, encoding: .utf8)
    var arguments = ["check", "--case", file.path, "--format", "json"]
    for item in items { arguments += ["--request", try #require(item["request"] as? String)] }
    let checked = try IMRProcess.run(arguments)
    try #require(checked.status == 0, "\(checked.stderr)")
    let checkedDocument = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
    let predictions = try #require(checkedDocument["results"] as? [[String: Any]])
    try #require(predictions.count == items.count)
    for (item, prediction) in zip(items, predictions) {
        #expect(prediction["predicted"] as? String == item["decision"] as? String, "\(item["request"] ?? "")")
        #expect((prediction["rule"] as? String)?.isEmpty == false)
        #expect((prediction["criteria"] as? [Any]) != nil)
    }
}
