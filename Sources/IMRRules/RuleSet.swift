import Foundation
import IMRCore
import IMRVocabulary

/// The checked rules of a `Rules/` directory with its lexicon.
public struct RuleSet: Sendable {
    /// The rules that passed their own checks, in file order (all statuses).
    public var rules: [RuleDefinition]
    /// Every example, in file order.
    public var examples: [ExampleDefinition]
    /// The parsed files, sorted by path.
    public var files: [RuleFile]
    /// The catalog the rules were checked against.
    public var catalog: FactCatalog
    /// The tables that passed their checks, by name.
    public var tables: [String: TableDefinition] = [:]
    /// The diagnostics that concern examples only (an unknown rule or fact in an example): they
    /// fail `imr lint` and `imr test` but do not change any prediction.
    public var exampleDiagnostics: [Diagnostic] = []

    public init(
        rules: [RuleDefinition] = [], examples: [ExampleDefinition] = [], files: [RuleFile] = [], catalog: FactCatalog = FactCatalog()
    ) {
        self.rules = rules
        self.examples = examples
        self.files = files
        self.catalog = catalog
    }

    /// Loads and checks `Rules/**/*.rules` and `Rules/lexicon/*.lexicon` under `directory`.
    /// Diagnostics include every problem found; a rule set is returned even when some rules are bad.
    public static func load(directory: String) -> (ruleSet: RuleSet, lexicon: Lexicon, diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let diagnostic = Diagnostic(
                code: RuleDiagnosticCode.unreadable.rawValue,
                message: "rules directory '\(directory)' does not exist or is not a directory", location: SourceLocation(file: directory))
            return (RuleSet(), Lexicon(), [diagnostic])
        }
        let (lexicon, lexiconDiagnostics) = Lexicon.load(directory: directory + "/lexicon")
        var sources: [(path: String, text: String)] = []
        var diagnostics = lexiconDiagnostics
        for path in ruleFiles(in: directory) {
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(
                    Diagnostic(
                        code: RuleDiagnosticCode.unreadable.rawValue, message: "cannot read rule file",
                        location: SourceLocation(file: path)))
                continue
            }
            sources.append((path, String(decoding: data, as: UTF8.self)))
        }
        if sources.isEmpty {
            diagnostics.append(
                Diagnostic(
                    code: RuleDiagnosticCode.noRules.rawValue, message: "no '.rules' files in '\(directory)'",
                    location: SourceLocation(file: directory)))
        }
        let (ruleSet, ruleDiagnostics) = check(sources: sources, lexicon: lexicon)
        diagnostics += ruleDiagnostics
        if !sources.isEmpty && ruleSet.rules.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(
                Diagnostic(
                    code: RuleDiagnosticCode.noRules.rawValue, message: "no rule in the '.rules' files of '\(directory)'",
                    location: SourceLocation(file: directory)))
        }
        return (ruleSet, lexicon, diagnostics)
    }

    /// Parses and checks rule sources (path, text) against `lexicon` and `catalog` (by default the
    /// lexicon's fact schema, ``IMRVocabulary/Lexicon/schema``).
    public static func check(
        sources: [(path: String, text: String)], lexicon: Lexicon, catalog: FactCatalog? = nil
    ) -> (ruleSet: RuleSet, diagnostics: [Diagnostic]) {
        let catalog = catalog ?? lexicon.schema
        var files: [RuleFile] = []
        var diagnostics: [Diagnostic] = []
        for source in sources {
            let (file, syntax) = RuleParser(file: source.path, text: source.text).parse()
            files.append(file)
            diagnostics += syntax
            // A file that reads cleanly but holds nothing (a wrong encoding, a truncated copy) is an error.
            if file.rules.isEmpty && file.examples.isEmpty && file.tables.isEmpty && !syntax.contains(where: { $0.severity == .error }) {
                diagnostics.append(
                    .rule(.noRules, "the file holds no rule and no example", file: source.path, at: SourcePosition(line: 1, column: 1)))
            }
        }
        let checked = RuleChecker(catalog: catalog, lexicon: lexicon).check(files)
        diagnostics += checked.diagnostics
        diagnostics.sort(by: Self.order)
        var ruleSet = RuleSet(rules: checked.rules, examples: checked.examples, files: files, catalog: catalog)
        ruleSet.exampleDiagnostics = checked.exampleDiagnostics
        ruleSet.tables = checked.tables
        return (ruleSet, diagnostics)
    }

    /// The errors of `diagnostics` that make the rule set unfit to predict: every error except
    /// those about examples.
    public func predictionErrors(in diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { $0.severity == .error && !exampleDiagnostics.contains($0) }
    }

    /// Diagnostics by file, line, column, then code.
    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let ka = (a.location.file, a.location.line ?? 0, a.location.column ?? 0, a.code ?? "")
        let kb = (b.location.file, b.location.line ?? 0, b.location.column ?? 0, b.code ?? "")
        return ka < kb
    }

    /// `*.rules` under `directory`, recursively (following symbolic links, each directory read
    /// once), skipping the top-level `lexicon/`, sorted.
    static func ruleFiles(in directory: String) -> [String] {
        DirectoryWalk.files(in: directory, suffix: ".rules") { $0 == "lexicon" }
    }
}
