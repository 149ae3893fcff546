import Foundation
import IMRCore
import IMREvaluation
import IMRFacts
import IMRLetters
import IMRRules
import IMRVocabulary

/// Runs the engine over every letter of a corpus directory.
public struct CorpusRunner: Sendable {
    public var engine: Engine {
        didSet { ruleCitations = Self.readCitations(of: engine) }
    }
    /// Cues for reading each rationale into the criteria the reviewer named (truth side only).
    public var reasons: ReasonCues {
        didSet { reasonReader = ReasonReader(reasons) }
    }
    /// `reasons` compiled once for the whole run.
    private var reasonReader: ReasonReader
    /// Every citation of the engine's rules read once for comparison with the letters'.
    private var ruleCitations: RuleCitationSides
    /// The documents and sections the letters cite, each read once per run.
    private let citationReadings = CitationAgreement.Readings()

    public init(engine: Engine, reasons: ReasonCues = ReasonCues()) {
        self.engine = engine
        self.reasons = reasons
        self.reasonReader = ReasonReader(reasons)
        self.ruleCitations = Self.readCitations(of: engine)
    }

    private static func readCitations(of engine: Engine) -> RuleCitationSides {
        var citations: [RuleCitation] = []
        for rule in engine.ruleSet.rules {
            if let citation = rule.citation?.value { citations.append(citation) }
            citations += rule.additionalCitations.map(\.value)
        }
        return RuleCitationSides(citations)
    }

    /// The `*.txt` files under `directory`, as (display path, path relative to the directory), sorted;
    /// symbolic links to directories and files are followed (``DirectoryWalk``), so the corpus
    /// directory or a part of it may be a link.
    public static func letterFiles(in directory: String) throws(Diagnostic) -> [(path: String, key: String)] {
        try checkCorpus(directory)
        let base = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return DirectoryWalk.files(in: directory, suffix: ".txt").map { path in
            (path, String(path.utf8.dropFirst(base.utf8.count + 1)) ?? path)
        }
    }

    /// Throws "corpus directory not found" unless `directory` is a directory (or a link to one):
    /// the check ``letterFiles(in:)`` makes before it walks the directory.
    public static func checkCorpus(_ directory: String) throws(Diagnostic) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(message: "corpus directory not found", location: SourceLocation(file: directory))
        }
    }

    /// Reads and parses the letter at `path`.
    public static func readLetter(at path: String) throws(Diagnostic) -> Letter {
        try LetterParser.parse(try InputFile.read(path), file: path)
    }

    /// Parses, predicts and compares every letter of `directory` on `jobs` threads; `progress(done,
    /// total, path)` is called after each letter, in file order.
    public func run(
        corpus directory: String, jobs: Int = 1, progress: (Int, Int, String) -> Void = { _, _, _ in }
    ) throws(Diagnostic) -> CorpusRun {
        var cases: [CaseResult] = []
        var failures: [RunFailure] = []
        try stream(corpus: directory, jobs: jobs, progress: progress) { outcome in
            switch outcome {
            case .evaluated(let result): cases.append(result)
            case .failed(let failure): failures.append(failure)
            }
        }
        return CorpusRun(cases: cases, failures: failures)
    }

    /// Reads, parses and evaluates every letter of `directory` on `jobs` threads and hands each
    /// letter's outcome to `consume` in file order, holding no more than a window of letters at once.
    public func stream(
        corpus directory: String, jobs: Int = 1, progress: (Int, Int, String) -> Void = { _, _, _ in },
        _ consume: (LetterOutcome) -> Void
    ) throws(Diagnostic) {
        try stream(corpus: directory, jobs: jobs, progress: progress, transform: { $0 }, consume)
    }

    /// Like ``stream(corpus:jobs:progress:_:)``, with `transform` applied to each outcome on the
    /// worker thread that produced it (to reduce or encode it in parallel) before `consume` receives
    /// it in file order.
    public func stream<Reduced: Sendable>(
        corpus directory: String, jobs: Int = 1, progress: (Int, Int, String) -> Void = { _, _, _ in },
        transform: @escaping @Sendable (LetterOutcome) -> Reduced, _ consume: (Reduced) -> Void
    ) throws(Diagnostic) {
        let files = try Self.letterFiles(in: directory)
        OrderedParallel.forEach(count: files.count, jobs: jobs) { [self] number in
            transform(outcome(path: files[number].path, key: files[number].key))
        } consume: { (number: Int, reduced: Reduced) in
            progress(number + 1, files.count, files[number].path)
            consume(reduced)
        }
    }

    /// Reads, parses and evaluates the letter at `path`.
    public func outcome(path: String, key: String) -> LetterOutcome {
        do {
            return .evaluated(evaluate(try Self.readLetter(at: path), file: path, key: key))
        } catch {
            return .failed(RunFailure(file: path, error: error.message, line: error.location.line, column: error.location.column))
        }
    }

    /// Predicts every item of `letter` from its input and compares with its truth.
    public func evaluate(_ letter: Letter, file: String, key: String) -> CaseResult {
        let predictions = engine.predictWithFacts(letter.input)
        var items: [ItemResult] = []
        for (position, request) in letter.input.requests.enumerated() where position < letter.truth.items.count {
            let truth = letter.truth.items[position]
            let predicted = predictions.first { $0.prediction.index == request.index }
            let prediction =
                predicted?.prediction
                ?? Prediction(index: request.index, request: request.request, outcome: .abstain, abstainReason: "no prediction")
            let letterSide = CitationAgreement.LetterSide(
                citations: truth.citations, maximusGuideline: truth.maximusGuideline, readings: citationReadings)
            let agrees =
                prediction.outcome != .abstain
                && prediction.citations.contains {
                    CitationAgreement.agrees(ruleCitations.side(of: $0), with: letterSide)
                }
            items.append(
                ItemResult(
                    file: file, key: key, index: request.index, request: request.request,
                    category: predicted.flatMap { Self.category(in: $0.facts) } ?? "uncategorised",
                    truth: truth, prediction: prediction, citationAgrees: agrees,
                    letterCites: letterSide.cites,
                    namedReasons: reasonReader.named(in: truth.rationale)))
        }
        return CaseResult(file: file, input: letter.input, items: items)
    }

    /// The request's `category` fact. `category` is a request fact, read from the request's text
    /// alone, so the facts the prediction was made from carry it: no second extraction is needed.
    static func category(in facts: FactSet) -> String? {
        if case .term(let category)? = facts.value(.category) { return category }
        return nil
    }
}

/// What became of one letter of a streamed run.
public enum LetterOutcome: Sendable {
    /// The letter was parsed and its items predicted.
    case evaluated(CaseResult)
    /// The letter could not be read or parsed.
    case failed(RunFailure)
}

/// The citations of an engine's rules read for comparison (``CitationAgreement/RuleSide``), each
/// once, found by the FNV-1a hash of their bytes: a dictionary keyed by ``RuleCitation`` hashed its
/// three strings with the seeded SipHash at every look-up (two a predicted item). A citation not
/// found is read anew, which gives what a stored one gives.
struct RuleCitationSides: Sendable {
    private let sides: OpenAddressTable<RuleCitation, CitationAgreement.RuleSide>

    init(_ citations: [RuleCitation]) {
        var sides = OpenAddressTable<RuleCitation, CitationAgreement.RuleSide>(minimumCapacity: citations.count)
        for citation in citations { sides.insert(citation, hash: Self.hash(citation)) { CitationAgreement.RuleSide(citation) } }
        self.sides = sides
    }

    /// The side of `citation`: the one read at the start when a rule cites it, else read now.
    func side(of citation: RuleCitation) -> CitationAgreement.RuleSide {
        sides.value(of: citation, hash: Self.hash(citation)) ?? CitationAgreement.RuleSide(citation)
    }

    /// FNV-1a of the guideline's bytes, then the section's and the pages' (byte 0xFF before each,
    /// 0xFE for one absent).
    private static func hash(_ citation: RuleCitation) -> UInt64 {
        var hash = FNV1a.offsetBasis
        func add(_ text: String?) {
            guard var text else {
                hash = FNV1a.step(hash, 0xFE)
                return
            }
            hash = FNV1a.step(hash, 0xFF)
            text.withUTF8 { bytes in for byte in bytes { hash = FNV1a.step(hash, byte) } }
        }
        add(citation.guideline)
        add(citation.section)
        add(citation.pages)
        return hash
    }
}
