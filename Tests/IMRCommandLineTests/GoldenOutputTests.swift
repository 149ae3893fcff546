import Foundation
import Testing

/// A command whose whole text output is pinned by a golden file.
struct GoldenCommand: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var status: Int32
    var testDescription: String { name }
}

private let rules = "Tests/Fixtures/golden/rules"
private let baseline = "Tests/Fixtures/golden/baseline.json"

private let goldenCommands: [GoldenCommand] = [
    GoldenCommand(
        name: "check",
        arguments: [
            "check", "--case", "Tests/Fixtures/harness/summary.txt", "--request", "Baclofen 10 mg #60", "--request", "Norco 10/325 #90",
            "--rules", rules, "--baseline", baseline,
        ],
        status: 0),
    GoldenCommand(
        name: "explain", arguments: ["explain", "Tests/Fixtures/harness/corpus/a-seed.txt", "--rules", rules, "--baseline", baseline],
        status: 0),
    GoldenCommand(
        name: "eval-baseline",
        arguments: [
            "eval", "--corpus", "Tests/Fixtures/harness/corpus", "--rules", rules, "--baseline", "Tests/Fixtures/golden/old-baseline.json",
        ],
        status: 0),
]

/// The text of `check`, `explain` and `eval --baseline` as people read it, pinned end to end
/// (fixture rules under `Tests/Fixtures/golden/rules`, so that shipped rule edits do not move it).
/// Re-record with `IMR_RECORD=1 swift test --filter GoldenOutput` after an intended change, and
/// read the diff before committing.
@Test(arguments: goldenCommands)
func goldenOutput(_ command: GoldenCommand) throws {
    let result = try IMRProcess.run(command.arguments)
    #expect(result.status == command.status, "\(result.stderr)")
    let path = IMRProcess.packageRoot.appendingPathComponent("Tests/Fixtures/golden/\(command.name).txt")
    if ProcessInfo.processInfo.environment["IMR_RECORD"] == "1" {
        try Data(result.stdout.utf8).write(to: path)
    }
    let golden = try String(contentsOf: path, encoding: .utf8)
    #expect(result.stdout == golden, "re-record with IMR_RECORD=1 if the change is intended")
}
