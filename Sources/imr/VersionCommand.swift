import IMRCore
import IMRHarness

/// `imr version` (and `imr --version`): the engine's version, and which rules and corpus it would use.
enum VersionCommand: Command {
    static let name = "version"
    static let abstract = "Show the engine version and the rules and corpus it uses"
    static let help = """
        OVERVIEW: Show the engine version, where the rules and the corpus are found, and the digest of
        the rule set (the 'rulesDigest' every JSON output and report carries). 'imr --version' prints
        the version line alone.

        USAGE: imr version [--rules DIR] [--corpus DIR] [--format text|json]

        OPTIONS:
          --rules DIR      \(rulesOptionHelp)
          --corpus DIR     \(corpusOptionHelp)
          --format FORMAT  text (default) or json

        Lookup order for each: the option, the environment variable (IMR_RULES, IMR_CORPUS), then the
        data installed with imr (PREFIX/share/imr beside PREFIX/bin/imr, or the clone a build lives in).

        EXIT STATUS: 0 ok, 64 usage.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "rules", arity: .single), OptionSpec(name: "corpus", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    /// `imr 0.5.0`.
    static var versionLine: String { "imr \(EngineVersion.current)\n" }

    /// The JSON of `imr version`.
    struct Output: Encodable {
        var engineVersion: String
        var rules: String?
        var rulesSource: String?
        var rulesDigest: String?
        var corpus: String?
        var corpusSource: String?
    }

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.isEmpty else {
            console.error("error: unexpected argument '\(arguments.positionals[0])'\nRun 'imr version --help' for usage.")
            return .usage
        }
        let locator = DataLocator.current
        let rules = locator.locate(.rules, explicit: arguments.value("rules"))
        let corpus = locator.locate(.corpus, explicit: arguments.value("corpus"))
        let output = Output(
            engineVersion: EngineVersion.current, rules: rules?.path, rulesSource: rules?.source.rawValue,
            rulesDigest: rules.map { Provenance.digest(ofRulesIn: $0.path) }, corpus: corpus?.path, corpusSource: corpus?.source.rawValue)
        if arguments.value("format") == "json" {
            guard console.json(output) else { return .badInput }
            return .ok
        }
        var text = versionLine
        text += "rules:  " + (rules.map { "\($0.path) (\(source($0.source, .rules)))" } ?? "not found") + "\n"
        if let digest = output.rulesDigest { text += "digest: \(digest)\n" }
        text += "corpus: " + (corpus.map { "\($0.path) (\(source($0.source, .corpus)))" } ?? "not found") + "\n"
        console.out(text)
        return .ok
    }

    /// How a directory was found, for people.
    static func source(_ source: DataLocator.Source, _ kind: DataLocator.Kind) -> String {
        switch source {
        case .option: "from \(kind.option)"
        case .environment: "from \(kind.environmentVariable)"
        case .installed: "installed with imr"
        case .checkout: "the clone imr was built in"
        }
    }
}
