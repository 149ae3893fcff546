/// `imr test`: not yet implemented.
enum TestCommand: Command {
    static let name = "test"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr test\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr test' is not implemented yet")
        return .usage
    }
}
