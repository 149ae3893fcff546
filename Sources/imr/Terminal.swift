import Foundation

/// What the terminal on stdout can show: colour, width, and whether a person is at the keyboard.
/// Colour is used only when stdout is a terminal, `NO_COLOR` is unset or empty and `TERM` is not
/// `dumb`; piped output is plain.
struct Terminal {
    /// Whether to use ANSI colour.
    var colour: Bool
    /// Columns to wrap at.
    var width: Int
    /// Whether both stdin and stdout are terminals (a person answers; pausing makes sense).
    var interactive: Bool

    /// The terminal of this process.
    static var current: Terminal {
        let environment = ProcessInfo.processInfo.environment
        let stdoutIsTerminal = isatty(1) != 0
        let colour = stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        var width = Int(environment["COLUMNS"] ?? "") ?? 0
        if stdoutIsTerminal {
            var size = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { width = Int(size.ws_col) }
        }
        return Terminal(colour: colour, width: width >= 20 ? width : 80, interactive: stdoutIsTerminal && isatty(0) != 0)
    }

    /// ANSI styles.
    enum Style: String {
        case bold = "1"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case boldRed = "1;31"
        case boldGreen = "1;32"
    }

    /// `text` in `style` when colour is on.
    func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A trace with its criterion statuses coloured: `[met]` green, `[unmet]` red, `[not documented]`
    /// yellow (unchanged without colour).
    func colourStatuses(_ text: String) -> String {
        guard colour else { return text }
        let styles: [(String, Style)] = [("[met]", .green), ("[unmet]", .red), ("[not documented]", .yellow)]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            for (token, style) in styles where rest.hasPrefix(token + " ") {
                return String(indent) + paint(token, style) + rest.dropFirst(token.count)
            }
            return String(line)
        }.joined(separator: "\n")
    }

    /// `text` with each line wider than `width` broken at spaces; a continuation keeps the line's
    /// indentation. Words longer than the width are left whole.
    func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            var lines: [String] = []
            var current = indent
            for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: true) {
                if current.count > indent.count && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = indent + word
                } else {
                    current += (current.count > indent.count ? " " : "") + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
