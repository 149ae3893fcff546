import Foundation
import Testing

/// `imr paraphrase` scores each paraphrase set beside its original letters: the differences it
/// counts are those `ParaphraseTests` finds, and both readings are scored on the same items.
@Suite struct ParaphraseCommandTests {
    @Test func aSetIsScoredBesideItsOriginals() throws {
        let result = try IMRProcess.run(["paraphrase", "Tests/Fixtures/paraphrases-terse", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let sets = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let set = try #require(sets.first)
        #expect(sets.count == 1)
        #expect(set["set"] as? String == "paraphrases-terse")
        let letters = try FileManager.default.contentsOfDirectory(
            atPath: IMRProcess.packageRoot.appendingPathComponent("Tests/Fixtures/paraphrases-terse").path
        ).filter { $0.hasSuffix(".txt") }
        #expect(set["letters"] as? Int == letters.count)
        // The terse set reads as its originals (ParaphraseTests asserts it difference by difference).
        #expect(set["differences"] as? Int == 0)
        #expect(set["outcomesChanged"] as? Int == 0)
        let originals = try #require(set["originals"] as? [String: Any])
        let paraphrased = try #require(set["paraphrased"] as? [String: Any])
        let items = try #require(set["items"] as? Int)
        #expect(items > letters.count)
        #expect(originals["items"] as? Int == items)
        #expect(paraphrased["items"] as? Int == items)
    }

    @Test func theTextTableNamesEverySetFound() throws {
        let result = try IMRProcess.run(["paraphrase"])
        #expect(result.status == 0, "\(result.stderr)")
        for set in ["paraphrases ", "paraphrases-terse ", "paraphrases-dictated "] {
            #expect(result.stdout.contains("\n  \(set)"), "\(set)")
        }
        #expect(result.stdout.contains("balanced accuracy"))
    }

    @Test func aMissingSetIsBadInput() throws {
        let result = try IMRProcess.run(["paraphrase", "Tests/Fixtures/no-such-set"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("cannot read paraphrase directory"))
    }
}
