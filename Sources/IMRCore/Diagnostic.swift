/// Where something happened in a file: 1-based line and column (column counts UTF-8 bytes).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The path as the user gave it.
    public var file: String
    /// 1-based line number, or `nil` when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column number, or `nil` when only the line is known.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file`, `file:line` or `file:line:column`.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Sendable, Codable, Comparable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found in an input file, printed compiler-style:
/// `Rules/opioids.rules:12:5: error: [R010] unknown fact 'functional_improvment'; did you mean 'functional_improvement'?`
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible, Error {
    /// A stable code (`R010`, `L002`, `P001`…) documented in `docs/`, or `nil` for plain input errors.
    public var code: String?
    public var severity: DiagnosticSeverity
    public var message: String
    public var location: SourceLocation
    /// Extra lines printed after the diagnostic (`note: …`).
    public var notes: [String]

    public init(
        code: String? = nil, severity: DiagnosticSeverity = .error, message: String,
        location: SourceLocation, notes: [String] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// The diagnostic in the one-line compiler format, followed by its notes.
    public var description: String {
        var text = "\(location): \(severity.rawValue): "
        if let code { text += "[\(code)] " }
        text += message
        for note in notes { text += "\n\(location): note: \(note)" }
        return text
    }
}
