import Foundation
import Testing

/// `imr lint` checks that each procedure of the lexicon has one category: a request for it is read
/// with that category, and the rules of the category reach it.
@Suite struct ProcedureCategoryLintTests {
    /// An appended entry (`line` of the entry's lines, 0 for its first) and the error expected.
    @Test(arguments: [
        ("procedure probe_service: probe service\n", 0, 1, "L001", "procedure 'probe_service' has no category"),
        (
            "procedure probe_service: probe service\n  category dme\n  category other\n", 2, 12, "L001",
            "names 2 categories ('dme', 'other')"
        ),
        ("procedure probe_service: probe service\n  category imaging, dme\n", 1, 21, "L001", "names 2 categories ('imaging', 'dme')"),
        ("procedure probe_service: probe service\n  category mri\n", 1, 12, "L003", "names 'mri', which is not a category"),
    ])
    func aProcedureWithoutOneCategoryIsAnErrorAtItsLocation(entry: String, line: Int, column: Int, code: String, message: String) throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/proc-other-services.lexicon")
        var text = try String(contentsOf: file, encoding: .utf8)
        let first = text.filter { $0 == "\n" }.count + 1
        text += entry
        try text.write(to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(result.status == 1, "\(result.stderr)")
        let errors = ToolCommandTests.lines(result.stderr).filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(result.stderr)")
        #expect(errors.first?.hasPrefix("\(file.path):\(first + line):\(column): error: [\(code)] ") == true, "\(result.stderr)")
        #expect(errors.first?.contains(message) == true, "\(result.stderr)")
    }

    /// A procedure that is a narrower kind of one with a category takes that category.
    @Test func aNarrowerProcedureTakesItsBroaderOnesCategory() throws {
        let (base, rules) = try ToolCommandTests.rulesCopy()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = rules.appendingPathComponent("lexicon/proc-other-services.lexicon")
        let text = try String(contentsOf: file, encoding: .utf8) + "procedure probe_mri: probe mri\n  is mri\n"
        try text.write(to: file, atomically: true, encoding: .utf8)

        let result = try IMRProcess.run(["lint", "--rules", rules.path])
        #expect(!result.stderr.contains(": error: "), "\(result.stderr)")
    }
}
