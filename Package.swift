// swift-tools-version:6.0
import PackageDescription

/// The IMR engine: letters → facts → rules → evaluation → harness, with a thin `imr` executable.
let package = Package(
    name: "IMREngine",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "imr", targets: ["imr"]),
        .library(name: "IMRLetters", targets: ["IMRLetters"]),
        .library(name: "IMRVocabulary", targets: ["IMRVocabulary"]),
        .library(name: "IMRFacts", targets: ["IMRFacts"]),
        .library(name: "IMRRules", targets: ["IMRRules"]),
        .library(name: "IMREvaluation", targets: ["IMREvaluation"]),
        .library(name: "IMRHarness", targets: ["IMRHarness"]),
        .library(name: "IMRReports", targets: ["IMRReports"]),
    ],
    targets: [
        // Shared vocabulary of every stage: source locations, diagnostics, dates, JSON output.
        .target(name: "IMRCore"),
        // Stage 1: letter text → Letter (CaseInput + Truth).
        .target(name: "IMRLetters", dependencies: ["IMRCore"]),
        // What facts and rules share: the fact schema, the lexicon and cue data with their loader, term hierarchy.
        .target(name: "IMRVocabulary", dependencies: ["IMRCore"]),
        // Stage 2: CaseInput + request → facts with evidence.
        .target(name: "IMRFacts", dependencies: ["IMRCore", "IMRLetters", "IMRVocabulary"]),
        // Stage 3: Rules/*.rules → checked RuleSet with diagnostics.
        .target(name: "IMRRules", dependencies: ["IMRCore", "IMRVocabulary"]),
        // Stage 4: RuleSet × facts × request → Prediction with a trace.
        .target(name: "IMREvaluation", dependencies: ["IMRCore", "IMRLetters", "IMRVocabulary", "IMRFacts", "IMRRules"]),
        // Stage 5: corpus runs, metrics, baselines.
        .target(name: "IMRHarness", dependencies: ["IMRCore", "IMRLetters", "IMRVocabulary", "IMRFacts", "IMRRules", "IMREvaluation"]),
        // Stage 6: every printed form of predictions and runs: text, JSON reports, HTML, SVG, tables.
        .target(
            name: "IMRReports",
            dependencies: ["IMRCore", "IMRLetters", "IMRVocabulary", "IMRFacts", "IMRRules", "IMREvaluation", "IMRHarness"]),
        // The command-line tool: argument parsing, printing, exit codes.
        .executableTarget(
            name: "imr",
            dependencies: ["IMRCore", "IMRLetters", "IMRVocabulary", "IMRFacts", "IMRRules", "IMREvaluation", "IMRHarness", "IMRReports"]
        ),
        .testTarget(name: "IMRCoreTests", dependencies: ["IMRCore"]),
        .testTarget(name: "IMRLettersTests", dependencies: ["IMRCore", "IMRLetters"]),
        .testTarget(name: "IMRVocabularyTests", dependencies: ["IMRCore", "IMRVocabulary"]),
        .testTarget(name: "IMRFactsTests", dependencies: ["IMRCore", "IMRVocabulary", "IMRFacts", "IMRLetters"]),
        .testTarget(name: "IMRRulesTests", dependencies: ["IMRCore", "IMRRules", "IMRVocabulary"]),
        .testTarget(
            name: "IMREvaluationTests",
            dependencies: ["IMRCore", "IMREvaluation", "IMRRules", "IMRVocabulary", "IMRFacts", "IMRLetters", "IMRReports"]),
        // Hand-made items shared by the harness and report tests.
        .target(
            name: "IMRTestSupport", dependencies: ["IMRHarness", "IMREvaluation", "IMRRules", "IMRLetters"],
            path: "Tests/IMRTestSupport"),
        .testTarget(
            name: "IMRHarnessTests",
            dependencies: [
                "IMRCore", "IMRHarness", "IMREvaluation", "IMRRules", "IMRVocabulary", "IMRFacts", "IMRLetters", "IMRTestSupport",
            ]
        ),
        .testTarget(
            name: "IMRReportsTests",
            dependencies: [
                "IMRCore", "IMRReports", "IMRHarness", "IMREvaluation", "IMRRules", "IMRVocabulary", "IMRFacts", "IMRLetters",
                "IMRTestSupport",
            ]
        ),
        .testTarget(name: "IMRCommandLineTests", dependencies: ["IMRCore"]),
    ]
)
