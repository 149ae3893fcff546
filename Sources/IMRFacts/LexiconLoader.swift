import IMRCore

extension Lexicon {
    /// Loads every `*.lexicon` file under `directory`, reporting every problem found.
    /// (Contract stub: the facts stage implements it.)
    public static func load(directory: String) -> (lexicon: Lexicon, diagnostics: [Diagnostic]) {
        (Lexicon(), [])
    }
}
