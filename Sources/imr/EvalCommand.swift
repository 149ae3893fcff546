/// `imr eval`: not yet implemented.
enum EvalCommand: Command {
    static let name = "eval"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr eval\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr eval' is not implemented yet")
        return .usage
    }
}
