import IMRCore

/// Every subcommand, in the order `imr help` lists them.
var commands: [any Command.Type] {
    [
        EvalCommand.self,
        ParseCommand.self,
        FactsCommand.self,
        CheckCommand.self,
        ExplainCommand.self,
        LintCommand.self,
        TestCommand.self,
        DiffCommand.self,
        TrainCommand.self,
        BenchCommand.self,
        GoldCommand.self,
        ParaphraseCommand.self,
        VersionCommand.self,
    ]
}

/// The text of `imr help`.
func overview() -> String {
    var text = """
        imr: predict and explain California workers' compensation IMR outcomes

        USAGE: imr <command> [options]

        COMMANDS:

        """
    let width = commands.map { $0.name.count }.max() ?? 0
    for command in commands {
        text += "  " + command.name + String(repeating: " ", count: width - command.name.count + 2) + command.abstract + "\n"
    }
    text += "\nRun 'imr help <command>' or 'imr <command> --help' for a command's options; 'imr --version' for the version.\n"
    return text
}

/// Runs `imr` with `arguments` (without the program name) and returns the exit status.
func runMain(_ arguments: [String]) -> ExitStatus {
    let console = Console()
    guard let first = arguments.first else {
        console.error(overview())
        return .usage
    }
    if first == "--version" {
        console.out(VersionCommand.versionLine)
        return .ok
    }
    if first == "help" || first == "--help" || first == "-h" {
        if arguments.count > 1 {
            guard let command = commands.first(where: { $0.name == arguments[1] }) else {
                console.error("error: unknown command '\(arguments[1])'")
                return .usage
            }
            console.out(command.help)
            return .ok
        }
        console.out(overview())
        return .ok
    }
    guard let command = commands.first(where: { $0.name == first }) else {
        let suggestion = Suggestion.closest(to: first, in: commands.map { $0.name }).map { "; did you mean '\($0)'?" } ?? ""
        console.error("error: unknown command '\(first)'\(suggestion)\nRun 'imr help' for the list of commands.")
        return .usage
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        console.out(command.help)
        return .ok
    }
    do {
        let parsed = try parseArguments(rest, specs: command.options)
        return command.run(parsed, console)
    } catch {
        console.error("error: \(error.message)\nRun 'imr \(command.name) --help' for usage.")
        return .usage
    }
}
