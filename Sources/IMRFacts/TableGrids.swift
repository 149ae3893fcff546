/// A table of a note: a header line naming its columns and the lines under it, each cut into the
/// same columns, whatever divides them: bars (`Measure | Initial | Discharge | Goal`), tabs, or
/// runs of two spaces or more aligned under the header's words (a flowsheet pasted as text).
///
/// Readers ask what a column is from its header cell's words (a time, a goal) and read a row's
/// cells by column: a row is one line, its first cell the thing it is about.
struct TableGrid: Sendable {
    /// The header's cells, as ranges of tokens of the text, one a column.
    let header: [Range<Int>]
    /// Each row's cells by column (an empty range where the row leaves a column blank).
    let rows: [[Range<Int>]]
}

enum TableGrids {
    /// How a line divides its cells.
    private enum Divider: Equatable { case bar, tab, spaces }

    /// The tables of `text`: runs of two lines or more that each divide into two cells or more by
    /// one divider, the first line their header. With bars or tabs a row's cells are its
    /// header's columns in order; with spaces a cell is of the last column whose header cell
    /// starts no more than two characters after it (numbers are often set a little to the left).
    static func tables(in text: CaseText) -> [TableGrid] { tables(of: text.bytes, tokens: text.tokens) }

    /// The rows of the tables of `bytes` (with its `tokens`) whose header names a request
    /// (`table_request_heads`: "Service/good requested", "Requested treatment"): a request form's
    /// grid asks for its rows, so they tell nothing done (a test requested at this visit is no test
    /// done today). As ranges of tokens, one a row.
    static func requestedRows(of bytes: [UInt8], tokens: [Token], heads: WordList) -> [Range<Int>] {
        tables(of: bytes, tokens: tokens).flatMap { table -> [Range<Int>] in
            guard table.header.contains(where: { cell in cell.contains { heads.contains(tokens[$0]) } }) else { return [] }
            return table.rows.compactMap { row in
                let cells = row.filter { !$0.isEmpty }
                guard let first = cells.map(\.lowerBound).min(), let last = cells.map(\.upperBound).max() else { return nil }
                return first..<last
            }
        }
    }

    /// The tables of `bytes`, their cells as ranges of `tokens`.
    private static func tables(of bytes: [UInt8], tokens: [Token]) -> [TableGrid] {
        guard mayHoldTable(bytes) else { return [] }
        var lines: [(divider: Divider, cells: [Range<Int>], start: Int)] = []
        var tables: [TableGrid] = []
        func close() {
            if lines.count >= 2 { tables.append(grid(of: lines, tokens)) }
            lines = []
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            if let (divider, cells) = cells(of: start..<end, bytes), cells.count >= 2 {
                if let first = lines.first, first.divider != divider { close() }
                lines.append((divider, cells, start))
            } else {
                close()
            }
            start = end + 1
        }
        close()
        return tables
    }

    /// The table of `lines` (the first its header), its cells as token ranges.
    private static func grid(of lines: [(divider: Divider, cells: [Range<Int>], start: Int)], _ tokens: [Token]) -> TableGrid {
        let header = lines[0]
        let columns = header.cells.map { $0.lowerBound - header.start }
        let rows = lines.dropFirst().map { line -> [Range<Int>] in
            var row = Array(repeating: 0..<0, count: columns.count)
            for (index, cell) in line.cells.enumerated() {
                let column: Int
                if line.divider == .spaces {
                    let offset = cell.lowerBound - line.start
                    column = columns.lastIndex { $0 <= offset + 2 } ?? 0
                } else {
                    column = index
                }
                guard column < row.count else { continue }
                let range = tokenRange(of: cell, tokens)
                row[column] = row[column].isEmpty ? range : row[column].lowerBound..<max(row[column].upperBound, range.upperBound)
            }
            return row
        }
        return TableGrid(header: header.cells.map { tokenRange(of: $0, tokens) }, rows: rows)
    }

    /// The tokens of `tokens` that start in byte range `range`.
    private static func tokenRange(of range: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        let low = tokens.partitioningIndex { $0.start >= range.lowerBound }
        let high = tokens.partitioningIndex { $0.start >= range.upperBound }
        return low..<max(low, high)
    }

    /// The divider of the line `range` of `bytes` and its cells (byte ranges, spaces trimmed), or
    /// `nil` when no divider cuts it: a bar, else a tab, else a run of two spaces or more after
    /// its first word. A bar's line keeps its empty cells between bars (a blank column), not the
    /// ones before its first bar or after its last.
    private static func cells(of range: Range<Int>, _ bytes: [UInt8]) -> (Divider, [Range<Int>])? {
        var low = range.lowerBound
        while low < range.upperBound, bytes[low] == 32 || bytes[low] == 9 || bytes[low] == 13 { low += 1 }
        var high = range.upperBound
        while high > low, bytes[high - 1] == 32 || bytes[high - 1] == 9 || bytes[high - 1] == 13 { high -= 1 }
        guard low < high else { return nil }
        let line = low..<high
        if line.contains(where: { bytes[$0] == 124 }) {
            var cells: [Range<Int>] = []
            var cellStart = line.lowerBound
            for index in line where bytes[index] == 124 {
                cells.append(trimmed(cellStart..<index, bytes))
                cellStart = index + 1
            }
            cells.append(trimmed(cellStart..<line.upperBound, bytes))
            if cells.first?.isEmpty == true { cells.removeFirst() }
            if cells.last?.isEmpty == true { cells.removeLast() }
            return (.bar, cells)
        }
        let divider: Divider = line.contains(where: { bytes[$0] == 9 }) ? .tab : .spaces
        var cells: [Range<Int>] = []
        var cellStart = line.lowerBound
        var index = line.lowerBound
        while index < line.upperBound {
            var gap = index
            while gap < line.upperBound, bytes[gap] == 32 || bytes[gap] == 9 { gap += 1 }
            let divides = divider == .tab ? bytes[index..<gap].contains(9) : gap - index >= 2
            if gap > index, divides {
                cells.append(cellStart..<index)
                cellStart = gap
            }
            index = gap > index ? gap : index + 1
        }
        cells.append(cellStart..<line.upperBound)
        return cells.count >= 2 ? (divider, cells) : nil
    }

    /// Whether the line `range` of `bytes` is a table's line that ends its sentence at its break: it
    /// ends with no mark (`.`, `!`, `?`, `:`, `;`, `,`) and a bar, a tab or a run of two spaces or
    /// more after its first word cuts it into cells ("Knee flexion   85   118   130"). A table's
    /// header and rows are thus a sentence each, and the line after the table is not read with
    /// its last row (``CaseText``).
    static func endsSentence(line range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high = range.upperBound
        while high > range.lowerBound, bytes[high - 1] == 32 || bytes[high - 1] == 13 || bytes[high - 1] == 9 { high -= 1 }
        guard high > range.lowerBound else { return false }
        switch bytes[high - 1] {
        case 46, 33, 63, 58, 59, 44: return false
        default: break
        }
        var low = range.lowerBound
        while low < high, bytes[low] == 32 || bytes[low] == 9 { low += 1 }
        var index = low
        while index < high {
            let byte = bytes[index]
            if byte == 124 || byte == 9 || byte == 32 && index + 1 < high && bytes[index + 1] == 32 { return true }
            index += 1
        }
        return false
    }

    /// `range` of `bytes` without the spaces at its ends.
    private static func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, bytes[low] == 32 || bytes[low] == 9 { low += 1 }
        while high > low, bytes[high - 1] == 32 || bytes[high - 1] == 9 { high -= 1 }
        return low..<high
    }

    /// Whether `bytes` hold a bar, a tab, or two spaces in a row after a byte that is not a space
    /// or a line break: one pass, before any line is cut.
    private static func mayHoldTable(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 2 else { return false }
            for index in 1..<(buffer.count - 1) {
                let byte = buffer[index]
                if byte == 124 || byte == 9 { return true }
                if byte == 32, buffer[index + 1] == 32, buffer[index - 1] != 32, buffer[index - 1] != 10 { return true }
            }
            return buffer[0] == 124 || buffer[0] == 9
        }
    }
}
