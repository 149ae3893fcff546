import Foundation
import IMRCore
import IMREvaluation
import IMRFacts
import IMRLetters

/// Runs the engine over every letter of a corpus directory.
public struct CorpusRunner: Sendable {
    public var engine: Engine

    public init(engine: Engine) {
        self.engine = engine
    }

    /// The `*.txt` files under `directory`, as (display path, path relative to the directory), sorted.
    public static func letterFiles(in directory: String) throws(Diagnostic) -> [(path: String, key: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(message: "corpus directory not found", location: SourceLocation(file: directory))
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let keys = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".txt") }
            .sorted()
        return keys.map { (base + "/" + $0, $0) }
    }

    /// Reads and parses the letter at `path`.
    public static func readLetter(at path: String) throws(Diagnostic) -> Letter {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(message: "cannot read file", location: SourceLocation(file: path))
        }
        return try LetterParser.parse([UInt8](data), file: path)
    }

    /// Parses, predicts and compares every letter of `directory`; `progress(done, total, path)` is
    /// called before each letter.
    public func run(
        corpus directory: String, progress: (Int, Int, String) -> Void = { _, _, _ in }
    ) throws(Diagnostic) -> CorpusRun {
        let files = try Self.letterFiles(in: directory)
        var cases: [CaseResult] = []
        var failures: [RunFailure] = []
        for (number, file) in files.enumerated() {
            progress(number + 1, files.count, file.path)
            do {
                let letter = try Self.readLetter(at: file.path)
                cases.append(evaluate(letter, file: file.path, key: file.key))
            } catch {
                failures.append(RunFailure(file: file.path, error: error.message))
            }
        }
        return CorpusRun(cases: cases, failures: failures)
    }

    /// Predicts every item of `letter` from its input and compares with its truth.
    public func evaluate(_ letter: Letter, file: String, key: String) -> CaseResult {
        let predictions = engine.predict(letter.input)
        var items: [ItemResult] = []
        for (position, request) in letter.input.requests.enumerated() where position < letter.truth.items.count {
            let truth = letter.truth.items[position]
            let prediction =
                predictions.first { $0.index == request.index }
                ?? Prediction(index: request.index, request: request.request, outcome: .abstain, abstainReason: "no prediction")
            let agrees =
                prediction.outcome != .abstain
                && prediction.citations.contains {
                    CitationAgreement.agrees($0, with: truth.citations, maximusGuideline: truth.maximusGuideline)
                }
            items.append(
                ItemResult(
                    file: file, key: key, index: request.index, request: request.request,
                    category: Self.category(of: request, extractor: engine.extractor),
                    truth: truth, prediction: prediction, citationAgrees: agrees,
                    letterCites: CitationAgreement.letterCites(truth.citations, maximusGuideline: truth.maximusGuideline)))
        }
        return CaseResult(file: file, input: letter.input, items: items)
    }

    /// The request's `category` fact, or `uncategorised`. `category` is a request fact, so it is read
    /// from the request alone (against an empty summary), which costs far less than the whole case.
    static func category(of request: RequestedItem, extractor: FactExtractor) -> String {
        let bare = CaseInput(
            file: "", header: LetterHeader(), credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: ""), requests: [request]
        )
        if case .term(let category)? = extractor.facts(for: request, in: extractor.caseFacts(for: bare))["category"]?.value {
            return category
        }
        return "uncategorised"
    }
}
