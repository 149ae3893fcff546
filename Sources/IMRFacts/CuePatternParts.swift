import IMRVocabulary

/// How the facts stage cuts a cue pattern's phrase into words, shared by the phrase matcher and the
/// inflection of pattern phrases.
extension CuePattern {
    /// The space-separated parts of pattern phrase `phrase` (empty ones left out), each with whether
    /// it may be a gap word (it starts with `.`) or a prefix word (it ends with `*`). An ASCII phrase
    /// (every canonical phrase) is cut on its bytes, where a space is a `Character` of its own (as
    /// `split(separator: " ")` cuts it, without a `Character` walk: every load reads 1,800 such
    /// phrases); other phrases are split as before and every part is asked.
    static func parts(of phrase: String) -> [(text: String, mayBeGap: Bool, mayBePrefix: Bool)] {
        var parts: [(text: String, mayBeGap: Bool, mayBePrefix: Bool)] = []
        let isASCII = forEachASCIIPart(of: phrase) { part in
            parts.append(
                (String(decoding: part, as: UTF8.self), part.first == UInt8(ascii: "."), part.last == UInt8(ascii: "*")))
        }
        guard isASCII else {
            return phrase.split(separator: " ").map { (String($0), true, true) }
        }
        return parts
    }

    /// Calls `body` with the bytes of each part of pattern phrase `phrase` that ``parts(of:)``
    /// gives (never empty), in order, and returns true; returns false, calling nothing, when the
    /// phrase is not ASCII. The parts are read where they stand, without a `String` each (every
    /// pattern phrase, most of them a slot's, is cut at every load).
    static func forEachASCIIPart(of phrase: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            var start = 0
            while start < bytes.count {
                guard bytes[start] != 32 else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < bytes.count, bytes[end] != 32 { end += 1 }
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
            return true
        }
    }
}
