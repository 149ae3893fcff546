/// `imr lint`: not yet implemented.
enum LintCommand: Command {
    static let name = "lint"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr lint\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr lint' is not implemented yet")
        return .usage
    }
}
