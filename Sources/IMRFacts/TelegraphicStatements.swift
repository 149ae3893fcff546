import IMRVocabulary

/// Statements of a note that leave out their subject and verb ("At MMI.", "A: at MMI; FCE
/// requested."): a declared fact's phrase labelled `opening` states the finding only where it opens
/// its statement, where nothing could govern it (no word stands before it in its sentence, or a `:`
/// or `;` stands right before it), and ends it. Elsewhere the same words belong to another
/// statement ("FCE at MMI", "to be rated at MMI", "not close to or at MMI", "At MMI, an
/// FCE may be needed") and state nothing.
enum TelegraphicStatements {
    /// `hits` with each `opening` hit read as a `yes` where it opens its statement, and left out
    /// elsewhere; the other hits as they are.
    static func read(_ hits: [CueHit], _ text: CaseText, cues: CueBook) -> [CueHit] {
        guard hits.contains(where: { $0.label == .opening }) else { return hits }
        let continuations = cues.wordList(.telegraphicContinuations)
        return hits.compactMap { hit in
            guard hit.label == .opening else { return hit }
            guard opens(hit, text, continuations: continuations) else { return nil }
            var read = hit
            read.label = CueLabelID(.yes)
            return read
        }
    }

    /// Whether `hit` is a statement of its own: it opens its statement (the first word of its
    /// sentence, or right after a `:` or `;`) and ends it, or only a word of
    /// `telegraphic_continuations` follows it there ("At MMI per the QME", "At MMI since
    /// 10/2016"); a phrase of time before a clause is none ("At MMI, an FCE may be needed", "at MMI
    /// an FCE may be considered").
    static func opens(_ hit: CueHit, _ text: CaseText, continuations: WordList) -> Bool {
        let sentence = text.sentences[hit.sentence]
        let next = hit.last + 1
        if next < sentence.tokens.upperBound, !text.tokens[next].semicolonBefore, !continuations.contains(text.tokens[next]) {
            return false
        }
        guard hit.first > sentence.tokens.lowerBound else { return true }
        let token = text.tokens[hit.first]
        if token.semicolonBefore { return true }
        return text.bytes[text.tokens[hit.first - 1].end..<token.start].contains(58)
    }
}
