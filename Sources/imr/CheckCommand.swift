/// `imr check`: not yet implemented.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr check\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr check' is not implemented yet")
        return .usage
    }
}
