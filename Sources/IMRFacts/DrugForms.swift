import IMRVocabulary

/// The requested product named in the summary by its ingredient, with its form told apart from the
/// name: "buprenorphine 10 mcg/hr patch" for Butrans, "extended-release tramadol" for tramadol ER.
///
/// The lexicon names a product with its form ("buprenorphine patch", "tramadol ER"); a strength
/// between them, or the form told first, leaves the generic product. A mention stands for the
/// requested product when it names another product of the same ingredients and the same route
/// (both topical or neither), and a `drug_form_words` word stands in its clause within two words
/// before it or within four words after it, the strength between ("buprenorphine 10 mcg/hr
/// patch"). Not a product of other ingredients, nor the same ingredient named without a form
/// ("tramadol 50 mg" for tramadol ER stays tramadol), nor a topical for an oral product.
enum DrugForms {
    /// The drugs the summary names that stand for `requested` by their form, `requested` excluded.
    static func aliases(of requested: TermID, _ analysis: CaseAnalysis) -> TermSet {
        let index = analysis.index
        let ingredients = index.ingredients(of: requested).sorted()
        guard !ingredients.isEmpty else { return [] }
        let topical = index[.topicalAnalgesic]
        let requestedTopical = index.classes(ofDrug: requested).contains(topical)
        let forms = index.cues.wordList(.drugFormWords)
        let text = analysis.text
        var found: [TermID] = []
        var unlike: [TermID] = []  // drugs of other ingredients or route, asked once
        for mention in analysis.mentions(of: .drug) where mention.term.id != requested && !found.contains(mention.term.id) {
            let drug = mention.term.id
            guard !unlike.contains(drug) else { continue }
            let own = index.ingredients(of: drug)
            guard own.count == ingredients.count, own.sorted() == ingredients,
                index.classes(ofDrug: drug).contains(topical) == requestedTopical
            else {
                unlike.append(drug)
                continue
            }
            let range = text.sentences[mention.sentence].tokens
            // Within the clause: no semicolon or comma crossed.
            var before = mention.first - 1
            var near = false
            while before >= max(range.lowerBound, mention.first - 2), !near {
                if forms.contains(text.tokens[before]) { near = true }
                if text.tokens[before + 1].commaBefore || text.tokens[before + 1].semicolonBefore { break }
                before -= 1
            }
            var after = mention.last + 1
            while !near, after < min(range.upperBound, mention.last + 5) {
                if text.tokens[after].commaBefore || text.tokens[after].semicolonBefore { break }
                if forms.contains(text.tokens[after]) { near = true }
                after += 1
            }
            if near { found.append(drug) }
        }
        return TermSet(found)
    }
}
