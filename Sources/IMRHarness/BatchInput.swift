import Foundation
import IMRCore

/// One case of an `imr check --batch` file: where its summary is, its requests, and its line.
public struct BatchRecord: Hashable, Sendable {
    /// The 1-based line the record starts on.
    public var line: Int
    /// The caller's identifier of the record, echoed in the output.
    public var id: String?
    /// A path to the summary or letter (relative paths are resolved by the caller).
    public var casePath: String?
    /// The summary text itself.
    public var summary: String?
    /// The requested items, predicted together.
    public var requests: [String]
    /// The date the case is judged at (for edition awareness), when given.
    public var asOf: SimpleDate?

    public init(
        line: Int, id: String? = nil, casePath: String? = nil, summary: String? = nil, requests: [String], asOf: SimpleDate? = nil
    ) {
        self.line = line
        self.id = id
        self.casePath = casePath
        self.summary = summary
        self.requests = requests
        self.asOf = asOf
    }
}

/// Reads the cases of an `imr check --batch` file: JSON Lines (one object per line) or CSV with a
/// header row. Each record, or the problem with its line, in input order; blank lines are skipped.
///
/// Fields (JSON key / CSV column): `case` (a path) or `summary` (the text), `request` (JSON: a
/// string; CSV: one or more `request` columns) or `requests` (JSON: an array), optional `id` and
/// `asOf` (CSV also `as_of`; `YYYY-MM-DD` or `MM/DD/YYYY`).
public enum BatchInput {
    /// The fields a record may have.
    static let fields = ["case", "summary", "request", "requests", "id", "asOf"]

    /// The records of `data` read from `file`: CSV when the name ends in `.csv` or the first
    /// non-blank byte is not `{`, else JSON Lines. Throws when the whole file is unfit (a CSV
    /// header naming an unknown column).
    public static func records(data: [UInt8], file: String) throws(Diagnostic) -> [Result<BatchRecord, Diagnostic>] {
        let first = data.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        if file.lowercased().hasSuffix(".csv") || (first != nil && first != UInt8(ascii: "{")) {
            return try csvRecords(data: data, file: file)
        }
        return jsonLinesRecords(data: data, file: file)
    }

    // MARK: JSON Lines

    static func jsonLinesRecords(data: [UInt8], file: String) -> [Result<BatchRecord, Diagnostic>] {
        var results: [Result<BatchRecord, Diagnostic>] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            let at = SourceLocation(file: file, line: lineNumber)
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                results.append(.failure(Diagnostic(message: "not a JSON object", location: at)))
                continue
            }
            results.append(record(fields: object, line: lineNumber, at: at))
        }
        return results
    }

    /// The record of one JSON object.
    static func record(fields object: [String: Any], line: Int, at: SourceLocation) -> Result<BatchRecord, Diagnostic> {
        if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
            return .failure(
                Diagnostic(
                    message:
                        "unknown field '\(unknown)'\(Suggestion.didYouMean(unknown, in: fields)); expected \(fields.joined(separator: ", "))",
                    location: at))
        }
        var requests: [String] = []
        if let request = object["request"] {
            guard let text = request as? String else { return .failure(Diagnostic(message: "'request' must be a string", location: at)) }
            requests.append(text)
        }
        if let list = object["requests"] {
            guard let texts = list as? [String] else {
                return .failure(Diagnostic(message: "'requests' must be an array of strings", location: at))
            }
            requests += texts
        }
        var id: String?
        if let value = object["id"] {
            if let text = value as? String { id = text } else if let number = value as? NSNumber { id = number.stringValue }
        }
        for key in ["case", "summary", "asOf"] where object[key] != nil && !(object[key] is String) {
            return .failure(Diagnostic(message: "'\(key)' must be a string", location: at))
        }
        return validated(
            BatchRecord(line: line, id: id, casePath: object["case"] as? String, summary: object["summary"] as? String, requests: requests),
            asOf: object["asOf"] as? String, at: at)
    }

    /// Checks that a record names its case once and has requests, and reads its date.
    static func validated(_ record: BatchRecord, asOf: String?, at: SourceLocation) -> Result<BatchRecord, Diagnostic> {
        var record = record
        switch (record.casePath, record.summary) {
        case (nil, nil): return .failure(Diagnostic(message: "no 'case' (a path) or 'summary' (the text)", location: at))
        case (.some, .some): return .failure(Diagnostic(message: "give 'case' or 'summary', not both", location: at))
        default: break
        }
        if record.casePath?.allSatisfy(\.isWhitespace) == true {
            return .failure(Diagnostic(message: "'case' is empty", location: at))
        }
        record.requests = record.requests.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !record.requests.isEmpty else { return .failure(Diagnostic(message: "no request", location: at)) }
        if let asOf, !asOf.allSatisfy(\.isWhitespace) {
            guard let date = SimpleDate(asOf.trimmingCharacters(in: .whitespaces)) else {
                return .failure(Diagnostic(message: "'asOf' is not a date (YYYY-MM-DD or MM/DD/YYYY): '\(asOf)'", location: at))
            }
            record.asOf = date
        }
        return .success(record)
    }

    // MARK: CSV

    static func csvRecords(data: [UInt8], file: String) throws(Diagnostic) -> [Result<BatchRecord, Diagnostic>] {
        var rows = CSVReader(data).rows()
        while let first = rows.first, first.cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { rows.removeFirst() }
        guard let header = rows.first else { return [] }
        let columns = header.cells.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "") }
        let known = ["case", "summary", "request", "id", "asOf", "as_of"]
        if let unknown = columns.first(where: { !known.contains($0) }) {
            throw Diagnostic(
                message:
                    "unknown column '\(unknown)'\(Suggestion.didYouMean(unknown, in: known)); expected a header of case or summary, request (one or more), id, as_of",
                location: SourceLocation(file: file, line: header.line))
        }
        var results: [Result<BatchRecord, Diagnostic>] = []
        for row in rows.dropFirst() {
            if row.cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            let at = SourceLocation(file: file, line: row.line)
            if let error = row.error {
                results.append(.failure(Diagnostic(message: error, location: at)))
                continue
            }
            guard row.cells.count <= columns.count else {
                results.append(.failure(Diagnostic(message: "\(row.cells.count) cells for \(columns.count) columns", location: at)))
                continue
            }
            func cell(_ name: String) -> String? {
                guard let index = columns.firstIndex(of: name), index < row.cells.count, !row.cells[index].isEmpty else { return nil }
                return row.cells[index]
            }
            let requests = columns.indices.filter { columns[$0] == "request" && $0 < row.cells.count }.map { row.cells[$0] }
            let record = BatchRecord(line: row.line, id: cell("id"), casePath: cell("case"), summary: cell("summary"), requests: requests)
            results.append(validated(record, asOf: cell("asOf") ?? cell("as_of"), at: at))
        }
        return results
    }
}

/// RFC 4180 CSV: comma-separated cells, `"` quotes a cell (which may then hold commas, newlines and
/// `""` for a quote); each row carries the line it starts on.
struct CSVReader {
    struct Row {
        var line: Int
        var cells: [String]
        var error: String?
    }

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func rows() -> [Row] {
        var rows: [Row] = []
        var index = 0
        var line = 1
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count {
            var row = Row(line: line, cells: [])
            var cell: [UInt8] = []
            var quoted = false
            var endOfRow = false
            while index < bytes.count && !endOfRow {
                let byte = bytes[index]
                index += 1
                if quoted {
                    if byte == UInt8(ascii: "\"") {
                        if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                            cell.append(byte)
                            index += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        if byte == 0x0A { line += 1 }
                        cell.append(byte)
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""):
                    if cell.allSatisfy({ $0 == 0x20 }) {
                        cell.removeAll()
                        quoted = true
                    } else {
                        cell.append(byte)
                    }
                case UInt8(ascii: ","):
                    row.cells.append(String(decoding: cell, as: UTF8.self))
                    cell.removeAll()
                case 0x0D where index < bytes.count && bytes[index] == 0x0A:
                    break
                case 0x0A:
                    line += 1
                    endOfRow = true
                default:
                    cell.append(byte)
                }
            }
            if quoted { row.error = "unterminated quoted cell" }
            row.cells.append(String(decoding: cell, as: UTF8.self))
            rows.append(row)
        }
        return rows
    }
}
