/// `imr bench`: not yet implemented.
enum BenchCommand: Command {
    static let name = "bench"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr bench\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr bench' is not implemented yet")
        return .usage
    }
}
