import Foundation
import IMRCore
import IMRRules
import Testing

/// The inputs `scripts/fuzz.sh rules` found to crash or hang the rule parser, replayed through what
/// `Fuzz/rules.swift` checks: each must parse, with every diagnostic located and every expression
/// within the nesting limit.
@Test func ruleParserFuzzFindingsReplay() throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-crashes/rules")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
    #expect(!names.isEmpty)
    for name in names {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        let (file, diagnostics) = RuleParser(file: "fuzz.rules", text: String(decoding: data, as: UTF8.self)).parse()
        #expect(diagnostics.allSatisfy { $0.location.file == "fuzz.rules" && $0.location.line != nil }, "\(name)")
        for rule in file.rules {
            for expression in [rule.applies?.value, rule.when?.value].compactMap({ $0 }) {
                #expect(expression.depth <= RuleExpression.maximumDepth, "\(name)")
            }
        }
    }
}

/// A comment or an unterminated string before CRLF used to stop the lexer in place (found by the
/// fuzzer after lone-CR line endings were added).
@Test func aCommentOrBadStringBeforeCRLFEndsItsLine() {
    for text in ["# comment\r\ntopic \"T\"\r\n", "topic \"T\r\ntopic \"U\"\r\n", "% bad\r\ntopic \"T\"\r\n"] {
        let (file, _) = RuleParser(file: "t.rules", text: text).parse()
        #expect(file.topic != nil, "\(text.debugDescription)")
    }
}
