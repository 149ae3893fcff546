/// `imr parse`: not yet implemented.
enum ParseCommand: Command {
    static let name = "parse"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr parse\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr parse' is not implemented yet")
        return .usage
    }
}
