import Foundation
import IMRCore
import IMRRules
import IMRVocabulary
import Testing

private let topic = "topic \"T\"\n"

/// A valid rule whose `applies` is `applies`, with an example that names it.
private func ruleText(applies: String = "drug in [baclofen]", when: String? = nil) -> String {
    topic + "rule a.b\n  title \"t\"\n  status active\n  cite \"G\"\n  applies \(applies)\n" + (when.map { "  when \($0)\n" } ?? "")
        + "  then upheld\nexample \"e\"\n  given drug = baclofen\n  expect upheld by a.b\n"
}

private func checked(_ text: String, path: String = "t.rules") -> (ruleSet: RuleSet, diagnostics: [Diagnostic]) {
    RuleSet.check(sources: [(path, text)], lexicon: testLexicon)
}

private func codes(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.code ?? "-")@\($0.location.line ?? 0):\($0.location.column ?? 0)" }
}

struct NestingCase: CustomTestStringConvertible, Sendable {
    var name: String
    var applies: String
    var expected: [String]
    var testDescription: String { name }
}

private let nestingCases: [NestingCase] = [
    .init(
        name: "50 parentheses", applies: String(repeating: "(", count: 50) + "drug in [baclofen]" + String(repeating: ")", count: 50),
        expected: []),
    // `  applies ` is 10 columns: the 51st '(' is at column 61, the 51st 'not' at 11 + 50 × 4.
    .init(
        name: "51 parentheses", applies: String(repeating: "(", count: 51) + "drug in [baclofen]" + String(repeating: ")", count: 51),
        expected: ["R009@6:61"]),
    .init(name: "51 nots", applies: String(repeating: "not ", count: 51) + "drug in [baclofen]", expected: ["R009@6:211"]),
    .init(
        name: "25 parentheses, each with a not",
        applies: String(repeating: "(not ", count: 26) + "spasm" + String(repeating: ")", count: 26), expected: ["R009@6:136"]),
    // The reproductions of issue 14: the stack overflowed at about 5,500 '(' in lint, 20,000 'not' in eval.
    .init(
        name: "5,500 parentheses",
        applies: String(repeating: "(", count: 5_500) + "drug in [baclofen]" + String(repeating: ")", count: 5_500), expected: ["R009@6:61"]
    ),
    .init(name: "20,000 nots", applies: String(repeating: "not ", count: 20_000) + "drug in [baclofen]", expected: ["R009@6:211"]),
]

@Test(arguments: nestingCases)
func nestingBeyondTheLimitIsALocatedError(_ testCase: NestingCase) {
    let (ruleSet, diagnostics) = checked(ruleText(applies: testCase.applies))
    let errors = diagnostics.filter { $0.severity == .error }
    // A rule whose `applies` failed also lacks it (reported once, as R009) and is left out.
    #expect(codes(errors) == testCase.expected, "\(errors.map(\.description))")
    #expect(ruleSet.rules.isEmpty == !testCase.expected.isEmpty)
}

@Test func theLimitIsDocumentedWithItsCode() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    let documentation = try String(contentsOfFile: root + "/docs/rule-language.md", encoding: .utf8)
    #expect(documentation.contains("| `R009` | error |"))
    #expect(documentation.contains("\(RuleExpression.maximumNesting) levels"))
    #expect(RuleDiagnosticCode.nestingTooDeep.rawValue == "R009")
}

@Test func expressionDepthIsCountedWithoutRecursion() {
    let leaf = RuleExpression.condition(
        Condition(fact: "spasm", factPosition: .init(line: 1, column: 1), test: .isTrue, position: .init(line: 1, column: 1), text: "spasm")
    )
    var deep = leaf
    for _ in 0..<10_000 { deep = .not(deep, position: .init(line: 1, column: 1)) }
    #expect(deep.depth == 10_001)
    #expect(RuleExpression.or([leaf, .and([leaf, leaf])]).depth == 3)
}

@Test func numbersBeyondTheLimitAreSyntaxErrors() {
    let huge = checked(ruleText(when: "age > 1" + String(repeating: "0", count: 400)))
    #expect(codes(huge.diagnostics.filter { $0.severity == .error }) == ["R001@7:14"])
    #expect(huge.diagnostics.first { $0.code == "R001" }?.message.contains("too large") == true)
    #expect(codes(checked(ruleText(when: "age > 999999999999999")).diagnostics.filter { $0.severity == .error }).isEmpty)
}

@Test(arguments: [("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r")])
func everyLineEndingReadsTheSameRules(_ name: String, _ ending: String) {
    let text = (ruleText() + "# a comment\n" + ruleText(applies: "drug in [oxycodone]").replacingOccurrences(of: "a.b", with: "c.d"))
        .replacingOccurrences(of: "topic \"T\"\n", with: "", options: [], range: nil)
    let lf = topic + text
    let converted = lf.replacingOccurrences(of: "\n", with: ending)
    let (expected, expectedDiagnostics) = checked(lf)
    let (found, diagnostics) = checked(converted)
    #expect(found.rules.map(\.id) == ["a.b", "c.d"], "\(name)")
    #expect(found.rules.map(\.id) == expected.rules.map(\.id))
    #expect(codes(diagnostics) == codes(expectedDiagnostics), "\(name)")
}

@Test func lexiconFilesReadEveryLineEnding() {
    let text = "drug baclofen: lioresal\n  is muscle_relaxant\nclass muscle_relaxant: muscle relaxant\n"
    for ending in ["\n", "\r\n", "\r"] {
        let (lexicon, diagnostics) = Lexicon.parse(sources: [("t.lexicon", text.replacingOccurrences(of: "\n", with: ending))])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(lexicon.terms(in: "drug") == ["baclofen"])
        #expect(lexicon.entry("baclofen", in: "drug")?.parents == ["muscle_relaxant"])
    }
}

/// A temporary rules directory holding one valid rule file under `sub/` and its lexicon.
private func rulesDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: directory.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
    try Data(ruleText().utf8).write(to: directory.appendingPathComponent("sub/a.rules"))
    try Data("drug baclofen: baclofen\n".utf8).write(to: directory.appendingPathComponent("lexicon/drugs.lexicon"))
    try Data("request drug (term drug): the requested drug\n".utf8).write(to: directory.appendingPathComponent("lexicon/facts.schema"))
    return directory
}

private func ruleDiagnostics(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.filter { $0.code != "R031" }
}

@Test func symlinkedRulesDirectoriesAndFilesAreFollowedOnce() throws {
    let directory = try rulesDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let link = directory.path + "-link"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.path)
    defer { try? FileManager.default.removeItem(atPath: link) }
    // A loop back to the root and a second link to the same subdirectory are read once.
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/sub/loop", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/again", withDestinationPath: "sub")
    let (ruleSet, _, diagnostics) = RuleSet.load(directory: link)
    #expect(ruleSet.files.map(\.path) == [link + "/sub/a.rules"])
    #expect(ruleSet.rules.map(\.id) == ["a.b"])
    #expect(ruleDiagnostics(diagnostics).isEmpty, "\(diagnostics.map(\.description))")
}

@Test func aBrokenLinkToARuleFileIsUnreadable() throws {
    let directory = try rulesDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/gone.rules", withDestinationPath: "nowhere.rules")
    let (_, _, diagnostics) = RuleSet.load(directory: directory.path)
    #expect(ruleDiagnostics(diagnostics).map { "\($0.code ?? "") \($0.location.file.hasSuffix("/gone.rules"))" } == ["R040 true"])
}

@Test func zeroRulesIsAnError() throws {
    let directory = try rulesDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // A rule file that parses cleanly but holds nothing.
    try Data("topic \"Emptied\"\n".utf8).write(to: directory.appendingPathComponent("empty.rules"))
    let (_, _, emptyFile) = RuleSet.load(directory: directory.path)
    #expect(ruleDiagnostics(emptyFile).map { "\($0.code ?? "") \($0.severity) \($0.location.line ?? 0)" } == ["R041 error 1"])
    // No rule file at all, and rule files without a rule.
    try FileManager.default.removeItem(at: directory.appendingPathComponent("sub"))
    let (_, _, noRules) = RuleSet.load(directory: directory.path)
    #expect(ruleDiagnostics(noRules).map { "\($0.code ?? "") \($0.severity)" } == ["R041 error"])
    try FileManager.default.removeItem(at: directory.appendingPathComponent("empty.rules"))
    let (_, _, noFiles) = RuleSet.load(directory: directory.path)
    #expect(ruleDiagnostics(noFiles).map { "\($0.code ?? "") \($0.severity)" } == ["R041 error"])
}
