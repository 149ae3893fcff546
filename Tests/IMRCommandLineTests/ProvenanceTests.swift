import Foundation
import Testing

/// Every JSON output carries the engine's version and the digest of its rules at its top level.
@Test(arguments: [
    ["lint", "--format", "json"],
    ["test", "--format", "json"],
    ["facts", "Tests/Fixtures/harness/summary.txt", "--format", "json"],
    ["parse", "Tests/Fixtures/harness/corpus/a-seed.txt", "--format", "json"],
    ["diff", "--rules", "Rules", "--rules", "Rules", "--corpus", "Tests/Fixtures/harness/corpus", "--format", "json"],
])
func jsonOutputsCarryProvenance(_ arguments: [String]) throws {
    let result = try IMRProcess.run(arguments)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
    #expect((object["engineVersion"] as? String)?.isEmpty == false)
    #expect((object["rulesDigest"] as? String)?.hasPrefix("sha256:") == true, "\(arguments[0])")
    if arguments[0] == "diff" { #expect(object["beforeRulesDigest"] as? String == object["rulesDigest"] as? String) }
}
