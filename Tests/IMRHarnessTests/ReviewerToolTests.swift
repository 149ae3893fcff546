import IMRLetters
import IMRTestSupport
import Testing

@testable import IMRHarness

@Test func splitMix64IsDeterministicAndMatchesTheReferenceSequence() {
    var a = SplitMix64(seed: 1_234_567)
    var b = SplitMix64(seed: 1_234_567)
    let first = (0..<3).map { _ in a.next() }
    #expect(first == (0..<3).map { _ in b.next() })
    // Reference values of SplitMix64 for seed 1234567 (Vigna's splitmix64.c).
    #expect(first == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
}

@Test func sampleTakesDistinctElementsAndIsStable() {
    var g1 = SplitMix64(seed: 7)
    var g2 = SplitMix64(seed: 7)
    var g3 = SplitMix64(seed: 8)
    let elements = Array(0..<50)
    let s1 = g1.sample(elements, count: 10)
    #expect(s1 == g2.sample(elements, count: 10))
    #expect(Set(s1).count == 10)
    #expect(s1 != g3.sample(elements, count: 10))
    var g4 = SplitMix64(seed: 1)
    #expect(g4.sample([1, 2], count: 5).sorted() == [1, 2])
}

@Test func quizSelectsByCategoryAndSeed() {
    let items = (0..<20).map {
        TestData.item(
            file: "a.txt", index: $0, actual: .upheld, predicted: .upheld, rule: "r", category: $0 % 2 == 0 ? "opioid" : "imaging")
    }
    let run = CorpusRun(cases: [TestData.caseResult(items)], failures: [])
    let quiz = Quiz(run: run, count: 3, seed: 7, category: "imaging")
    #expect(quiz.questions.count == 3)
    #expect(quiz.questions.allSatisfy { $0.item.category == "imaging" })
    #expect(quiz.questions.map(\.item.index) == Quiz(run: run, count: 3, seed: 7, category: "imaging").questions.map(\.item.index))
    #expect(Quiz(run: run, count: 3, seed: 7, category: "surgery").questions.isEmpty)
}

@Test(arguments: [("u", Decision.upheld), ("  Upheld ", .upheld), ("O", .overturned), ("overturned", .overturned), ("x", nil), ("", nil)])
func quizAnswers(_ line: String, _ expected: Decision?) {
    #expect(Quiz.answer(line) == expected)
}

@Test func quizScoreSummarisesMissedCategories() {
    var score = QuizScore()
    score.record(answer: .upheld, actual: .upheld, category: "opioid")
    score.record(answer: .upheld, actual: .overturned, category: "imaging")
    score.record(answer: .overturned, actual: .upheld, category: "opioid")
    score.record(answer: .upheld, actual: .overturned, category: "imaging")
    #expect(
        score.summary
            == "Score: 1/4\nBalanced score: 0.25 (Upheld 1/2, Overturned 0/2; 0.50 is what one answer for everything scores)\n"
            + "Missed categories: imaging (2), opioid (1)\n")
}

@Test func answeringOneWayThroughoutScoresHalfBalanced() {
    var score = QuizScore()
    for actual in [Decision.upheld, .upheld, .upheld, .overturned] { score.record(answer: .upheld, actual: actual, category: "c") }
    #expect(score.right == 3)
    #expect(score.balanced == 0.5)
}

@Test(arguments: [(0.5, 10), (0.25, 5), (0.0, 0), (1.0, 8)])
func quizDrawsTheStatedShareOfOverturnedItems(_ share: Double, _ expectedOverturned: Int) {
    // 8 Overturned and 40 Upheld items: a share above what the pool holds is filled with Upheld.
    let items = (0..<48).map {
        TestData.item(file: "a.txt", index: $0, actual: $0 < 8 ? .overturned : .upheld, predicted: .upheld, rule: "r", category: "c")
    }
    let run = CorpusRun(cases: [TestData.caseResult(items)], failures: [])
    let quiz = Quiz(run: run, count: 20, seed: 3, overturnedShare: share)
    #expect(quiz.questions.count == 20)
    #expect(quiz.questions.filter { $0.item.actual == .overturned }.count == min(expectedOverturned, 8))
    #expect(Set(quiz.questions.map(\.item.index)).count == 20)
}

@Test(arguments: [
    ("### CLINICAL CASE SUMMARY\ntext\n### IMR ISSUES, DECISIONS AND RATIONALES\n", true),
    ("CLINICAL CASE SUMMARY\nThe expert reviewer…\nIMR ISSUES, DECISIONS AND RATIONALES", true),
    ("The injured worker is a 56 year old male with a clinical case summary of back pain.", false),
    ("CLINICAL CASE SUMMARY only", false),
])
func letterDetection(_ text: String, _ isLetter: Bool) {
    #expect(CaseCheck.isLetter(text) == isLetter)
}

@Test func bareSummaryBecomesACaseInputWithTheRequests() throws {
    let input = try CaseCheck.input(data: Array("The worker takes Norco.".utf8), file: "-", requests: ["Norco 10/325 #90", "MRI lumbar"])
    #expect(input.summary.text == "The worker takes Norco.")
    #expect(input.requests == [RequestedItem(index: 0, request: "Norco 10/325 #90"), RequestedItem(index: 1, request: "MRI lumbar")])
}

@Test(arguments: [("  \n", ["Norco"]), ("Pain.", ["Norco", " "])])
func emptySummaryOrRequestIsRejected(_ text: String, _ requests: [String]) {
    #expect(throws: (any Error).self) { try CaseCheck.input(data: Array(text.utf8), file: "case.txt", requests: requests) }
}

@Test(arguments: [[0x50, 0x00, 0x41], [0x50, 0xFF, 0x41]])
func binaryOrNonUTF8SummaryIsRejected(_ bytes: [UInt8]) {
    #expect(throws: (any Error).self) { try CaseCheck.input(data: bytes, file: "case.txt", requests: ["Norco"]) }
}
