import Foundation
import IMRRules
import Testing

@testable import IMREvaluation

/// The plain words of a criterion, as Foundation's `replacingOccurrences` gives them.
private func foundationPlainWords(_ criterion: String) -> String {
    criterion.replacingOccurrences(of: " any [", with: " (").replacingOccurrences(of: " all [", with: " (all of ")
        .replacingOccurrences(of: " only [", with: " (only ").replacingOccurrences(of: " in [", with: " (").replacingOccurrences(
            of: "]", with: ")"
        )
        .replacingOccurrences(of: "_", with: " ")
}

@Test(arguments: [
    ("diagnoses any [multiple_sclerosis]", "diagnoses (multiple sclerosis)"),
    ("use_duration <= 3 weeks", "use duration <= 3 weeks"),
    ("not index_surgery all [a_b, c]", "not index surgery (all of a b, c)"),
    ("procedure in [mri, ct]", "procedure (mri, ct)"),
    ("regional_diagnoses only [radiculopathy, neuropathy]", "regional diagnoses (only radiculopathy, neuropathy)"),
    ("x any [any [y]]", "x (any [y))"),
    ("]]__ in [", "))   ("),
    ("", ""),
    ("diagnoses any [café_au_lait]", "diagnoses (café au lait)"),
])
func plainWordsOfACriterion(_ criterion: String, _ expected: String) {
    #expect(CompiledCondition.plainWords(criterion) == expected)
    #expect(foundationPlainWords(criterion) == expected)
}

/// Every criterion of the shipped rules reads the same as with Foundation's replacement.
@Test func plainWordsOfEveryShippedCriterionAreFoundations() {
    let (rules, lexicon, _) = RuleSet.load(directory: packageRoot + "/Rules")
    let compiled = CompiledRules(rules, lexicon: lexicon)
    var criteria = 0
    for rule in compiled.rules {
        for leaf in (rule.when?.leaves ?? []) + rule.applies.leaves {
            #expect(CompiledCondition.plainWords(leaf.criterion) == foundationPlainWords(leaf.criterion), "\(leaf.criterion)")
            criteria += 1
        }
    }
    #expect(criteria > 500)
}
