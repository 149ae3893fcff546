import IMRVocabulary

extension RequestReader {
    /// The laboratory test a request asks for when the drugs it names are what the test measures,
    /// else `nil`: a drug named with a test of `assay_tests` (label `tests`: "Lab: free and total
    /// testosterone", "Urine drug screen for hydrocodone") or with a word of measuring
    /// (`request_assay`: "Serum testosterone level", "Vitamin D level", "valproic acid assay"; the
    /// test is then the first of `assay_tests` label `measuring`), and no dose of a drug given: no
    /// strength, no percent and no `#` count ("Testosterone cypionate 200 mg IM, recheck level" asks
    /// for the drug).
    func assayTest(drugs: [TermID], ingredients: [TermID], procedures: [TermID], text: CaseText, has: (CueName) -> Bool) -> TermID? {
        let cues = index.cues
        guard !drugs.isEmpty || !ingredients.isEmpty, !text.bytes.contains(35), !text.bytes.contains(37),
            cues.strength(in: text.bytes) == nil
        else { return nil }
        let tests = cues.group(.assayTests, memberIDs: CueLabel.tests.name)
        if let named = procedures.first(where: { !tests.isDisjoint(with: index.ancestors(of: $0, in: .procedure)) }) { return named }
        guard has(.requestAssay) else { return nil }
        return cues.group(.assayTests, memberIDs: CueLabel.measuring.name).ids.first
    }
}
