// libFuzzer target: the rule lexer and parser (stage 3) on any text. Built by scripts/fuzz.sh.
// (The checker is left out: it rebuilds the precedence analysis of the whole lexicon on every
// call, which held the target to about 190 executions a second.)
import IMRCore
import IMRRules

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (file, diagnostics) = RuleParser(file: "fuzz.rules", text: text).parse()
    // Every diagnostic is located in the file; every expression kept is within the nesting limit.
    for diagnostic in diagnostics { precondition(diagnostic.location.file == "fuzz.rules" && diagnostic.location.line != nil) }
    for rule in file.rules {
        for expression in [rule.applies?.value, rule.when?.value].compactMap({ $0 }) {
            precondition(expression.depth <= RuleExpression.maximumDepth)
        }
    }
    return 0
}
