import IMRCore

/// How an option takes its value.
struct OptionSpec {
    enum Arity {
        /// `--flag`
        case flag
        /// `--name VALUE`, once.
        case single
        /// `--name VALUE`, any number of times.
        case repeated
    }

    /// Without the leading dashes: `format`.
    var name: String
    var arity: Arity
    /// Allowed values, when the option takes one of a fixed list.
    var choices: [String]? = nil
}

/// A command line after option parsing: options by name, then the positional arguments.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    /// The last value of `--name`, or `nil`.
    func value(_ name: String) -> String? { values[name]?.last }
    /// Every value of a repeated `--name`.
    func all(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether `--name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A usage error, printed with the command's usage line and exit status 64.
struct UsageError: Error {
    var message: String
}

/// Parses `arguments` against `specs`: `--name value`, `--name=value`, `--flag`, `--` ends options,
/// `-` is a positional (stdin).
func parseArguments(_ arguments: [String], specs: [OptionSpec]) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
        let argument = arguments[index]
        index += 1
        if optionsEnded || !argument.hasPrefix("--") {
            if !optionsEnded && argument.hasPrefix("-") && argument != "-" {
                throw UsageError(message: "unknown option '\(argument)'")
            }
            parsed.positionals.append(argument)
            continue
        }
        if argument == "--" {
            optionsEnded = true
            continue
        }
        var name = String(argument.dropFirst(2))
        var inlineValue: String?
        if let equals = name.firstIndex(of: "=") {
            inlineValue = String(name[name.index(after: equals)...])
            name = String(name[..<equals])
        }
        guard let spec = specs.first(where: { $0.name == name }) else {
            let suggestion = Suggestion.closest(to: name, in: specs.map(\.name)).map { "; did you mean '--\($0)'?" } ?? ""
            throw UsageError(message: "unknown option '--\(name)'\(suggestion)")
        }
        switch spec.arity {
        case .flag:
            if inlineValue != nil { throw UsageError(message: "option '--\(name)' takes no value") }
            parsed.flags.insert(name)
        case .single, .repeated:
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError(message: "option '--\(name)' needs a value") }
                value = arguments[index]
                index += 1
            }
            if let choices = spec.choices, !choices.contains(value) {
                throw UsageError(
                    message: "invalid value '\(value)' for '--\(name)'; expected one of: \(choices.joined(separator: ", "))")
            }
            if spec.arity == .single, parsed.values[name] != nil {
                throw UsageError(message: "option '--\(name)' given more than once")
            }
            parsed.values[name, default: []].append(value)
        }
    }
    return parsed
}
