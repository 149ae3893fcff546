import Foundation
import Testing

/// The numeric labels Swift reads by word (`care_result_limits`' `days`, `percent`, `score`, `floor`:
/// ``CueThreshold``) are checked by `imr lint`: a word missing, a word not read, or a threshold
/// that is not a whole number is an error at its file, line and column, never a threshold silently
/// read as 0.
@Suite struct CueThresholdLintTests {
    @Test(arguments: [
        // A threshold's word missing: at the set.
        ("  30: days, percent\n", "  30: percent\n", 0, 1, "C003", "needs the word 'days'"),
        ("  6: score\n", "", 0, 1, "C003", "needs the word 'score'"),
        ("  4: floor\n", "", 0, 1, "C003", "needs the word 'floor'"),
        // A word no threshold reads: at the word.
        ("  6: score\n", "  6: score, weeks\n", 2, 13, "C003", "word 'weeks' is not read in 'care_result_limits'"),
        // A threshold that is not a whole number, or not a number: at the word.
        ("  6: score\n", "  6.5: score\n", 2, 8, "C005", "thresholds of 'care_result_limits' are whole numbers"),
        ("  6: score\n", "  six: score\n", 2, 8, "C005", "labels of 'care_result_limits' are numbers"),
    ])
    func aThresholdWordMissingOrMisreadIsAnError(
        original: String, replacement: String, linesAfterSet: Int, column: Int, code: String, message: String
    ) throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/outcomes.cues")
        let text = try String(contentsOf: file, encoding: .utf8)
        let header = "set care_result_limits\n"
        let set = try #require(text.range(of: header))
        let entry = try #require(text.range(of: original, range: set.upperBound..<text.endIndex))
        try text.replacingCharacters(in: entry, with: replacement).write(to: file, atomically: true, encoding: .utf8)
        let setLine = text[..<set.lowerBound].filter { $0 == "\n" }.count + 1

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1, "\(result.stderr)")
        let errors = ToolCommandTests.lines(result.stderr).filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(result.stderr)")
        let location = "\(file.path):\(setLine + linesAfterSet):\(column): error: [\(code)] "
        #expect(errors.first?.hasPrefix(location) == true, "\(result.stderr)")
        #expect(errors.first?.contains(message) == true, "\(result.stderr)")
    }
}
