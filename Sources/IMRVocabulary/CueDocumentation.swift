import Foundation

extension CueLibrary {
    /// The cue tables of `docs/facts.md`: one table per `.cues` file (in file-name order), one row
    /// per entry and label in file order, listing its phrases (or term ids) as the data holds them.
    public func markdownTables() -> String {
        struct Row {
            var file: String
            var line: Int
            var text: String
        }
        var rows: [Row] = []
        func file(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }
        for set in sets.values {
            let kind = set.topic != nil ? "topic" : set.fact == nil ? "set" : "fact"
            var about = ""
            if let fact = set.fact {
                if fact.winner == .no { about += " (a stated absence wins)" }
                if fact.readsReviewSentences { about += " (review sentences read)" }
                for entry in Skips.table where fact.skips.contains(entry.option) { about += " (\(entry.documentation))" }
            }
            if set.topicScopedToRegion { about += " (the requested region's sentences)" }
            if let context = set.topicContext { about += " (in a sentence with `\(context)`)" }
            var lines = ["| \(kind) `\(set.topic ?? set.name)`\(escape(about)) | | |"]
            for label in set.labels {
                let phrases = set.phrases.filter { $0.label == label }.map(\.phrase)
                lines.append("| | \(label) | \(escape(phrases.joined(separator: ", "))) |")
            }
            rows.append(Row(file: file(set.location.file), line: set.location.line ?? 0, text: lines.joined(separator: "\n")))
        }
        for group in groups.values {
            var lines = ["| group `\(group.name)` (\(group.vocabulary) ids) | | |"]
            for label in group.labels {
                lines.append("| | \(label) | \(group.members.filter { $0.label == label }.map(\.phrase).joined(separator: ", ")) |")
            }
            rows.append(Row(file: file(group.location.file), line: group.location.line ?? 0, text: lines.joined(separator: "\n")))
        }
        rows.sort { ($0.file, $0.line) < ($1.file, $1.line) }
        var out = ""
        var current: String?
        for row in rows {
            if row.file != current {
                if current != nil { out += "\n" }
                out += "#### `\(row.file)`\n\n| entry | label | phrases |\n|---|---|---|\n"
                current = row.file
            }
            out += row.text + "\n"
        }
        return out
    }

    private func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
