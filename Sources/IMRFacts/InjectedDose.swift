import IMRLetters
import IMRVocabulary

extension RequestPracticeFacts {
    /// The quantity of an injected drug that the request gives no `#N` for: the count after a
    /// multiplier ("Toradol 60mg IM x1", "B12 injection x 4", "times 2"), else one dose, as an
    /// injection is one dose unless the request says otherwise ("Toradol 60mg IM", "Depo-Medrol
    /// 80mg injection"). Nil when the request states how often or how long instead ("q6h", "x 5
    /// days", "weekly"): a course whose extent those words give, not one dose. `words`: the request's
    /// words, lower-cased.
    func injectedDoses(_ words: [String], facts: FactSet) -> Int? {
        guard facts.termValue(.route) == .injected, facts[.drug] != nil || facts[.ingredients] != nil, facts[.quantity] == nil
        else { return nil }
        let cues = index.cues
        let multipliers = cues.words(.requestMultipliers)
        if cues.occurs(.prescriptionFrequency, in: words) { return nil }
        for (position, word) in words.enumerated() {
            let (count, unit): (Int?, Int)
            if multipliers.contains(word), position + 1 < words.count {
                (count, unit) = (cues.count(words[position + 1]), position + 2)
            } else if let multiplier = multipliers.first(where: { word.count > $0.count && word.hasPrefix($0) }) {
                (count, unit) = (digitCount(word.dropFirst(multiplier.count)), position + 1)
            } else {
                continue
            }
            guard let count else { continue }
            // "x 5 days", "x2 weeks": a duration, not a number of injections.
            if unit < words.count, cues.days(inUnit: words[unit]) != nil { return nil }
            return count
        }
        return 1
    }
}
