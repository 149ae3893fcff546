import Foundation
import IMRCore

@testable import IMRLetters

/// Paths and corpus access for the letters tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpusDirectory = packageRoot.appendingPathComponent("Corpus")
    static let fixturesDirectory = packageRoot.appendingPathComponent("Tests/Fixtures/letters")

    /// The names of every corpus letter, sorted.
    static let corpusNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    /// The bytes of corpus letter `name`.
    static func corpusBytes(_ name: String) -> [UInt8] {
        Array((try? Data(contentsOf: corpusDirectory.appendingPathComponent(name))) ?? Data())
    }

    /// An independent count of a letter's decision lines: lines ending in `Upheld` or `Overturned`.
    static func decisionLineCounts(_ bytes: [UInt8]) -> (upheld: Int, overturned: Int) {
        var upheld = 0
        var overturned = 0
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasSuffix("Upheld") { upheld += 1 }
            if trimmed.hasSuffix("Overturned") { overturned += 1 }
        }
        return (upheld, overturned)
    }

    /// Parses `text` as a letter named `file`.
    static func parse(_ text: String, file: String = "test.txt") throws(Diagnostic) -> Letter {
        try LetterParser.parse(Array(text.utf8), file: file)
    }

    /// A compact-layout letter around `items` (the text after the issues heading).
    static func compactLetter(
        items: String,
        header: String = """
        Case Number: CM00-0000000
        Date Assigned: 01/13/2017 Date of Injury:  11/13/2016
        Decision Date: 02/09/2017 UR Denial Date:  01/05/2017
        Priority:  Standard Application
        Received:
        01/10/2017
        """,
        summary: String = "The injured worker is a 50 year old male. Utilization review denied the request."
    ) -> String {
        """
        \(header)

        HOW THE IMR FINAL DETERMINATION WAS MADE
        MAXIMUS Federal Services sent the complete case file to an expert reviewer.

        The Expert Reviewer has the following credentials:
        State(s) of Licensure: California
        Certification(s)/Specialty: Family Practice

        CLINICAL CASE SUMMARY
        The expert reviewer developed the following clinical case summary based on a review of the
        case file, including all medical records:

        \(summary)

        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        \(items)
        """
    }

    /// The three truth lines of an item, with a rationale ending in `rationale`.
    static func truthLines(
        maximus: String = "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.",
        rationale: String = "The request is not medically necessary."
    ) -> String {
        """
        Claims Administrator guideline: The Claims Administrator did not cite any medical evidence
        for its decision.

        MAXIMUS guideline: \(maximus)

        Decision rationale: \(rationale)
        """
    }
}
