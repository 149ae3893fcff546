import Foundation
import IMREvaluation
import IMRLetters
import IMRRules
import Testing

@testable import IMRHarness

/// The product rule: a prediction is made only from the case input. For every corpus letter the
/// truth part (decision words, guideline lines, rationales) is rewritten in the raw text; the
/// re-parsed input and every prediction must stay exactly the same.
@Suite struct HonestyTests {
    /// The package root, three levels above this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The engine built from the repository's `Rules/`, once for the whole suite.
    static let engine: Engine = {
        let (ruleSet, lexicon, _) = RuleSet.load(directory: root.appendingPathComponent("Rules").path)
        return Engine(ruleSet: ruleSet, lexicon: lexicon)
    }()

    /// The names of every `Corpus/*.txt` letter, sorted.
    static let letters: [String] = {
        let corpus = root.appendingPathComponent("Corpus").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func read(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Corpus").appendingPathComponent(name), encoding: .utf8)
    }

    static func parse(_ text: String, name: String) throws -> Letter {
        try LetterParser.parse(Array(text.utf8), file: "Corpus/" + name)
    }

    @Test func theCorpusIsThere() {
        #expect(Self.letters.count == 102)
    }

    @Test(arguments: letters)
    func tamperingWithTheTruthChangesNoPrediction(_ name: String) throws {
        let text = try Self.read(name)
        let original = try Self.parse(text, name: name)
        let tampered = try TruthTamperer.tamper(text, letter: original)
        #expect(tampered.flips == original.truth.items.count, "every decision word found and flipped")
        let forged = try Self.parse(tampered.text, name: name)

        // The truth really changed…
        try #require(forged.truth.items.count == original.truth.items.count)
        for (before, after) in zip(original.truth.items, forged.truth.items) {
            #expect(after.decision != before.decision)
            #expect(after.maximusGuideline.hasPrefix(TruthTamperer.maximusFiller))
            #expect(after.maximusGuideline != before.maximusGuideline)
            #expect(after.rationale.hasPrefix(TruthTamperer.rationaleFiller))
            #expect(after.rationale != before.rationale)
            #expect(TruthTamperer.isFiller(after.maximusGuideline) && TruthTamperer.isFiller(after.rationale), "nothing of the truth left")
            if !before.claimsAdministratorGuideline.isEmpty {
                #expect(after.claimsAdministratorGuideline.hasPrefix(TruthTamperer.claimsFiller))
            }
        }
        // …the input did not (compared part by part to keep failures readable)…
        #expect(forged.input.header == original.input.header)
        #expect(forged.input.credentials == original.input.credentials)
        #expect(forged.input.summary.text == original.input.summary.text)
        #expect(forged.input.requests == original.input.requests)
        #expect(forged.input == original.input, "summary offsets")
        // …and neither did any prediction, down to criteria and evidence.
        let expected = Self.engine.predict(original.input)
        let actual = Self.engine.predict(forged.input)
        #expect(actual.count == original.input.requests.count)
        try #require(actual.count == expected.count)
        for (want, got) in zip(expected, actual) {
            #expect(got.outcome == want.outcome, "#\(want.index) \(want.request)")
            #expect(got.rule == want.rule, "#\(want.index) \(want.request)")
            #expect(got.criteria.map(\.status) == want.criteria.map(\.status), "#\(want.index) \(want.request)")
            #expect(got.criteria == want.criteria, "#\(want.index) \(want.request): facts and evidence")
            #expect(got == want, "#\(want.index) \(want.request): whole prediction")
        }
    }

    /// The harness predicts from `Letter.input` only: forging the parsed truth changes no prediction
    /// it reports, and its predictions are the engine's predictions of the bare input.
    @Test(arguments: letters)
    func theHarnessPredictsFromTheInputAlone(_ name: String) throws {
        let letter = try Self.parse(try Self.read(name), name: name)
        let forgedTruth = Truth(
            items: letter.truth.items.map {
                ItemTruth(
                    decision: $0.decision == .upheld ? .overturned : .upheld, claimsAdministratorGuideline: "",
                    maximusGuideline: TruthTamperer.maximusFiller, citations: [], rationale: TruthTamperer.rationaleFiller)
            })
        let input = CaseInput(
            file: letter.input.file, header: letter.input.header, credentials: letter.input.credentials,
            summary: letter.input.summary, requests: letter.input.requests)
        let bare = Self.engine.predict(input)
        let runner = CorpusRunner(engine: Self.engine)
        let honest = runner.evaluate(letter, file: "Corpus/" + name, key: name).items.map(\.prediction)
        let forged = runner.evaluate(Letter(input: letter.input, truth: forgedTruth), file: "Corpus/" + name, key: name)
        #expect(forged.items.map(\.prediction) == honest)
        #expect(honest == bare)
    }

    @Test func theTampererHandlesEachDecisionLayout() throws {
        let lines = [
            "IMR ISSUES, DECISIONS AND RATIONALES",
            "**Norco 10/325mg #90:** Upheld",
            "**Claims Administrator guideline:** Decision based on MTUS.",
            "**MAXIMUS guideline:** Decision based on MTUS Chronic Pain 2009, Section(s): Opioids.",
            "**Decision rationale:** Not necessary.",
            "",
            "A second paragraph of rationale.",
            "",
            "Physical therapy x 6 for the lumbar",
            "spine:",
            "OVERTURNED",
            "MAXIMUS guideline: Decision based on ODG.",
            "Decision rationale: Necessary.",
            "",
            "Soma 350mg: Overturned",
            "MAXIMUS guideline: Decision based on ODG.",
            "Decision rationale: Necessary.",
        ]
        let decisions: [Decision] = [.upheld, .overturned, .overturned]
        let letter = Letter(
            input: CaseInput(
                file: "x", header: LetterHeader(), credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: ""),
                requests: ["Norco 10/325mg #90", "Physical therapy x 6 for the lumbar spine", "Soma 350mg"].enumerated().map {
                    RequestedItem(index: $0.offset, request: $0.element)
                }),
            truth: Truth(
                items: decisions.map {
                    ItemTruth(decision: $0, claimsAdministratorGuideline: "", maximusGuideline: "", citations: [], rationale: "")
                }))
        let tampered = try TruthTamperer.tamper(lines.joined(separator: "\n"), letter: letter)
        #expect(tampered.flips == 3)
        #expect(
            tampered.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
                "IMR ISSUES, DECISIONS AND RATIONALES",
                "**Norco 10/325mg #90:** Overturned",
                "**Claims Administrator guideline:** \(TruthTamperer.claimsFiller)",
                "**MAXIMUS guideline:** \(TruthTamperer.maximusFiller)",
                "**Decision rationale:** \(TruthTamperer.rationaleFiller)",
                "",
                TruthTamperer.continuationFiller,
                "",
                "Physical therapy x 6 for the lumbar",
                "spine:",
                "UPHELD",
                "MAXIMUS guideline: \(TruthTamperer.maximusFiller)",
                "Decision rationale: \(TruthTamperer.rationaleFiller)",
                "",
                "Soma 350mg: Upheld",
                "MAXIMUS guideline: \(TruthTamperer.maximusFiller)",
                "Decision rationale: \(TruthTamperer.rationaleFiller)",
            ])
    }
}

/// Rewrites the truth part of a letter's raw text, independently of the parser: flips every
/// decision word and replaces the guideline lines and rationales with neutral filler, keeping
/// the labels and the line structure (blank lines, doubled PDF lines) as they were.
enum TruthTamperer {
    static let claimsFiller = "Decision based on Non-MTUS Citation Placebo Guidelines."
    static let maximusFiller = "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Placebo."
    static let rationaleFiller = "Rationale withheld."
    /// What each further line of a guideline or rationale becomes.
    static let continuationFiller = "Withheld."

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static let labels = [
        ("Claims Administrator guideline:", claimsFiller), ("MAXIMUS guideline:", maximusFiller), ("Decision rationale:", rationaleFiller),
    ]
    private static let issuesHeadings = [
        "IMR ISSUES, DECISIONS AND RATIONALES", "IMR DECISION(S) AND RATIONALE(S)", "IMR DECISIONS AND RATIONALES",
    ]

    /// The tampered text and the number of decision words flipped. `letter` (the untampered parse)
    /// gives each item's request, to tell where a rationale ends and the next request begins.
    static func tamper(_ text: String, letter: Letter) throws -> (text: String, flips: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let heading = lines.firstIndex(where: { issuesHeadings.contains(clean($0).uppercased()) }) else {
            throw Failure(description: "no issues heading")
        }
        let section = (heading + 1)..<lines.count
        let decisions = section.compactMap { index in decision(at: index, lines, section).map { (line: index, inline: $0) } }
        guard decisions.count == letter.input.requests.count else {
            throw Failure(description: "found \(decisions.count) decision lines for \(letter.input.requests.count) items")
        }
        let blockStarts = zip(decisions, letter.input.requests).map { decision, request in
            blockStart(decision.line, inline: decision.inline, request: request, lines, floor: heading + 1)
        }
        for (position, decision) in decisions.enumerated() {
            let end = position + 1 < decisions.count ? blockStarts[position + 1] : lines.count
            for index in (decision.line + 1)..<max(decision.line + 1, end) where !clean(lines[index]).isEmpty {
                if let (label, filler) = labels.first(where: { clean(lines[index]).hasPrefix($0.0) }) {
                    lines[index] = prefix(through: label, of: lines[index]) + " " + filler
                } else {
                    lines[index] = continuationFiller
                }
            }
            lines[decision.line] = flip(lines[decision.line])
        }
        return (lines.joined(separator: "\n"), decisions.count)
    }

    /// Whether `text` holds nothing but filler.
    static func isFiller(_ text: String) -> Bool {
        [claimsFiller, maximusFiller, rationaleFiller, continuationFiller]
            .reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
            .trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The line without surrounding whitespace, markdown emphasis and heading marks.
    static func clean(_ line: String) -> String {
        line.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(["#"]))
    }

    private static func isLabel(_ line: String) -> Bool {
        let text = clean(line)
        return labels.contains { text.hasPrefix($0.0) }
    }

    /// Whether line `index` holds a decision: `Item: Upheld`, or the word alone after a line ending in a colon.
    /// Returns whether the request shares the line (`nil` when the line holds no decision).
    private static func decision(at index: Int, _ lines: [String], _ section: Range<Int>) -> Bool? {
        let text = clean(lines[index])
        guard !text.isEmpty, !isLabel(lines[index]) else { return nil }
        for word in ["Upheld", "Overturned"] {
            if text.uppercased() == word.uppercased() {
                guard let above = (section.lowerBound..<index).last(where: { !clean(lines[$0]).isEmpty }),
                    clean(lines[above]).hasSuffix(":"), !isLabel(lines[above])
                else { return nil }
                return false
            }
            if text.hasSuffix(word), text.dropLast(word.count).trimmingCharacters(in: .whitespaces).hasSuffix(":") { return true }
        }
        return nil
    }

    /// The first line of the request block ending at the decision on line `line`: walks back over
    /// lines until their letters and digits contain the request's (for a modified request, the
    /// "X was the original request" that opens the block).
    private static func blockStart(_ line: Int, inline: Bool, request: RequestedItem, _ lines: [String], floor: Int) -> Int {
        let wanted = key(request.originalRequest.map { $0 + " was the original request" } ?? request.request)
        var text = ""
        var index = inline ? line : line - 1
        while index >= floor {
            if !clean(lines[index]).isEmpty {
                text = lines[index] + " " + text
                if key(text).contains(wanted) { return index }
            }
            index -= 1
        }
        return inline ? line : line - 1
    }

    private static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The line up to the label's colon and any closing `**`.
    private static func prefix(through label: String, of line: String) -> String {
        guard let range = line.range(of: label) else { return line }
        var end = range.upperBound
        while end < line.endIndex && line[end] == "*" { end = line.index(after: end) }
        return String(line[..<end])
    }

    /// The line with its trailing decision word swapped, keeping its case.
    private static func flip(_ line: String) -> String {
        let swaps = [("Upheld", "Overturned"), ("Overturned", "Upheld"), ("UPHELD", "OVERTURNED"), ("OVERTURNED", "UPHELD")]
        let last = swaps.compactMap { swap in line.range(of: swap.0, options: .backwards).map { (range: $0, to: swap.1) } }
            .max { $0.range.lowerBound < $1.range.lowerBound }
        guard let last else { return line }
        return line.replacingCharacters(in: last.range, with: last.to)
    }
}
