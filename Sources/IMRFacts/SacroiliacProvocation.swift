import IMRVocabulary

/// `sacroiliac_positive_tests`: how many sacroiliac joint provocative tests the examination finds
/// positive (ODG Hip & Pelvis, Criteria for the use of sacroiliac blocks: the history and physical
/// suggest the diagnosis, "with documentation of at least 3 positive exam findings"). The tests
/// are data (`sacroiliac_tests` in `Rules/lexicon/findings.cues`, one label per test: FABER or
/// Patrick's, Gaenslen's, thigh thrust, distraction, compression, sacral thrust, Fortin's ...), and
/// so are the words of their result (`sacroiliac_test_signs`: `yes` positive, reproduces; `no`
/// negative; "(+)" and "(-)" read as those words; a bare mark beside a test, "Gaenslen +", is its
/// result too). A bare "compression" or "distraction"
/// (`sacroiliac_list_tests`) is a test only in a sentence that names another test or the tests as
/// a group ("SI provocation: FABER (+), compression (+)").
///
/// Each test named in an examination sentence (not the review's, not the plan's) takes the result
/// written right after it, before the next test ("FABER (+), Gaenslen (-)"), else the nearest one
/// before it in its clause, which a list shares ("positive Gaenslen's, thigh thrust and FABER on the
/// right; negative distraction"); a negated test ("no pain with distraction") is negative, and one
/// without a result is not counted. A test told twice keeps its last result. A tally counts too:
/// a count before "of" or "/" and another count ("3 of 5", "3/5") or before the positive word ("three
/// positive") in a sentence naming the tests as a group (`sacroiliac_test_group`: "provocative
/// tests", "SI provocation"); the larger of the tally and the tests counted one by one is the fact.
/// Not documented when no test has a result and no tally is told.
enum SacroiliacProvocation {
    static func read(_ analysis: CaseAnalysis, into builder: inout FactBuilder) {
        let (text, cues) = (analysis.text, analysis.index.cues)
        func exam(_ hit: CueHit) -> Bool { !analysis.isReviewSentence(hit.sentence) && !analysis.isPlanSection(hit.sentence) }
        let named = cues.set(.sacroiliacTests).hits(in: text).filter(exam)
        let groups = cues.set(.sacroiliacTestGroup).hits(in: text).filter { exam($0) && !$0.negated }
        let context = Set(named.map(\.sentence) + groups.map(\.sentence))
        let listed = cues.set(.sacroiliacListTests).hits(in: text).filter { context.contains($0.sentence) }
        let tests =
            (named
            + listed.filter { hit in !named.contains { $0.sentence == hit.sentence && $0.first <= hit.last && hit.first <= $0.last } })
            .sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
        guard !tests.isEmpty || !groups.isEmpty else { return }
        let signs = cues.set(.sacroiliacTestSigns).hits(in: text)
        var results: [Int32: (positive: Bool, sentence: Int)] = [:]
        for test in tests {
            guard let positive = result(of: test, tests: tests, signs: signs, text: text) else { continue }
            results[test.label.number] = (positive, test.sentence)
        }
        let positives = results.values.filter(\.positive)
        var count = positives.count
        var evidence = Set(positives.map(\.sentence))
        for group in groups {
            guard let tally = tally(in: group.sentence, signs: signs, text: text, cues: cues), tally > count else { continue }
            count = tally
            evidence = [group.sentence]
        }
        guard !results.isEmpty || !evidence.isEmpty else { return }
        let sentences = evidence.isEmpty ? Set(results.values.map(\.sentence)) : evidence
        builder.set(.sacroiliacPositiveTests, .number(Double(count)), sentences.sorted().map { text.evidence($0) })
    }

    /// The result of `test`: a negated test is negative; a `+` or `-` mark right after it, else right
    /// before it (``ExamMarks``: "thrust +, Gaenslen +, distraction neg") decides, unless a result
    /// word follows within two tokens. A sentence whose first result word comes
    /// before its first test writes results before the tests ("(+) FABER, (-) Gaenslen"; "positive
    /// Gaenslen's, thigh thrust and sacral thrust"): the nearest result before the test in its clause
    /// decides, else one after it. Otherwise results follow the tests ("FABER (+)", "Patrick's test
    /// is positive"): a result within five tokens after the test with no test between decides, else
    /// the nearest one before it in its clause, else the first one after it in its clause when it
    /// stands within five tokens of the test before it ("FABER, Gaenslen and thigh thrust were
    /// positive").
    private static func result(of test: CueHit, tests: [CueHit], signs: [CueHit], text: CaseText) -> Bool? {
        if test.negated { return false }
        let sentence = text.sentences[test.sentence].tokens
        let inSentence = signs.filter { $0.sentence == test.sentence }
        let sentenceTests = tests.filter { $0.sentence == test.sentence }
        let mark =
            ExamMarks.after(test.last, sentence: test.sentence, text, dashAlone: true)?.positive ?? ExamMarks.before(test.first, text)
        guard let firstSign = inSentence.first, let firstTest = sentenceTests.first else { return mark }
        let clauseStart = text.clauseStart(of: test.first, from: sentence.lowerBound)
        let clauseEnd = text.clauseEnd(after: test.last, before: sentence.upperBound)
        func value(_ sign: CueHit) -> Bool { sign.label == .yes && !sign.negated }
        let before = inSentence.last { $0.last < test.first && $0.first >= clauseStart }
        let after = inSentence.first { $0.first > test.last && $0.first < clauseEnd }
        let testBetween = after.map { sign in sentenceTests.contains { $0.first > test.last && $0.last < sign.first } } ?? true
        // A mark beside the test is its result, unless a result word follows it at once ("Gaenslen - neg").
        if let mark, !(after.map { !testBetween && $0.first <= test.last + 2 } ?? false) { return mark }
        if firstSign.first < firstTest.first {
            if let before { return value(before) }
            if let after, !testBetween, after.first <= test.last + 5 { return value(after) }
            return nil
        }
        if let after, !testBetween, after.first <= test.last + 5 { return value(after) }
        if let before { return value(before) }
        if let after, let last = sentenceTests.last(where: { $0.last < after.first }), after.first <= last.last + 5 { return value(after) }
        return nil
    }

    /// A count of positive tests told as a tally in `sentence`: "3 of 5" or "3/5" (the first count),
    /// or a count right before a positive result word ("three positive"), when the sentence has one.
    private static func tally(in sentence: Int, signs: [CueHit], text: CaseText, cues: CueBook) -> Int? {
        let positive = signs.filter { $0.sentence == sentence && $0.label == .yes && !$0.negated }
        guard !positive.isEmpty else { return nil }
        let range = text.sentences[sentence].tokens
        for index in range {
            guard let value = cues.count(text.tokens[index]), value <= 20 else { continue }
            let after = index + 1
            if after < range.upperBound {
                let slash =
                    text.tokens[index].end < text.bytes.count && text.bytes[text.tokens[index].end] == 47
                    && text.tokens[after].start == text.tokens[index].end + 1
                let of = text.word(at: after) == "of" && after + 1 < range.upperBound && cues.count(text.tokens[after + 1]) != nil
                if (slash && cues.count(text.tokens[after]) != nil) || of { return value }
                if positive.contains(where: { $0.first == after }) { return value }
            }
        }
        return nil
    }
}
