import Testing

/// Checks one row of a fact table read through ``requestFacts(_:summary:)``: the value of `fact`
/// for `request` over `summary`, as ``value(_:_:)`` renders it, is `expected`; `"nil"` expects the
/// fact not documented, and `"!value"` any value but `value` (not documented included).
func expectRequestFact(
    _ summary: String, _ request: String, _ fact: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let found = value(requestFacts(request, summary: summary), fact)
    if expected.hasPrefix("!") {
        #expect(found != String(expected.dropFirst()), "\(fact) for \(request)", sourceLocation: sourceLocation)
    } else {
        #expect(found == (expected == "nil" ? nil : expected), "\(fact) for \(request)", sourceLocation: sourceLocation)
    }
}
