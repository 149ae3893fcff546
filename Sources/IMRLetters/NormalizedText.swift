/// Text with PDF artefacts normalised (doubled blank lines, trailing spaces, words split at line
/// ends, page gaps), remembering for every UTF-8 offset of `text` the UTF-8 offset it came from in
/// the original letter.
public struct NormalizedText: Hashable, Sendable, Codable {
    /// The normalised text.
    public var text: String
    /// `originalOffsets[i]` is the UTF-8 offset in the original letter of UTF-8 byte `i` of `text`;
    /// it has `text.utf8.count + 1` entries (the last maps the end).
    public var originalOffsets: [Int]

    public init(text: String, originalOffsets: [Int]) {
        self.text = text
        self.originalOffsets = originalOffsets
    }

    /// Text whose offsets are its own (for a bare summary that was never normalised).
    public init(verbatim text: String) {
        self.text = text
        self.originalOffsets = Array(0...text.utf8.count)
    }

    /// The original UTF-8 offset of UTF-8 offset `offset` of `text`.
    public func originalOffset(of offset: Int) -> Int {
        originalOffsets[min(max(offset, 0), originalOffsets.count - 1)]
    }
}
