import IMRFacts
import IMRVocabulary
import Testing

@Test func shippedLexiconLoadsWithoutErrors() {
    #expect(shippedLexicon.diagnostics.map(\.description) == [])
    #expect(shippedLexicon.lexicon.contains("baclofen", in: "drug"))
    #expect(shippedLexicon.lexicon.entry("baclofen", in: "drug")?.names.contains("liorisal") == true)
    #expect(shippedLexicon.lexicon.entry("terocin", in: "drug")?.parents.contains("capsaicin") == true)
}

@Test func loaderReportsEveryProblemWithLocation() {
    let (_, diagnostics) = Lexicon.load(directory: packageRoot + "/Tests/Fixtures/facts/bad-lexicon")
    let file = packageRoot + "/Tests/Fixtures/facts/bad-lexicon/bad.lexicon"
    let found = diagnostics.map {
        "\($0.code ?? "-") \($0.location.description.replacingOccurrences(of: file, with: "bad"))"
    }.sorted()
    #expect(found == ["L001 bad:7:1", "L002 bad:5:1", "L003 bad:4:6", "L004 bad:6:16"])
    #expect(diagnostics.contains { $0.message.contains("did you mean 'muscle_relaxant'") })
}

@Test func missingDirectoryIsReported() {
    let (_, diagnostics) = Lexicon.load(directory: "/nonexistent/lexicon")
    #expect(diagnostics.map(\.code) == ["L005"])
}

@Test(arguments: [
    ("drug x: a\n  is nope\n", "L003"),
    ("drug x a, b\n", "L001"),
    ("  is opioid\n", "L001"),
    ("drug X: a\n", "L001"),
    ("class c\ndrug x: a\n  ingredients y\n", "L003"),
])
func syntaxErrors(source: String, code: String) {
    let (_, diagnostics) = Lexicon.parse(sources: [("t.lexicon", source)])
    #expect(diagnostics.map(\.code) == [code])
}
