import Foundation
import IMRCore
import IMRRules
import IMRVocabulary
import Testing

/// A valid rule (lines 2-7) after the topic line.
private let header = "topic \"T\"\n"
private func rule(_ id: String = "a.b", applies: String = "drug in [baclofen]", body: String = "  then upheld\n", priority: Int? = nil)
    -> String
{
    "rule \(id)\n  title \"t\"\n  status active\n  cite \"G\"\n" + (priority.map { "  priority \($0)\n" } ?? "")
        + "  applies \(applies)\n" + body
}

struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    /// Every diagnostic expected, as `CODE@line:column` (R031 "no example" warnings are ignored unless listed).
    var expected: [String]
    var testDescription: String { name }
}

private let cases: [DiagnosticCase] = [
    .init(name: "valid rule", text: header + rule(), expected: []),
    .init(
        name: "R001 unterminated string",
        text: header + "rule a.b\n  title \"t\n  status active\n  cite \"G\"\n  applies drug in [baclofen]\n  then upheld\n",
        expected: ["R001@3:9"]),
    .init(name: "R001 unexpected token in expression", text: header + rule(applies: "drug in in [baclofen]"), expected: ["R001@6:19"]),
    .init(name: "R001 unclosed bracket before next directive", text: header + rule(applies: "drug in [baclofen"), expected: ["R001@6:3"]),
    .init(name: "R001 unexpected character", text: header + rule() + "%%\n", expected: ["R001@8:1"]),
    .init(
        name: "R001 bad status",
        text: header + "rule a.b\n  title \"t\"\n  status activ\n  cite \"G\"\n  applies drug in [baclofen]\n  then upheld\n",
        expected: ["R001@4:10"]),
    .init(name: "R002 unknown directive", text: header + rule() + "  titel \"x\"\n", expected: ["R002@8:3"]),
    .init(name: "R003 directive outside a rule", text: header + "  then upheld\n", expected: ["R003@2:3"]),
    .init(name: "R003 example directive in a rule", text: header + rule() + "  expect upheld\n", expected: ["R003@8:3"]),
    .init(
        name: "R004 missing then and applies", text: header + "rule a.b\n  title \"t\"\n  status active\n  cite \"G\"\n",
        expected: ["R004@2:1", "R004@2:1"]),
    .init(name: "R004 example without expect", text: header + rule() + "example \"e\"\n  given drug = baclofen\n", expected: ["R004@8:1"]),
    .init(name: "R005 repeated then", text: header + rule() + "  then overturned\n", expected: ["R005@8:3"]),
    .init(
        name: "R006 missing citation",
        text: header + "rule a.b\n  title \"t\"\n  status active\n  applies drug in [baclofen]\n  then upheld\n",
        expected: ["R006@2:1"]),
    .init(
        name: "R006 empty citation",
        text: header + "rule a.b\n  title \"t\"\n  status active\n  cite \"\"\n  applies drug in [baclofen]\n  then upheld\n",
        expected: ["R006@5:8"]),
    .init(
        name: "R007 duplicate id", text: header + rule(applies: "drug in [baclofen]") + rule(applies: "drug in [oxycodone]"),
        expected: ["R007@8:6"]),
    .init(name: "R008 no topic", text: rule(), expected: ["R008@1:1"]),
    .init(name: "R008 two topics", text: header + "topic \"U\"\n" + rule(), expected: ["R008@2:1"]),
    .init(name: "R010 unknown fact", text: header + rule(body: "  when functional_improvment\n  then upheld\n"), expected: ["R010@7:8"]),
    .init(name: "R011 unknown term", text: header + rule(applies: "drug in [baclofen, baclofn]"), expected: ["R011@6:30"]),
    .init(
        name: "R011 unknown enumeration term", text: header + rule(body: "  when work_status = retired\n  then upheld\n"),
        expected: ["R011@7:8"]),
    .init(
        name: "R012 membership on a bool", text: header + rule(body: "  when spasm in [baclofen]\n  then upheld\n"), expected: ["R012@7:8"]),
    .init(name: "R012 order on a term", text: header + rule(applies: "drug > baclofen"), expected: ["R012@6:11"]),
    .init(
        name: "R012 in on a terms fact", text: header + rule(body: "  when diagnoses in [lumbar_strain]\n  then upheld\n"),
        expected: ["R012@7:8"]),
    .init(name: "R012 number alone", text: header + rule(body: "  when age\n  then upheld\n"), expected: ["R012@7:8"]),
    .init(name: "R013 case fact in applies", text: header + rule(applies: "drug in [baclofen] and spasm"), expected: ["R013@6:34"]),
    .init(name: "R014 unit on a number", text: header + rule(body: "  when age > 3 weeks\n  then upheld\n"), expected: ["R014@7:16"]),
    .init(
        name: "R015 duration without unit", text: header + rule(body: "  when use_duration > 21\n  then upheld\n"), expected: ["R015@7:8"]),
    .init(name: "R016 term for a number", text: header + rule(body: "  when age = baclofen\n  then upheld\n"), expected: ["R016@7:8"]),
    .init(
        name: "R020 unreachable",
        text: header + rule("a.all", applies: "drug in [baclofen, tizanidine]", priority: 10)
            + rule("a.one", applies: "drug in [baclofen]", body: "  when spasm\n  then overturned\n"),
        expected: ["R020@9:1"]),
    .init(
        name: "R021 conflict",
        text: header + rule("a.one", applies: "drug in [baclofen, tizanidine]")
            + rule("a.two", applies: "drug = tizanidine", body: "  then overturned\n"),
        expected: ["R021@12:3"]),
    .init(
        name: "R022 ambiguous precedence",
        text: header + rule("a.one", applies: "drug in [baclofen]", body: "  when spasm\n  then upheld\n")
            + rule("a.two", applies: "drug in [baclofen] and topical", body: "  when spasm\n  then upheld\n"),
        expected: ["R022@13:3"]),
    .init(
        name: "no overlap: disjoint terms",
        text: header + rule("a.one", applies: "drug in [baclofen]")
            + rule("a.two", applies: "drug in [oxycodone]", body: "  then overturned\n"), expected: []),
    .init(
        name: "no overlap: different facts",
        text: header + rule("a.one", applies: "drug in [baclofen]")
            + rule("a.two", applies: "procedure in [mri]", body: "  then overturned\n"), expected: []),
    .init(
        name: "no overlap: explicit priority",
        text: header + rule("a.one", applies: "drug in [baclofen]", body: "  when spasm\n  then upheld\n", priority: 5)
            + rule("a.two", applies: "drug in [baclofen]", body: "  when spasm\n  then overturned\n"), expected: []),
    .init(
        name: "no overlap: excluded term",
        text: header + rule("a.one", applies: "drug in [baclofen]")
            + rule("a.two", applies: "drug_classes any [muscle_relaxant] and not drug in [baclofen]", body: "  then overturned\n"),
        expected: []),
    .init(
        name: "R022 overlap through lexicon parents",
        text: header + rule("a.one", applies: "drug in [baclofen]", body: "  when spasm\n  then upheld\n")
            + rule("a.two", applies: "drug_classes any [muscle_relaxant]", body: "  when spasm\n  then upheld\n"),
        expected: ["R022@13:3"]),
    .init(
        name: "no overlap: specific drugs of one class",
        text: header + rule("a.one", applies: "drug in [baclofen]")
            + rule("a.two", applies: "drug in [tizanidine]", body: "  then overturned\n"), expected: []),
    .init(
        name: "no overlap: bool refinement only shared",
        text: header + rule("a.one", applies: "drug in [baclofen] and not topical")
            + rule("a.two", applies: "procedure in [mri] and not topical", body: "  then overturned\n"), expected: []),
    .init(
        name: "R022 generic rule meets a specific one",
        text: header + rule("a.one", applies: "topical", body: "  when spasm\n  then upheld\n")
            + rule("a.two", applies: "topical and drug in [baclofen]", body: "  when spasm\n  then upheld\n"),
        expected: ["R022@13:3"]),
    .init(
        name: "R020 unreachable through lexicon parents",
        text: header + rule("a.class", applies: "drug_classes any [muscle_relaxant]", priority: 10)
            + rule("a.one", applies: "drug in [tizanidine, baclofen]", body: "  when spasm\n  then overturned\n"),
        expected: ["R020@9:1"]),
    // `provided` reads any fact, as `when` does, and is checked like it; given once.
    .init(name: "provided: a case fact", text: header + rule(body: "  provided spasm\n  when age < 65\n  then upheld\n"), expected: []),
    .init(
        name: "R010 unknown fact in provided", text: header + rule(body: "  provided functional_improvment\n  then upheld\n"),
        expected: ["R010@7:12"]),
    .init(
        name: "R005 repeated provided", text: header + rule(body: "  provided spasm\n  provided spasm\n  then upheld\n"),
        expected: ["R005@8:3"]),
    // A rule with `provided` passes on what it does not govern: it hides no lower rule.
    .init(
        name: "no R020: the higher rule has provided",
        text: header + rule("a.all", applies: "drug in [baclofen, tizanidine]", body: "  provided spasm\n  then upheld\n", priority: 10)
            + rule("a.one", applies: "drug in [baclofen]", body: "  when spasm\n  then overturned\n"),
        expected: []),
    .init(
        name: "R030 unknown rule in example", text: header + rule() + "example \"e\"\n  given drug = baclofen\n  expect upheld by a.c\n",
        expected: ["R030@10:20"]),
    .init(name: "R031 rule without example", text: header + rule(), expected: ["R031@2:6"]),
    .init(
        name: "example with unknown fact and term",
        text: header + rule()
            + "example \"e\"\n  given drug = baclofn; spasms = true\n  expect upheld by a.b\n", expected: ["R011@9:16", "R010@9:25"]),
]

@Test(arguments: cases)
func diagnosticLocations(_ testCase: DiagnosticCase) {
    let listsR031 = testCase.expected.contains { $0.hasPrefix("R031") }
    let found = check(testCase.text).diagnostics
        .filter { listsR031 || $0.code != "R031" }
        .map(summary)
    #expect(found.sorted() == testCase.expected.sorted(), "\(check(testCase.text).diagnostics.map(\.description))")
}

@Test func unknownFactSuggestsTheClosestName() {
    let text = header + rule(body: "  when functional_improvment\n  then upheld\n")
    let diagnostic = check(text, path: "Rules/opioids.rules").diagnostics.first { $0.code == "R010" }
    #expect(
        diagnostic?.description
            == "Rules/opioids.rules:7:8: error: [R010] unknown fact 'functional_improvment'; did you mean 'functional_improvement'?")
}

@Test func duplicateIdNotesTheFirstDefinition() {
    let diagnostic = check(header + rule() + rule(applies: "drug in [oxycodone]")).diagnostics.first { $0.code == "R007" }
    #expect(diagnostic?.notes == ["first defined at t.rules:2:6"])
}

@Test func malformedLineAppendedToARuleFileIsReportedAtItsPosition() {
    let valid = header + rule() + "example \"e\"\n  given drug = baclofen\n  expect upheld by a.b\n"
    #expect(check(valid).diagnostics.isEmpty)
    let broken = check(valid + "  when spasm and and\n", path: "Rules/x.rules").diagnostics
    #expect(broken.map(\.description) == ["Rules/x.rules:11:3: error: [R003] 'when' outside a rule"])
    let garbled = check(valid + "rule c.d\n  when spasm and = 3\n", path: "Rules/x.rules").diagnostics.filter { $0.code == "R001" }
    #expect(garbled.map(\.description) == ["Rules/x.rules:12:18: error: [R001] expected a fact, 'not', 'documented' or '(', found '='"])
}

@Test func errorsInOneDirectiveDoNotHideTheNext() {
    let text = header + "rule a.b\n  title \"t\n  status activ\n  cite \"G\"\n  applies drug in [bacl0fen]\n  then upheld\n"
    let codes = check(text).diagnostics.filter { $0.code != "R031" }.map(summary)
    #expect(codes == ["R001@3:9", "R001@4:10", "R011@6:20"])
}

@Test func rulesWithErrorsAreLeftOutOfTheRuleSet() {
    let text = header + rule("a.good") + rule("a.bad", applies: "drug in [oxycodone]", body: "  when spasm in [x]\n  then overturned\n")
    #expect(check(text).ruleSet.rules.map(\.id) == ["a.good"])
}

@Test func missingDirectoryGivesOneDiagnostic() {
    let (ruleSet, _, diagnostics) = RuleSet.load(directory: "/nonexistent/rules-dir")
    #expect(ruleSet.rules.isEmpty)
    #expect(
        diagnostics.map(\.description) == [
            "/nonexistent/rules-dir: error: [R040] rules directory '/nonexistent/rules-dir' does not exist or is not a directory"
        ])
}

@Test func loadReadsRuleFilesRecursivelyAndSkipsTheLexicon() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
    let (ruleSet, _, diagnostics) = RuleSet.load(directory: root + "/Fixtures/rules/tree")
    #expect(ruleSet.files.map { $0.path.hasSuffix("/tree/nested/more.rules") || $0.path.hasSuffix("/tree/work.rules") } == [true, true])
    #expect(ruleSet.rules.map(\.id) == ["nested.upheld_primary", "work.full_duty"])
    #expect(
        diagnostics.filter { $0.code?.hasPrefix("R") == true }.map {
            "\($0.code ?? "") \($0.location.line ?? 0):\($0.location.column ?? 0)"
        }
            == ["R031 3:6"])
}

/// Every prefix of a valid file, and the file with each byte replaced by a troublesome one,
/// checks without crashing and with located diagnostics.
@Test(arguments: ["", "\"", "[", "(", "=", "9", "é", "\n"])
func damagedFilesNeverCrash(_ replacement: String) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
    let text = (try? String(contentsOfFile: root + "/Fixtures/rules/muscle_relaxants.rules", encoding: .utf8)) ?? ""
    let bytes = Array(text.utf8)
    #expect(!bytes.isEmpty)
    for offset in stride(from: 0, to: bytes.count, by: 11) {
        let damaged =
            replacement.isEmpty
            ? Array(bytes[..<offset])
            : Array(bytes[..<offset]) + Array(replacement.utf8) + Array(bytes[(offset + 1)...])
        let diagnostics = check(String(decoding: damaged, as: UTF8.self)).diagnostics
        #expect(diagnostics.allSatisfy { $0.location.line != nil || $0.code == "R040" })
    }
}
