import IMRCore

/// The stable codes of the diagnostics of the lexicon, cue data and fact schema (documented in
/// `docs/facts.md`): `L` for `.lexicon` files, `C` for `.cues` files, `F` for the fact schema.
public enum VocabularyDiagnosticCode: String, Sendable, CaseIterable {
    /// Lexicon syntax: unknown entry kind or line, bad id, indented line outside an entry, empty
    /// list, `ingredients` on a non-drug, a malformed `code` line, a procedure with no category or
    /// with more than one.
    case lexiconSyntax = "L001"
    /// A term id defined twice in a vocabulary, or a code defined twice.
    case duplicateTerm = "L002"
    /// An unknown parent or ingredient, an unknown term in a `code` line, or a procedure's
    /// `category` naming a term that is not a category.
    case unknownParent = "L003"
    /// A phrase claimed by two terms of the same vocabulary.
    case phraseConflict = "L004"
    /// The lexicon directory or one of its files cannot be read.
    case unreadable = "L005"
    /// A term Swift names (``Term``) that the lexicon lacks in its vocabulary.
    case missingTerm = "L006"
    /// Cue syntax: unknown entry kind or line, bad name or label, empty list, indented line outside
    /// an entry, a broken gap (``CuePattern``).
    case cueSyntax = "C001"
    /// A set, fact or group name defined twice.
    case duplicateCueSet = "C002"
    /// A set, fact or group the extractor reads (``CueName``, ``TermGroupName``) that is missing,
    /// of the wrong kind, or lacks a label it reads.
    case missingCueSet = "C003"
    /// A phrase given two labels in one set.
    case conflictingLabel = "C004"
    /// A word list item of several words, a gap in a word list, or a label that must be a number and is not.
    case cueShape = "C005"
    /// A group names an unknown term or vocabulary, or a `surgery_diagnosis` label that is not a diagnosis.
    case unknownGroupTerm = "C006"
    /// A cue `fact` entry for a fact the schema lacks or defines with another kind, or whose labels
    /// are not `yes`/`no`.
    case declaredFact = "C007"
    /// A warning: a set or group that nothing reads (not a ``CueName``, a ``TermGroupName`` or a
    /// `fact` entry), so its phrases have no effect.
    case unreadCueEntry = "C008"
    /// A warning: a folded cue phrase written with the plural of an initialism (`initialisms`:
    /// "adls") that is not found where a summary writes that plural in capitals ("ADLs").
    case pluralInitialism = "C009"
    /// A cue phrase's slot (`<NAME>`) names no set defined above it, or its own set.
    case unknownSlotSet = "C010"
    /// A `topic` entry that names no fact of the schema, has no words, labels them otherwise than
    /// `words`, or is read `with` an unknown set.
    case topicEntry = "C011"
    /// Fact schema syntax: not a scope or `values` line, bad name, unknown kind, missing summary or list.
    case schemaSyntax = "F001"
    /// A fact or values list defined twice.
    case duplicateFact = "F002"
    /// A kind names an unknown vocabulary.
    case unknownVocabulary = "F003"
    /// A lexicon directory with cue data and no `.schema` file.
    case missingSchema = "F004"
    /// A fact Swift names (``FactName``) that neither the schema nor the cue data defines.
    case missingFact = "F005"
    /// A fact of the schema that neither Swift nor a cue `fact` entry produces.
    case unproducedFact = "F006"
}

extension Diagnostic {
    /// A lexicon, cue data or fact schema diagnostic with `code` at `location`.
    static func vocabulary(
        _ code: VocabularyDiagnosticCode, _ message: String, at location: SourceLocation, severity: DiagnosticSeverity = .error
    ) -> Diagnostic {
        Diagnostic(code: code.rawValue, severity: severity, message: message, location: location)
    }
}
