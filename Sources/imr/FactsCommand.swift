/// `imr facts`: not yet implemented.
enum FactsCommand: Command {
    static let name = "facts"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr facts\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr facts' is not implemented yet")
        return .usage
    }
}
