import IMREvaluation
import IMRHarness
import IMRLetters
import IMRRules

/// Hand-made items for report and baseline tests, shared by the harness and report test targets.
public enum TestData {
    public static func truth(_ decision: Decision, guideline: String = "", citations: [GuidelineCitation] = []) -> ItemTruth {
        ItemTruth(
            decision: decision, claimsAdministratorGuideline: "", maximusGuideline: guideline, citations: citations, rationale: "Because.")
    }

    public static func item(
        file: String, index: Int, actual: Decision, predicted: PredictedOutcome, rule: String?, category: String = "uncategorised",
        request: String = "Norco 10/325 mg #90", citationAgrees: Bool = false
    ) -> ItemResult {
        ItemResult(
            file: "Corpus/" + file, key: file, index: index, request: request, category: category, truth: truth(actual),
            prediction: Prediction(
                index: index, request: request, outcome: predicted, rule: rule,
                citation: rule.map { _ in
                    RuleCitation(guideline: "MTUS Chronic Pain Medical Treatment Guidelines 2009", section: "Opioids", pages: "78")
                },
                abstainReason: predicted == .abstain ? "no rule applies" : nil),
            citationAgrees: citationAgrees, letterCites: true)
    }

    public static func input(file: String = "Corpus/a.txt", summary: String = "The worker has pain.", requests: [String] = []) -> CaseInput
    {
        CaseInput(
            file: file, header: LetterHeader(), credentials: ReviewerCredentials(), summary: NormalizedText(verbatim: summary),
            requests: requests.enumerated().map { RequestedItem(index: $0.offset, request: $0.element) })
    }

    public static func caseResult(_ items: [ItemResult], summary: String = "The worker has pain.") -> CaseResult {
        CaseResult(file: items.first?.file ?? "Corpus/a.txt", input: input(summary: summary), items: items)
    }
}
