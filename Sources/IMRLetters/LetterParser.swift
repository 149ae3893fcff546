import IMRCore

/// Parses the text of an IMR letter (contract stub: the letters stage implements it).
public enum LetterParser {
    /// Parses `data` read from `file`; throws a ``IMRCore/Diagnostic`` naming the file and what is wrong.
    public static func parse(_ data: [UInt8], file: String) throws(Diagnostic) -> Letter {
        throw Diagnostic(message: "letter parser not implemented", location: SourceLocation(file: file))
    }
}
