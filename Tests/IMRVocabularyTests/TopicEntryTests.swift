import IMRCore
import IMRVocabulary
import Testing

/// `topic FACT` entries of the cue data: the words of a fact's topic, named apart from the fact's
/// own set; a fact the schema lacks, no words, another label or another directive are lint errors
/// at file:line:col.
@Suite struct TopicEntryTests {
    @Test func aTopicIsASetOfItsFactsWordsBesideTheFactsOwnEntry() {
        let text = "fact spasm\n  yes: spasm\ntopic spasm\n  scope region\n  words: spasm, guarding, tightness\n"
        let (library, diagnostics) = CueLibrary.parse(sources: [("t.cues", text)], schema: shipped.lexicon.schema)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let topic = library[CueSetDefinition.topicSetName(of: "spasm")]
        #expect(topic?.topic == "spasm")
        #expect(topic?.topicScopedToRegion == true)
        #expect(topic?.phrases.map(\.phrase) == ["spasm", "guarding", "tightness"])
        #expect(library["spasm"]?.fact != nil)
        #expect(library.topics.map(\.topic) == ["spasm"])
    }

    @Test(arguments: [
        ("topic spasms\n  words: spasm\n", "C011", 1, 7, "did you mean 'spasm'"),
        ("topic spasm\n  yes: spasm\n", "C011", 2, 8, "labelled 'words'"),
        ("topic spasm\n", "C011", 1, 7, "needs words"),
        ("topic spasm\n  wins no\n  words: spasm\n", "C001", 2, 3, "scope region"),
        ("topic Spasm\n", "C001", 1, 7, "expected a name"),
        (
            "set course_words\n  words: therapy\ntopic prior_therapy_benefit\n  with course_word\n  words: helped\n", "C011", 3, 7,
            "did you mean 'course_words'"
        ),
    ])
    func aBrokenTopicIsAnErrorAtItsPlace(_ text: String, _ code: String, _ line: Int, _ column: Int, _ message: String) {
        let (_, diagnostics) = CueLibrary.parse(sources: [("t.cues", text)], schema: shipped.lexicon.schema)
        #expect(diagnostics.map(\.code) == [code], "\(diagnostics)")
        #expect(diagnostics.first?.location.line == line)
        #expect(diagnostics.first?.location.column == column)
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics.first?.message ?? "")")
    }

    @Test func aTopicReadWithASetNamesIt() {
        let text = "set course_words\n  words: therapy\ntopic prior_therapy_benefit\n  with course_words\n  words: helped\n"
        let (library, diagnostics) = CueLibrary.parse(sources: [("t.cues", text)], schema: shipped.lexicon.schema)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(library[CueSetDefinition.topicSetName(of: "prior_therapy_benefit")]?.topicContext == "course_words")
    }

    @Test func aSlotReadsASetIntoATopic() {
        let text = "set care_words\n  words: therapy, chiropractic\ntopic prior_therapy_benefit\n  words: <care_words> ...8 helped\n"
        let (library, diagnostics) = CueLibrary.parse(sources: [("t.cues", text)], schema: shipped.lexicon.schema)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            library[CueSetDefinition.topicSetName(of: "prior_therapy_benefit")]?.phrases.map(\.phrase) == [
                "therapy ...8 helped", "chiropractic ...8 helped",
            ])
    }
}
