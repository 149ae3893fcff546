import IMRCore
import IMRVocabulary
import Testing

/// A declared fact's `skips NAME` lines: each name of ``Skips/table`` sets its own option, lines add
/// up, and an unknown name is a syntax error listing every name the table holds.
@Suite struct SkipsOptionTests {
    /// The options of `red_flags` after parsing `lines` under its `fact` entry, and the diagnostics.
    private func parse(_ lines: [String]) -> (skips: Skips?, diagnostics: [Diagnostic]) {
        let text = "fact red_flags\n" + lines.map { "  \($0)\n" }.joined() + "  yes: red flag\n"
        let (library, diagnostics) = CueLibrary.parse(sources: [("t.cues", text)], schema: shipped.lexicon.schema)
        return (library["red_flags"]?.fact?.skips, diagnostics)
    }

    @Test(
        arguments: [
            (["skips past"], Skips.past),
            (["skips doubted"], Skips.doubted),
            (["skips labels"], Skips.labels),
            (["skips earlier"], Skips.earlier),
            (["skips stopped"], Skips.stopped),
            (["skips past", "skips doubted"], [Skips.past, .doubted]),
            (["skips labels", "skips stopped", "skips earlier"], [Skips.labels, .stopped, .earlier]),
            ([], []),
        ] as [([String], Skips)])
    func eachSkipsLineSetsItsOwnOption(_ lines: [String], _ expected: Skips) {
        let (skips, diagnostics) = parse(lines)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(skips == expected)
    }

    @Test func everyNameOfTheTableIsItsOwnOption() {
        let options = Skips.table.map(\.option)
        #expect(Set(options.map(\.rawValue)).count == options.count)
        for entry in Skips.table { #expect(Skips(named: entry.name) == entry.option) }
    }

    @Test(arguments: ["skips present", "skips Past", "skips"])
    func anUnknownNameIsAnErrorNamingEveryOption(_ line: String) {
        let (skips, diagnostics) = parse([line])
        #expect(diagnostics.map(\.code) == ["C001"])
        for entry in Skips.table { #expect(diagnostics.first?.message.contains("'\(entry.name)'") == true) }
        #expect(skips == [])
    }
}
