import Foundation
import Testing

/// `imr lint` checks the cue data (`Rules/lexicon/*.cues`) as it checks rules.
@Suite struct CueLintTests {
    @Test(arguments: [
        ("  yes spasm, myospasm\n", 3, "C001"),
        ("set spasm_again\n", 5, "C002"),
        ("  no: spasm-again\n", 7, "C004"),
        ("  yes: spasm ...\n", 14, "C001"),
        ("  yes: spasm ...12 again\n", 14, "C001"),
        ("  yes: spasm ...9+ again\n", 14, "C001"),
    ])
    func aBrokenCueEntryIsAnErrorAtItsLocation(appended: String, column: Int, code: String) throws {
        try expectOneLintError(
            appending: "set spasm_again\n  yes: spasm again\n", then: appended, to: "lexicon/findings.cues",
            column: column, code: code)
    }

    /// A `fact` entry for a fact the schema lacks is an error at the entry; so is a schema fact that
    /// no reader or cue entry produces, at its line.
    @Test func aFactDefinedInOnlyOnePlaceIsAnError() throws {
        try expectOneLintError(
            appending: "", then: "fact morning_stiffness\n  yes: morning stiffness\n", to: "lexicon/findings.cues", column: 1, code: "C007")
        try expectOneLintError(
            appending: "", then: "case morning_stiffness (bool): morning stiffness is documented\n", to: "lexicon/facts.schema", column: 1,
            code: "F006")
    }

    @Test(arguments: [
        ("case spasm_again (bool) spasm again\n", 18, "F001"),
        ("case drug (term drug): the drug again\n", 6, "F002"),
    ])
    func aBrokenSchemaLineIsAnErrorAtItsLocation(appended: String, column: Int, code: String) throws {
        try expectOneLintError(appending: "", then: appended, to: "lexicon/facts.schema", column: column, code: code)
    }

    @Test func anUnknownVocabularyInTheSchemaIsAnErrorAtItsLocation() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/facts.schema")
        let text = try String(contentsOf: file, encoding: .utf8)
        let original = "request body_regions (terms body_region)"
        try text.replacingOccurrences(of: original, with: "request body_regions (terms body_regions)").write(
            to: file, atomically: true, encoding: .utf8)
        let line = (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(original) } ?? -1) + 1

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(":\(line):29: error: [F003] unknown vocabulary 'body_regions'"), "\(result.stderr)")
    }

    /// Appends `prefix` then the broken `line` to `path` in a copy of the rules, and expects
    /// `imr lint` to exit 1 with one error `code` at the broken line's first line and `column`.
    private func expectOneLintError(appending prefix: String, then line: String, to path: String, column: Int, code: String) throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent(path)
        var text = try String(contentsOf: file, encoding: .utf8) + prefix
        let lineNumber = text.filter { $0 == "\n" }.count + 1
        text += line
        try text.write(to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1, "\(result.stderr)")
        // The scaffolding set `spasm_again` is read by nothing: a C008 warning besides the error.
        let diagnostics = ToolCommandTests.lines(result.stderr).filter { !$0.contains(": warning: [C008] ") }
        #expect(diagnostics.count == 1, "\(result.stderr)")
        #expect(diagnostics.first?.hasPrefix("\(file.path):\(lineNumber):\(column): error: [\(code)] ") == true, "\(result.stderr)")
        #expect(ToolCommandTests.lines(result.stdout).last?.contains("1 error") == true, "\(result.stdout)")
    }

    /// A folded phrase listing only the plural of an initialism ("adls") is not found where a
    /// summary writes that plural in capitals ("ADLs"): a C009 warning at the phrase, gone when its
    /// singular form is listed too.
    @Test func aPhraseListingOnlyAPluralInitialismIsAWarningAtThePhrase() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/selection.cues")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lineNumber = text.filter { $0 == "\n" }.count + 1
        try (text + "  yes: negative predictors affect adls\n").write(to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = ToolCommandTests.lines(result.stderr)
        #expect(warnings.count == 1, "\(result.stderr)")
        #expect(
            warnings.first?.hasPrefix("\(file.path):\(lineNumber):8: warning: [C009] ") == true
                && warnings.first?.contains("list 'negative predictors affect adl' too") == true, "\(result.stderr)")

        try (text + "  yes: negative predictors affect adls, negative predictors affect adl\n").write(
            to: file, atomically: true, encoding: .utf8)
        let mended = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(mended.status == 0 && ToolCommandTests.lines(mended.stderr).isEmpty, "\(mended.stderr)")
    }

    @Test func aRuleNamingAFactTheSchemaLacksGetsADidYouMean() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/facts.schema")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "case nsaid_tried (bool)", with: "case nsaids_tried (bool)").write(
            to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: [R010] unknown fact 'nsaid_tried'; did you mean 'nsaids_tried'?"), "\(result.stderr)")
    }

    @Test func aGapInAWordListIsAnError() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/negation.cues")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  yes: but, however,", with: "  yes: but ... not, however,").write(
            to: file, atomically: true, encoding: .utf8)

        let line = (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  yes: but, however,") } ?? -1) + 1

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(":\(line):8: error: [C005] 'clause_boundary' is read as words, not patterns"), "\(result.stderr)")
    }

    /// A code prefix is written as in ICD-10 (`S32.0-`) and read only in phrase sets.
    @Test func aBrokenCodePrefixIsAnErrorAtItsLocation() throws {
        try expectOneLintError(
            appending: "", then: "code S320-: diagnosis fracture\n", to: "lexicon/codes.lexicon", column: 6, code: "L001")
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/negation.cues")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  yes: but, however,", with: "  yes: but, S32.0-, however,").write(
            to: file, atomically: true, encoding: .utf8)
        let line = (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  yes: but, however,") } ?? -1) + 1
        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(":\(line):13: error: [C005] 'clause_boundary' is read as words, not patterns; a code prefix"),
            "\(result.stderr)")
    }

    @Test func aSurgeryDiagnosisLabelMustBeADiagnosis() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/terms.cues")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(
            of: "  carpal_tunnel_syndrome: carpal_tunnel_release", with: "  carpal_tunel_syndrome: carpal_tunnel_release"
        )
        .write(to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: [C006] labels of 'surgery_diagnosis' are diagnosis ids, not 'carpal_tunel_syndrome'; did you mean 'carpal_tunnel_syndrome'?"
            ),
            "\(result.stderr)")
    }

    @Test func aDiagnosisWordingLabelMustBeADiagnosis() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/findings.cues")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  chronic_pain: chronic ...3 pain", with: "  chronic_pains: chronic ...3 pain")
            .write(to: file, atomically: true, encoding: .utf8)
        let line = (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  chronic_pain: chronic ...3 pain") } ?? -1) + 1

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "findings.cues:\(line):18: error: [C006] labels of 'diagnosis_wording' are diagnosis ids, not 'chronic_pains'; did you mean 'chronic_pain'?"
            ),
            "\(result.stderr)")
    }

    @Test func aCueSetTheExtractorReadsIsRequired() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/negation.cues")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "set hedge_before", with: "set hedges_before").write(to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "\(rules.path)/lexicon: error: [C003] the fact extractor reads cue set 'hedge_before', which no '.cues' file defines; did you mean 'hedges_before'?"
            ), "\(result.stderr)")
    }
}
