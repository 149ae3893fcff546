import Foundation

/// How far two labellings of the same letters agree, per fact family: the yardstick's own
/// reliability, measured before its labels are trusted to score the extractor.
///
/// The second labelling is compared with the first label of the same letter, request and name.
/// A label agrees when both hold the same value (numbers within 0.001, sets as sets; both *not
/// documented* agree). Cohen's kappa is computed over the labels whose both values are a boolean
/// or *not documented* (three categories), where chance agreement is meaningful; a set label also
/// counts its shared terms against the terms either labelling holds.
public struct GoldAgreement: Sendable, Encodable {
    /// The counts of one family.
    public struct Tally: Sendable, Encodable, Equatable {
        /// Labels of the second labelling that the first labelling also holds.
        public var labels = 0
        public var agreed = 0
        /// Boolean or not-documented labels: `pairs[first][second]` over true, false, not documented.
        var pairs = [[Int]](repeating: [0, 0, 0], count: 3)
        /// Set labels: terms both labellings hold, and terms either holds.
        public var sharedTerms = 0
        public var eitherTerms = 0

        /// The share of labels with the same value; `nil` without labels.
        public var agreement: Double? { labels == 0 ? nil : Double(agreed) / Double(labels) }

        /// Labels that enter Cohen's kappa.
        public var booleanLabels: Int { pairs.joined().reduce(0, +) }

        /// Cohen's kappa of the boolean and not-documented labels; `nil` without such labels or
        /// when chance agreement is total (both labellings use one category only).
        public var kappa: Double? {
            let total = Double(booleanLabels)
            guard total > 0 else { return nil }
            let observed = Double((0..<3).reduce(0) { $0 + pairs[$1][$1] }) / total
            let chance = (0..<3).reduce(0.0) { sum, category in
                let first = Double(pairs[category].reduce(0, +)) / total
                let second = Double(pairs.reduce(0) { $0 + $1[category] }) / total
                return sum + first * second
            }
            return chance >= 1 ? nil : (observed - chance) / (1 - chance)
        }

        /// Shared terms over the terms either labelling holds; `nil` without set labels.
        public var termAgreement: Double? { eitherTerms == 0 ? nil : Double(sharedTerms) / Double(eitherTerms) }

        mutating func add(_ other: Tally) {
            labels += other.labels
            agreed += other.agreed
            for first in 0..<3 { for second in 0..<3 { pairs[first][second] += other.pairs[first][second] } }
            sharedTerms += other.sharedTerms
            eitherTerms += other.eitherTerms
        }

        enum CodingKeys: String, CodingKey {
            case labels, agreed, agreement, booleanLabels, kappa, sharedTerms, eitherTerms, termAgreement
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(labels, forKey: .labels)
            try container.encode(agreed, forKey: .agreed)
            try container.encode(agreement, forKey: .agreement)
            try container.encode(booleanLabels, forKey: .booleanLabels)
            try container.encode(kappa, forKey: .kappa)
            try container.encode(sharedTerms, forKey: .sharedTerms)
            try container.encode(eitherTerms, forKey: .eitherTerms)
            try container.encode(termAgreement, forKey: .termAgreement)
        }
    }

    /// One label the two labellings disagree on (or one only the second holds).
    public struct Disagreement: Sendable, Encodable, Equatable {
        public var letter: String
        /// `case`, or the request's position.
        public var scope: String
        public var fact: String
        public var first: String
        public var second: String
    }

    /// Letters of the second labelling found in the first.
    public var letters: Int
    public var families: [String: Tally]
    public var facts: [String: Tally]
    public var total: Tally
    public var disagreements: [Disagreement]
    /// Labels of the second labelling that the first does not hold (letter, scope, fact).
    public var onlyInSecond: [Disagreement]

    /// Compares `second` with `first` (matched by letter file name); `families` maps a family to its
    /// fact names, as for `GoldFactScore`.
    public static func compare(_ first: [GoldLetter], _ second: [GoldLetter], families: [String: [String]]) -> GoldAgreement {
        var familyOf: [String: String] = [:]
        for (family, names) in families { for name in names { familyOf[name] = family } }
        let firstByLetter = Dictionary(first.map { ($0.letter, $0) }, uniquingKeysWith: { own, _ in own })
        var result = GoldAgreement(letters: 0, families: [:], facts: [:], total: Tally(), disagreements: [], onlyInSecond: [])
        for letter in second {
            guard let reference = firstByLetter[letter.letter] else { continue }
            result.letters += 1
            var scopes: [(String, [String: GoldLetter.Label], [String: GoldLetter.Label])] = [("case", letter.case, reference.case)]
            for (position, labels) in letter.requests { scopes.append((position, labels, reference.requests[position] ?? [:])) }
            for (scope, labels, referenceLabels) in scopes {
                for (name, label) in labels {
                    let text = label.value.map(GoldFactScore.text) ?? "not documented"
                    guard let referenceLabel = referenceLabels[name] else {
                        result.onlyInSecond.append(Disagreement(letter: letter.letter, scope: scope, fact: name, first: "–", second: text))
                        continue
                    }
                    let tally = compare(referenceLabel.value, label.value)
                    result.families[familyOf[name] ?? "other", default: Tally()].add(tally)
                    result.facts[name, default: Tally()].add(tally)
                    result.total.add(tally)
                    if tally.agreed == 0 {
                        result.disagreements.append(
                            Disagreement(
                                letter: letter.letter, scope: scope, fact: name,
                                first: referenceLabel.value.map(GoldFactScore.text) ?? "not documented", second: text))
                    }
                }
            }
        }
        let order: (Disagreement, Disagreement) -> Bool = { ($0.letter, $0.scope, $0.fact) < ($1.letter, $1.scope, $1.fact) }
        result.disagreements.sort(by: order)
        result.onlyInSecond.sort(by: order)
        return result
    }

    /// The counts of one pair of labels.
    static func compare(_ first: GoldValue?, _ second: GoldValue?) -> Tally {
        var tally = Tally()
        tally.labels = 1
        tally.agreed = same(first, second) ? 1 : 0
        if let row = category(first), let column = category(second) { tally.pairs[row][column] = 1 }
        let firstTerms = terms(first)
        let secondTerms = terms(second)
        if firstTerms != nil || secondTerms != nil {
            let a = firstTerms ?? []
            let b = secondTerms ?? []
            tally.sharedTerms = a.intersection(b).count
            tally.eitherTerms = a.union(b).count
        }
        return tally
    }

    static func same(_ first: GoldValue?, _ second: GoldValue?) -> Bool {
        switch (first, second) {
        case (nil, nil): return true
        case (.number(let a)?, .number(let b)?): return abs(a - b) < 0.001
        case (.terms(let a)?, .terms(let b)?): return Set(a) == Set(b)
        case (.term(let a)?, .terms(let b)?), (.terms(let b)?, .term(let a)?): return b == [a]
        default: return first == second
        }
    }

    /// 0 true, 1 false, 2 not documented; `nil` for a value of another kind.
    static func category(_ value: GoldValue?) -> Int? {
        switch value {
        case .bool(true)?: return 0
        case .bool(false)?: return 1
        case nil: return 2
        default: return nil
        }
    }

    static func terms(_ value: GoldValue?) -> Set<String>? {
        if case .terms(let terms)? = value { return Set(terms) }
        return nil
    }
}
