import Foundation
import Testing

/// The external validation set runs with the ordinary `imr eval --corpus` (docs/external-validation.md):
/// every letter is read and every item predicted or abstained. The figures are not asserted: the set is
/// held out, and a test that pinned them would invite tuning to it.
@Suite struct ExternalSetRunTests {
    @Test func evalReadsEveryExternalLetter() throws {
        let result = try IMRProcess.run(["eval", "--corpus", "Tests/Fixtures/external", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let failures = document["failures"] as? [Any] ?? []
        #expect(failures.isEmpty)
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.count == 20)
        #expect(result.stdout.contains("EXT-0001.txt"))
        #expect(result.stdout.contains("EXT-0015.txt"))
    }
}
