/// `imr explain`: not yet implemented.
enum ExplainCommand: Command {
    static let name = "explain"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr explain\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr explain' is not implemented yet")
        return .usage
    }
}
