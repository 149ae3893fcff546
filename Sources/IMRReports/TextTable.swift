/// A plain-text table with aligned columns: the first column left-aligned, the others right-aligned.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]] = []

    /// An empty table with the column titles `header`.
    public init(_ header: [String]) {
        self.header = header
    }

    /// Appends one row (a cell per column).
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table, two spaces between columns, indented by `indent` spaces.
    public func render(indent: Int = 2) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        let pad = String(repeating: " ", count: indent)
        return all.map { row in
            var line = pad
            for (column, cell) in row.enumerated() {
                let fill = String(repeating: " ", count: max(0, widths[column] - cell.count))
                line += column == 0 ? cell + fill : "  " + fill + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}

/// Number formatting for reports.
public enum Format {
    /// `0.885` (three decimals).
    public static func ratio(_ value: Double) -> String {
        let scaled = (value * 1000).rounded()
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        let fraction = String(magnitude % 1000)
        return (negative ? "-" : "") + "\(magnitude / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// `12.3%`.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// `text` cut to `limit` characters with an ellipsis.
    public static func truncate(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
