import Foundation
import IMRCore
import IMRLetters
import IMRReports
import IMRRules
import IMRVocabulary
import Testing

@testable import IMREvaluation
@testable import IMRFacts

/// The shipped rules' engine.
private let shippedEngine: Engine = {
    let (rules, lexicon, _) = RuleSet.load(directory: packageRoot + "/Rules")
    return Engine(ruleSet: rules, lexicon: lexicon)
}()

/// Items whose demand turns on facts read by readers (`review_date` in an `applies`: a guideline's
/// edition by the date of the review), on the outcome of the letter's surgery (an associated
/// service), or on several drugs in one request (parts read anew).
@Test(arguments: [
    ("Home health aide 4 hours a day", "06/01/2015", "She is homebound after a fall; she needs help bathing."),
    ("Home health aide 4 hours a day", "06/01/2017", "She is homebound after a fall; she needs help bathing."),
    ("Norco 10/325 mg #90", "03/01/2015", "He has taken Norco for two years with pain 8/10 to 5/10."),
    ("Norco 10/325 mg #90", "03/01/2018", "He has taken Norco for two years with pain 8/10 to 5/10."),
    ("Norco 10/325 #60 and Soma 350 mg #30", "03/01/2018", "He takes Norco and Soma daily; no urine drug screen."),
    ("Right knee arthroscopy; post-operative physical therapy 12 visits", "03/01/2018", "MRI showed a medial meniscus tear."),
    // The practice facts read `duration_requested`, a reader's: the course's extent is stated.
    ("Physical therapy for 6 weeks", "03/01/2018", "Low back pain for two months; no therapy yet."),
    ("Physical therapy", "03/01/2018", "Low back pain for two months; no therapy yet."),
])
func demandedFactsGiveTheSamePredictions(_ requests: String, _ decision: String, _ summary: String) throws {
    let input = CaseInput(
        file: "test", header: LetterHeader(decisionDate: SimpleDate(decision)), credentials: ReviewerCredentials(),
        summary: NormalizedText(verbatim: summary),
        requests: requests.split(separator: ";").enumerated().map { RequestedItem(index: $0.offset, request: String($0.element)) })
    let demanded = shippedEngine.predictWithFacts(input).map { ExplainReport.text(.init(prediction: $0.prediction, record: nil)) }
    let every = shippedEngine.predictWithFacts(input, everyFact: true).map {
        ExplainReport.text(.init(prediction: $0.prediction, record: nil))
    }
    #expect(demanded == every)
}

/// The demand skips readers: on the corpus, most items leave some request reader unrun, and no
/// item asks for every fact but one of several drugs.
@Test func theDemandSkipsReaders() throws {
    var items = 0
    var skipping = 0
    for letter in try letters(in: "Corpus") {
        var asked: [FactDemand] = []
        _ = shippedEngine.extractor.facts(of: letter.input, first: shippedEngine.compiled.baseDemand) {
            asked = shippedEngine.demands(of: $0)
            return asked
        }
        for demand in asked {
            let gate = ReaderGate(demand: demand)
            if FactReader.allCases.contains(where: { !gate.runs($0) }) { skipping += 1 }
            items += 1
        }
    }
    #expect(items > 200)
    #expect(skipping * 10 > items * 8, "\(skipping) of \(items) items skip a reader")
}

/// The letters of `directory` (relative to the package root).
private func letters(in directory: String) throws -> [Letter] {
    let path = packageRoot + "/" + directory
    return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted().map { name in
        let file = path + "/" + name
        return try LetterParser.parse([UInt8](try #require(FileManager.default.contents(atPath: file))), file: file)
    }
}

/// Reading only the facts each item's rules ask for gives the same facts asked, predictions, traces
/// and documentation asked as reading every fact: each fact asked, and `--explain`'s JSON and text
/// of every item.
@Test(arguments: ["Corpus", "Tests/Fixtures/vignettes", "Tests/Fixtures/external", "Tests/Fixtures/digests"])
func explainIsTheSameWithAndWithoutTheDemand(_ directory: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var items = 0
    for letter in try letters(in: directory) {
        // Every fact asked of an item is the fact read when every fact is.
        var asked: [FactDemand] = []
        let (_, demandedFacts) = shippedEngine.extractor.facts(of: letter.input, first: shippedEngine.compiled.baseDemand) {
            asked = shippedEngine.demands(of: $0)
            return asked
        }
        let everyFact = shippedEngine.facts(of: letter.input, everyFact: true).facts
        for (position, demand) in asked.enumerated() {
            let names = Set(demandedFacts[position].sorted.map(\.name)).union(everyFact[position].sorted.map(\.name))
            for name in names where demand.contains(name) {
                #expect(demandedFacts[position][name] == everyFact[position][name], "\(letter.input.file) item \(position) \(name)")
            }
        }
        let demanded = shippedEngine.predictWithFacts(letter.input).map(\.prediction)
        let every = shippedEngine.predictWithFacts(letter.input, everyFact: true).map(\.prediction)
        #expect(demanded.count == every.count)
        for (a, b) in zip(demanded, every) {
            let (entryA, entryB) = (ExplainReport.Entry(prediction: a, record: nil), ExplainReport.Entry(prediction: b, record: nil))
            #expect(try encoder.encode(entryA) == encoder.encode(entryB), "\(letter.input.file) item \(a.index)")
            #expect(ExplainReport.text(entryA) == ExplainReport.text(entryB), "\(letter.input.file) item \(a.index)")
            items += 1
        }
    }
    #expect(items > 0)
}

/// A rule that applies only once a case reader's fact is read (`documented review_date`), reading
/// in its criteria a fact no other rule reads: its criteria are asked for when the review date says
/// it applies (the `applies` facts are read before the demand is known).
@Test(arguments: [("06/01/2015", "overturned"), ("06/01/2017", "abstain")])
func aRuleThatAppliesByACaseFactAsksForItsCriteria(_ decision: String, _ outcome: String) throws {
    let rules = """
        topic "Demand"
        rule demand.before_the_edition
          title    "Home health before an edition, with a body mass index"
          status   active
          cite     "MTUS Chronic Pain Medical Treatment Guidelines 2009" section "Home health services" pages "51"
          priority 50
          applies  procedure in [home_health] and documented review_date and review_date < 20160729
          when     documented body_mass_index
          then     overturned
          else     upheld
        """
    let lexicon = Lexicon.load(directory: packageRoot + "/Rules/lexicon").lexicon
    let (ruleSet, diagnostics) = RuleSet.check(sources: [("demand.rules", rules)], lexicon: lexicon)
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    let engine = Engine(ruleSet: ruleSet, lexicon: lexicon)
    let input = CaseInput(
        file: "test", header: LetterHeader(decisionDate: SimpleDate(decision)), credentials: ReviewerCredentials(),
        summary: NormalizedText(verbatim: "She is homebound. Her BMI is 34."),
        requests: [RequestedItem(index: 0, request: "Home health aide 4 hours a day")])
    #expect(engine.predictWithFacts(input).map(\.prediction.outcome.rawValue) == [outcome])
    #expect(engine.predictWithFacts(input, everyFact: true).map(\.prediction.outcome.rawValue) == [outcome])
}

/// The rules the demand found to apply to an item (evaluated on the facts read before the demand)
/// are those whose `applies` holds on the item's facts as the engine evaluates them: the engine
/// takes them as they are. Most items have them (all but associated services and items of several
/// drugs).
@Test(arguments: ["Corpus", "Tests/Fixtures/vignettes", "Tests/Fixtures/external", "Tests/Fixtures/digests"])
func theRulesTheDemandFoundApplyToTheItemsFacts(_ directory: String) throws {
    let compiled = shippedEngine.compiled
    var (items, known) = (0, 0)
    for letter in try letters(in: directory) {
        let (_, facts, applying) = shippedEngine.readFacts(of: letter.input, everyFact: false)
        #expect(applying.count == facts.count)
        for (position, rules) in applying.enumerated() {
            items += 1
            guard let rules else { continue }
            known += 1
            let slotFacts = compiled.slots.facts(of: facts[position])
            let holding = compiled.activeIndex.candidates(slotFacts).filter {
                compiled.rules[compiled.activeOrder[$0]].applies.evaluate(slotFacts) == .yes
            }
            #expect(rules == holding, "\(letter.input.file) item \(position)")
        }
    }
    #expect(known * 10 > items * 8, "\(known) of \(items) items")
}
