/// `imr diff`: not yet implemented.
enum DiffCommand: Command {
    static let name = "diff"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr diff\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr diff' is not implemented yet")
        return .usage
    }
}
