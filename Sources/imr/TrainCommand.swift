/// `imr train`: not yet implemented.
enum TrainCommand: Command {
    static let name = "train"
    static let abstract = "(not yet implemented)"
    static let help = "USAGE: imr train\n"
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        console.error("error: 'imr train' is not implemented yet")
        return .usage
    }
}
