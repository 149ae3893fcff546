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

    @Test(
        "by number, ancestors and parents are those of the names",
        arguments: [
            ("short_acting_opioid", Vocabulary.drugClass), ("positional_mri", .procedure), ("mri", .procedure),
            ("preoperative_test", .requestKind), ("norco", .drugClass), ("norco", .drug),
        ])
    func ancestorsByNumber(term: String, vocabulary: Vocabulary) throws {
        let (ids, hierarchy) = (lexicon.ids, lexicon.hierarchy)
        let id = try #require(ids.id(term))
        #expect(ids.names(of: hierarchy.ancestors(of: id, in: vocabulary)) == hierarchy.ancestors(of: term, in: vocabulary).sorted())
        for parents in Vocabulary.allCases {
            #expect(
                hierarchy.parents(of: id, in: vocabulary, among: parents).map(ids.name(of:))
                    == hierarchy.parents(of: term, in: vocabulary, among: parents))
        }
    }

    @Test("term ids are numbered in the order of their names, once for every vocabulary")
    func numbering() {
        let ids = lexicon.ids
        #expect(ids.names == ids.names.sorted())
        #expect(ids.count == Set(ids.names).count)
        #expect(ids.id("norco").map(ids.name(of:)) == "norco")
        #expect(ids.id("nonexistent") == nil)
        #expect(ids[.opioid] == ids.id("opioid"))
        #expect(ids[.fusion] == .missing)
        #expect(lexicon.hierarchy.ancestors(of: .missing, in: .procedure).isEmpty)
    }
}

@Suite("Sets of term ids")
struct TermSetTests {
    private static func set(_ numbers: [Int32]) -> TermSet { TermSet(numbers.map(TermID.init(rawValue:))) }

    @Test(
        "union, disjointness and membership as Set's",
        arguments: [
            ([], []), ([1], []), ([3, 1, 2, 1], [2]), ([1, 5, 9], [2, 6, 10]), ([4, 8], [8, 4, 12]), ([7], [7]),
        ] as [([Int32], [Int32])])
    func operations(left: [Int32], right: [Int32]) {
        let (a, b) = (Self.set(left), Self.set(right))
        let (x, y) = (Set(left), Set(right))
        #expect(a.map(\.rawValue) == x.sorted())
        #expect(a.union(b).map(\.rawValue) == x.union(y).sorted())
        #expect(a.isDisjoint(with: b) == x.isDisjoint(with: y))
        for number in Int32(0)...13 { #expect(a.contains(TermID(rawValue: number)) == x.contains(number)) }
        var (inserted, reference) = (a, x)
        for number in right { #expect(inserted.insert(TermID(rawValue: number)) == reference.insert(number).inserted) }
        #expect(inserted == a.union(b))
    }
}
