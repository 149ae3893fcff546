import IMRCore
import IMRVocabulary
import Testing

/// Drugs with ingredients and classes, procedures with categories and kinds, written as a
/// `.lexicon` file is.
private let lexicon: Lexicon = {
    let text = """
        class analgesic
        class opioid
          is analgesic
        class short_acting_opioid
          is opioid
        class muscle_relaxant
        ingredient hydrocodone
          is short_acting_opioid
        ingredient acetaminophen
          is analgesic
        drug norco
          ingredients hydrocodone, acetaminophen
        drug baclofen
          is muscle_relaxant
        kind test
        kind preoperative_test
          is test
        kind service
        category imaging
          is test
        category physical_therapy
          is service
        procedure mri
          category imaging
        procedure positional_mri
          is mri
        procedure preoperative_labs
          is preoperative_test
        procedure pt
          category physical_therapy
        """
    let (lexicon, problems) = Lexicon.parse(sources: [("t.lexicon", text)])
    precondition(problems.isEmpty, "\(problems)")
    return lexicon
}()

@Suite("The term hierarchy")
struct TermHierarchyTests {
    @Test(
        "ancestors within a vocabulary include the term and follow only that vocabulary's parents",
        arguments: [
            ("short_acting_opioid", "drug_class", ["short_acting_opioid", "opioid", "analgesic"]),
            ("positional_mri", "procedure", ["positional_mri", "mri"]),
            ("mri", "procedure", ["mri"]),
            ("preoperative_test", "request_kind", ["preoperative_test", "test"]),
            ("norco", "drug_class", []),
            ("nonexistent", "procedure", []),
        ])
    func ancestors(term: String, vocabulary: String, expected: [String]) {
        #expect(lexicon.hierarchy.ancestors(of: term, in: vocabulary) == Set(expected))
    }

    @Test("widening adds every narrower term of the vocabulary")
    func widened() {
        #expect(lexicon.hierarchy.widened(["mri"], in: "procedure") == ["mri", "positional_mri"])
        #expect(lexicon.hierarchy.widened(["analgesic"], in: "drug_class") == ["analgesic", "opioid", "short_acting_opioid"])
        #expect(lexicon.hierarchy.widened(["knee"], in: "body_region") == ["knee"])
    }

    @Test("across vocabularies a term reaches its ingredients' and classes' ancestors")
    func anyVocabulary() {
        #expect(lexicon.hierarchy.ancestorsInAnyVocabulary(of: "baclofen") == ["muscle_relaxant"])
        #expect(
            lexicon.hierarchy.ancestorsInAnyVocabulary(of: "norco")
                == ["hydrocodone", "acetaminophen", "short_acting_opioid", "opioid", "analgesic"])
    }

    @Test("direct parents of another vocabulary, the nearest one up the line, and the top of a line")
    func parentsNearestTop() {
        #expect(lexicon.hierarchy.parents(of: "norco", in: "drug", among: "ingredient") == ["hydrocodone", "acetaminophen"])
        #expect(lexicon.hierarchy.parents(of: "norco", in: "drug", among: "drug_class") == [])
        #expect(lexicon.hierarchy.nearest("category", above: "positional_mri", in: "procedure") == "imaging")
        #expect(lexicon.hierarchy.nearest("category", above: "preoperative_labs", in: "procedure") == nil)
        #expect(lexicon.hierarchy.top(of: "preoperative_test", in: "request_kind") == "test")
        #expect(lexicon.hierarchy.top(of: "service", in: "request_kind") == "service")
    }
}
