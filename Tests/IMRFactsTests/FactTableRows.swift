import Testing

/// Checks one row of a fact table read through ``requestFacts(_:summary:decision:)``: the value of
/// `fact` for `request` over `summary`, as ``value(_:_:)`` renders it, is `expected`; `"nil"` expects
/// the fact not documented, and `"!value"` any value but `value` (not documented included).
///
/// - Parameters:
///   - decision: the header's decision date (`MM/dd/yyyy`) the row is judged at, for facts counted
///     to it (`time_since_surgery`); `nil` reads the summary bare, against its latest date.
///   - anyTerm: for a list fact, `expected` is one of its terms, not the whole list (`"!value"`: the
///     list holds no such term).
func expectRequestFact(
    _ summary: String, _ request: String, _ fact: String, _ expected: String, decision: String? = nil, anyTerm: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let found = value(requestFacts(request, summary: summary, decision: decision), fact)
    let negated = expected.hasPrefix("!")
    let wanted = negated ? String(expected.dropFirst()) : expected
    let matches: Bool =
        if anyTerm {
            found.map { $0 == wanted || $0.split(separator: ",").contains { $0 == wanted } } ?? (wanted == "nil")
        } else {
            found == (wanted == "nil" ? nil : wanted)
        }
    #expect(matches != negated, "\(fact) for \(request): \(found ?? "nil")", sourceLocation: sourceLocation)
}

/// Checks one row of a topic-mention table: for `request` over `summary`, the first word of
/// `fact`'s topic the summary mentions while leaving the fact not documented (``FactSet/mention(of:)``)
/// is `expected`, as written; `nil` expects no mention (the fact documented, or its topic written
/// only where the summary asserts nothing of it).
func expectTopicMention(
    _ summary: String, _ request: String, _ fact: String, _ expected: String?, sourceLocation: SourceLocation = #_sourceLocation
) {
    let facts = requestFacts(request, summary: summary)
    let mention = facts.mention(of: fact)
    #expect(mention?.words == expected, "\(fact) for \(request): \(mention?.words ?? "no mention")", sourceLocation: sourceLocation)
    if let mention {
        #expect(facts[fact] == nil, "a mention of a documented fact", sourceLocation: sourceLocation)
        #expect(mention.evidence.source == .summary, sourceLocation: sourceLocation)
        #expect(summary.contains(mention.words), sourceLocation: sourceLocation)
    }
}
