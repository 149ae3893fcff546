import Foundation
import IMRCore
import IMREvaluation
import IMRHarness
import IMRLetters
import IMRReports

/// The run of `imr eval` as a stream: letters are read, parsed and evaluated on `jobs` threads and
/// reduced, in file order, to what the chosen format prints, so that memory does not grow with the
/// corpus for `json` and `jsonl`.
///
/// - Every format: a ``RunTally`` (metrics, per-category and per-rule counts, failures).
/// - `json`: each item's row is encoded on the worker thread and appended to a ``Spool`` on disk;
///   at the end the rows are spliced into the summary (``StreamedJSON``), the same bytes as encoding
///   the whole report at once.
/// - `jsonl`: each item and failure is written as one line as soon as its letter is done, the
///   summary last.
/// - `text`: the wrongly decided and abstained items (what the text report lists), without the
///   letters' summaries.
/// - `html`: every letter whole (the HTML report shows each letter); it grows with the corpus.
/// - With `--baseline` or `--save-baseline`: one small entry per item, to compare or save.
struct EvalStream {
    enum Format: String {
        case text, json, jsonl, html
    }

    var format: Format
    var explain: Bool
    var keepsBaseline: Bool
    /// The engine version and rules digest the summary and the HTML report carry.
    var provenance: Provenance? = nil

    /// What the streamed run kept.
    struct Result {
        var tally = RunTally()
        /// The letters the text or HTML report needs (only their listed items for text).
        var retained = CorpusRun(cases: [], failures: [])
        var baselineEntries: [Baseline.Entry] = []
        /// The encoded rows of `json`.
        var spool: Spool?
        /// The first error writing the spool or the output.
        var writeFailure: String?
    }

    /// One letter's outcome with its rows already encoded for the format (on the worker thread).
    struct Digest: Sendable {
        var outcome: LetterOutcome
        var encoded: [UInt8]
    }

    /// Encodes the rows of `outcome` as the format needs them: `json` pretty rows joined by `,\n`;
    /// `jsonl` one line per item or failure.
    func digest(_ outcome: LetterOutcome) -> Digest {
        var encoded: [UInt8] = []
        switch (format, outcome) {
        case (.json, .evaluated(let result)):
            for item in result.items {
                if !encoded.isEmpty { encoded += [44, 10] }
                encoded += (try? StreamedJSON.prettyRow(EvaluationReport.ItemRow(item, explain: explain))) ?? []
            }
        case (.jsonl, .evaluated(let result)):
            for item in result.items {
                encoded += (try? StreamedJSON.line("item", EvaluationReport.ItemRow(item, explain: explain))) ?? []
            }
        case (.jsonl, .failed(let failure)):
            encoded = (try? StreamedJSON.line("failure", failure)) ?? []
        default: break
        }
        return Digest(outcome: outcome, encoded: encoded)
    }

    /// Streams every letter of `corpus` through `runner`, writing `jsonl` lines to `output` as they
    /// come and printing each failure on stderr.
    func run(
        _ runner: CorpusRunner, corpus: String, jobs: Int, output: ReportOutput, _ console: Console
    ) throws(Diagnostic) -> Result {
        var result = Result()
        if format == .json {
            guard let spool = Spool() else {
                throw Diagnostic(message: "cannot create a temporary file", location: SourceLocation(file: NSTemporaryDirectory()))
            }
            result.spool = spool
        }
        let terminal = console.stderrIsTerminal
        let stream = self
        try runner.stream(
            corpus: corpus, jobs: jobs,
            progress: { done, total, path in
                if terminal { console.progress("[\(done)/\(total)] \(path)") }
            },
            transform: { stream.digest($0) },
            { digest in
                result.tally.add(digest.outcome)
                switch digest.outcome {
                case .evaluated(let letter):
                    if keepsBaseline { result.baselineEntries += letter.items.map(Baseline.Entry.init) }
                    switch format {
                    case .html: result.retained.cases.append(letter)
                    case .text: result.retained.cases.append(Self.listed(letter))
                    case .json, .jsonl: break
                    }
                case .failed(let failure):
                    if terminal { console.progress("") }
                    console.error("\(failure.location): error: \(failure.error)")
                    result.retained.failures.append(failure)
                }
                guard !digest.encoded.isEmpty, result.writeFailure == nil else { return }
                if let spool = result.spool {
                    result.writeFailure = spool.append(spool.count == 0 ? digest.encoded : [44, 10] + digest.encoded)
                } else {
                    output.write(digest.encoded)
                }
            })
        if terminal { console.progress("") }
        return result
    }

    /// The letter as the text report needs it: the wrong and abstained items and those right for
    /// another reason (reason agreement), no summary.
    static func listed(_ letter: CaseResult) -> CaseResult {
        CaseResult(
            file: letter.file,
            input: CaseInput(
                file: letter.input.file, header: LetterHeader(), credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: ""),
                requests: []),
            items: letter.items.filter { !$0.isCorrect || $0.reasonAgrees == false })
    }

    /// Writes the end of the report: the `json` document around the spooled rows, the `jsonl`
    /// summary line, or the whole `text` or `html` report.
    func finish(_ result: Result, comparison: BaselineComparison?, to output: ReportOutput) throws {
        var summary = EvaluationReport(tally: result.tally, items: [], comparison: comparison)
        summary.engineVersion = provenance?.engineVersion
        summary.rulesDigest = provenance?.rulesDigest
        switch format {
        case .json:
            let (head, tail) = try StreamedJSON.splice(summary: summary)
            output.write(head)
            if let spool = result.spool, let failure = spool.copy(to: output) { throw SpoolError(reason: failure) }
            output.write(tail)
        case .jsonl:
            output.write(try StreamedJSON.summaryLine(summary))
        case .text:
            output.write(Array(TextReport.render(summary, run: result.retained, explain: explain).utf8))
        case .html:
            var report = EvaluationReport(run: result.retained, explain: explain, comparison: comparison)
            report.engineVersion = provenance?.engineVersion
            report.rulesDigest = provenance?.rulesDigest
            output.write(Array(HTMLReport.render(report, run: result.retained).utf8))
        }
    }

    struct SpoolError: Error {
        var reason: String
    }
}

extension Baseline.Entry {
    /// The stored form of `item`: keyed by its letter relative to the corpus.
    init(_ item: ItemResult) {
        self.init(
            file: item.key, index: item.index, request: item.request, actual: item.actual, predicted: item.predicted,
            rule: item.prediction.rule, criteria: item.prediction.criteria.map(CriterionRecord.init))
    }
}
