import Foundation
import IMRCore

/// The JSON of `imr eval` written piece by piece, so that the rows of a large run never have to be
/// in memory at once.
///
/// `--format json` is the pretty-printed, sorted-key document of ``EvaluationReport``: its `items`
/// array holds one row per item, and every other key is a summary known only at the end of the run.
/// Each row is encoded as soon as its letter is evaluated (``prettyRow(_:)``), kept outside memory,
/// and spliced into the summary's empty `items` array at the end (``splice(summary:rows:)``): the
/// bytes are the same as encoding the whole report at once.
///
/// `--format jsonl` is JSON Lines: one compact, sorted-key object per line, in file order:
/// `{"item":{…}}` for each item and `{"failure":{…}}` for each letter that failed, as produced,
/// then `{"summary":{…}}`, the report without its items.
public enum StreamedJSON {
    /// The row as it appears inside the report's `items` array: pretty-printed, every line indented
    /// by four spaces, no trailing newline.
    public static func prettyRow(_ row: EvaluationReport.ItemRow) throws -> [UInt8] {
        if row.trace == nil { return RowJSON.row(row, pretty: true, depth: 2) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let encoded = try encoder.encode(row)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count + encoded.count / 8)
        var lineStart = true
        for byte in encoded {
            // A newline inside a JSON string is escaped, so every raw newline starts a new line;
            // the blank line of an empty array stays blank, as the encoder writes it.
            if lineStart && byte != 10 { bytes += [32, 32, 32, 32] }
            bytes.append(byte)
            lineStart = byte == 10
        }
        return bytes
    }

    /// The JSON Lines record of an item row (``line(_:_:)``).
    public static func line(_ key: String, _ row: EvaluationReport.ItemRow) throws -> [UInt8] {
        guard row.trace == nil else { return try encodedLine(key, row) }
        return Array("{\"\(key)\":".utf8) + RowJSON.row(row, pretty: false) + Array("}\n".utf8)
    }

    /// One JSON Lines record, `{"KEY":VALUE}` and a newline.
    public static func line(_ key: String, _ value: some Encodable) throws -> [UInt8] {
        try encodedLine(key, value)
    }

    private static func encodedLine(_ key: String, _ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array("{\"\(key)\":".utf8) + Array(try encoder.encode(value)) + Array("}\n".utf8)
    }

    /// The summary line of JSON Lines: `summary` (whose `items` are empty) without its `items` key.
    public static func summaryLine(_ summary: EvaluationReport) throws -> [UInt8] {
        var bytes = try line("summary", summary)
        let empty = Array("\"items\":[],".utf8)
        if let range = bytes.firstRange(of: empty) { bytes.removeSubrange(range) }
        return bytes
    }

    /// The parts of the `--format json` document around the rows: `summary` (whose `items` are
    /// empty) encoded as ``JSONOutput`` does, cut inside its empty `items` array. The document is
    /// `head`, the rows joined by `,\n`, then `tail`; with no row, `head + tail` is `summary` itself.
    public static func splice(summary: EvaluationReport) throws -> (head: [UInt8], tail: [UInt8]) {
        let document = Array(try JSONOutput.string(summary).utf8)
        // Keys are indented by exactly two spaces at the top level only.
        guard let open = document.firstRange(of: Array("\n  \"items\" : [\n".utf8)),
            document[open.upperBound...].starts(with: Array("\n  ]".utf8))
        else { throw SpliceError() }
        return (Array(document[..<open.upperBound]), Array(document[open.upperBound...]))
    }

    /// The summary had no empty top-level `items` array to fill.
    public struct SpliceError: Error {}
}
