import Foundation
import IMRCore
import IMREvaluation
import IMRHarness
import IMRLetters
import IMRReports

/// `imr check --batch FILE`: every case of a JSON Lines or CSV file in one process, one JSON line
/// of results per input line, in input order.
enum BatchCheck {
    /// The output line of one record: its results, or its error.
    struct Line: Encodable {
        var line: Int
        var id: String?
        var provenance: Provenance
        var results: [CheckReport.Entry]?
        var warnings: [String]?
        var error: String?

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case line, id, engineVersion, rulesDigest, results, warnings, error }
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(line, forKey: .line)
            try c.encodeIfPresent(id, forKey: .id)
            try c.encode(provenance.engineVersion, forKey: .engineVersion)
            try c.encode(provenance.rulesDigest, forKey: .rulesDigest)
            try c.encodeIfPresent(results, forKey: .results)
            try c.encodeIfPresent(warnings, forKey: .warnings)
            try c.encodeIfPresent(error, forKey: .error)
        }
    }

    /// Outcome counts for the summary line.
    struct Tally {
        var cases = 0
        var bad: [Int] = []
        var outcomes: [PredictedOutcome: Int] = [:]

        var summary: String {
            let requests = outcomes.values.reduce(0, +)
            var text = "checked \(cases) case\(cases == 1 ? "" : "s"), \(requests) request\(requests == 1 ? "" : "s"): "
            text += "\(outcomes[.upheld, default: 0]) upheld, \(outcomes[.overturned, default: 0]) overturned, "
            text += "\(outcomes[.abstain, default: 0]) abstain"
            if !bad.isEmpty {
                let shown = bad.prefix(10).map(String.init).joined(separator: ", ") + (bad.count > 10 ? ", …" : "")
                text += "; \(bad.count) bad line\(bad.count == 1 ? "" : "s") (\(shown))"
            }
            return text
        }
    }

    static func run(file: String, arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let data = console.readInput(file) else { return .badInput }
        guard let rules = dataDirectory(.rules, arguments, console) else { return .badInput }
        let (engine, diagnostics) = loadEngine(rules: rules)
        for diagnostic in diagnostics { console.error(diagnostic.description) }
        guard let engine else { return .findings }
        let provenance = Provenance(rulesDirectory: rules)
        let editions = EditionCheck(ruleSet: engine.ruleSet)
        let directory = file == "-" ? "." : (file as NSString).deletingLastPathComponent
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var tally = Tally()
        var output = Data()
        let entries: [Result<BatchRecord, Diagnostic>]
        do {
            entries = try BatchInput.records(data: data, file: file)
        } catch {
            console.error(error.description)
            return .badInput
        }
        for entry in entries {
            var line: Line
            switch entry {
            case .failure(let problem):
                line = Line(line: problem.location.line ?? 0, provenance: provenance, error: problem.message)
                console.error(problem.description)
            case .success(let record):
                do {
                    let input = try caseInput(record, directory: directory, batchFile: file)
                    let predictions = engine.predict(input)
                    for prediction in predictions { tally.outcomes[prediction.outcome, default: 0] += 1 }
                    line = Line(
                        line: record.line, id: record.id, provenance: provenance, results: predictions.map { CheckReport.Entry($0) },
                        warnings: editions.warnings(for: input, predictions: predictions, asOf: record.asOf))
                    tally.cases += 1
                } catch {
                    let message = error.location.file == file ? error.message : error.description
                    console.error("\(file):\(record.line): error: \(message)")
                    line = Line(line: record.line, id: record.id, provenance: provenance, error: message)
                }
            }
            if line.error != nil { tally.bad.append(line.line) }
            guard let json = try? encoder.encode(line) else { return .badInput }
            output.append(json)
            output.append(0x0A)
            if output.count > 1 << 16 {
                console.out(String(decoding: output, as: UTF8.self))
                output.removeAll(keepingCapacity: true)
            }
        }
        console.out(String(decoding: output, as: UTF8.self))
        console.error(tally.summary)
        return tally.bad.isEmpty ? .ok : .badInput
    }

    /// The case input of `record` of `batchFile`: its summary text, or the file it names (relative
    /// to `directory`).
    static func caseInput(_ record: BatchRecord, directory: String, batchFile: String) throws(Diagnostic) -> CaseInput {
        if let summary = record.summary {
            return try CaseCheck.input(data: Array(summary.utf8), file: batchFile, requests: record.requests)
        }
        let given = record.casePath ?? ""
        let path = given.hasPrefix("/") ? given : (directory as NSString).appendingPathComponent(given)
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(message: "cannot read case file '\(path)'", location: SourceLocation(file: batchFile, line: record.line))
        }
        return try CaseCheck.input(data: Array(contents), file: path, requests: record.requests)
    }
}
