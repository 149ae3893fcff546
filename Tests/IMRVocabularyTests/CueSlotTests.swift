import IMRCore
import IMRVocabulary
import Testing

/// Slots in cue phrases (`<NAME>`): a phrase stands for one phrase per phrase of a set defined above
/// it, in that set's order; broken or unknown slots are lint errors at the slot.
@Suite struct CueSlotTests {
    /// The phrases of `set` after parsing `sources`, and the codes of the diagnostics.
    private func parse(_ sources: [(file: String, text: String)], set: String) -> (phrases: [String], codes: [String?]) {
        let (library, diagnostics) = CueLibrary.parse(sources: sources, schema: shipped.lexicon.schema)
        return (library[set]?.phrases.map(\.phrase) ?? [], diagnostics.map(\.code))
    }

    @Test(arguments: [
        (
            "set sites\n  yes: tarsal tunnel, peroneal nerve\nset signs\n  yes: positive ...3 tinel ...5 <sites>, foot drop\n",
            ["positive ...3 tinel ...5 tarsal tunnel", "positive ...3 tinel ...5 peroneal nerve", "foot drop"]
        ),
        (
            "set sites\n  yes: tarsal tunnel, peroneal nerve\nset tests\n  yes: tinel, tinels\nset signs\n  yes: <tests> ...5 <sites> ...2 positive\n",
            [
                "tinel ...5 tarsal tunnel ...2 positive", "tinel ...5 peroneal nerve ...2 positive",
                "tinels ...5 tarsal tunnel ...2 positive",
                "tinels ...5 peroneal nerve ...2 positive",
            ]
        ),
        (
            "set sites\n  yes: Tarsal Tunnel\n  no: fibular head\nset signs\n  yes: tinel at the <sites>, tinel at the tarsal tunnel\n",
            ["tinel at the tarsal tunnel", "tinel at the fibular head"]
        ),
    ])
    func aSlotStandsForEveryPhraseOfItsSetInOrder(_ text: String, _ expected: [String]) {
        let (phrases, codes) = parse([("t.cues", text)], set: "signs")
        #expect(phrases == expected)
        #expect(codes == [])
    }

    @Test func aSetFromAnEarlierFileFillsASlotAndIsMarked() {
        let sources = [("a.cues", "set sites\n  yes: tarsal tunnel\n"), ("b.cues", "set signs\n  yes: tinel ...5 <sites>\n")]
        let (library, diagnostics) = CueLibrary.parse(sources: sources, schema: shipped.lexicon.schema)
        #expect(diagnostics.isEmpty)
        #expect(library["signs"]?.phrases.map(\.phrase) == ["tinel ...5 tarsal tunnel"])
        #expect(library["sites"]?.fillsSlots == true)
        #expect(library["signs"]?.fillsSlots == false)
    }

    /// Each broken slot is reported at its `<` (column), and its item adds nothing.
    @Test(arguments: [
        ("set signs\n  yes: tinel ...5 <sites>\nset sites\n  yes: tarsal tunnel\n", "C010", 19),
        ("set sites\n  yes: tarsal tunnel\nset signs\n  yes: tinel ...5 <site>\n", "C010", 19),
        ("set signs\n  yes: foot drop, tinel ...5 <signs>\n", "C010", 30),
        ("set sites\n  yes: tarsal tunnel\nset signs\n  yes: tinel ...5 <sites\n", "C001", 19),
        ("set sites\n  yes: tarsal tunnel\nset signs\n  yes: tinel ...5 <Sites>\n", "C001", 19),
    ])
    func aBrokenOrUnknownSlotIsAnErrorAtTheSlot(_ text: String, _ code: String, _ column: Int) {
        let (library, diagnostics) = CueLibrary.parse(sources: [("t.cues", text)], schema: shipped.lexicon.schema)
        #expect(diagnostics.map(\.code) == [code])
        #expect(diagnostics.first?.location.column == column, "\(diagnostics.first?.message ?? "")")
        #expect(library["signs"]?.phrases.contains { $0.phrase.hasPrefix("tinel") } == false)
    }

    @Test func anUnknownSlotSuggestsTheSetMeant() {
        let text = "set leg_nerve_sites\n  yes: tarsal tunnel\nset signs\n  yes: tinel ...5 <leg_nerve_site>\n"
        let (_, diagnostics) = CueLibrary.parse(sources: [("t.cues", text)], schema: shipped.lexicon.schema)
        #expect(diagnostics.first?.message.contains("did you mean 'leg_nerve_sites'") == true, "\(diagnostics)")
    }
}
