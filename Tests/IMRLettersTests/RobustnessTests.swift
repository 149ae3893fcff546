import IMRCore
import Testing

@testable import IMRLetters

/// Truncated letters and random bytes give a Letter or a Diagnostic, never a crash.
@Suite struct RobustnessTests {
    static let cutsPerLetter = 20

    @Test(arguments: TestSupport.corpusNames)
    func truncations(name: String) {
        let bytes = TestSupport.corpusBytes(name)
        for cut in 0..<Self.cutsPerLetter {
            let end = bytes.count * cut / Self.cutsPerLetter + cut % 3
            outcome(Array(bytes.prefix(end)))
        }
    }

    @Test func randomBytes() {
        var generator = SplitMix64(seed: 0x1234_5678)
        for length in [1, 2, 7, 64, 500, 4096] {
            for _ in 0..<20 {
                outcome((0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
            }
        }
    }

    @Test func randomLinesOfLetterWords() {
        let words = [
            "IMR ISSUES, DECISIONS AND RATIONALES", "CLINICAL CASE SUMMARY", "Upheld", "Overturned", ":", "**",
            "Claims Administrator guideline:", "MAXIMUS guideline:", "Decision rationale:", "", " ", "-", "### ",
            "was the original request.", "Section(s):", "Page(s):", "Decision based on MTUS", ", and", "<b>Case Number:</b>",
        ]
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let lines = (0..<Int(generator.next() % 40)).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            outcome(Array(lines.joined(separator: "\n").utf8))
        }
    }

    /// Parses `bytes`; the only acceptable outcomes are a letter whose parts line up, or a diagnostic.
    private func outcome(_ bytes: [UInt8]) {
        do {
            let letter = try LetterParser.parse(bytes, file: "cut.txt")
            #expect(letter.input.requests.count == letter.truth.items.count)
            #expect(!letter.input.requests.isEmpty)
        } catch {
            #expect(error.location.file == "cut.txt")
            #expect(!error.message.isEmpty)
        }
    }
}

/// A small deterministic generator for reproducible random input.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
