import Foundation
import IMRCore
import IMRFacts
import IMRLetters
import IMRVocabulary

/// Facts labelled by hand for one letter: the reference the extractor is measured against.
///
/// A label names a fact and the value a careful reader finds in the case input (`null` when the
/// reader finds it not documented), with an optional evidence phrase that the extracted fact's
/// evidence sentence must contain. `case` labels describe the case and are scored once per letter,
/// against the facts of its first request (as the rules see them); `requests` labels hold for one
/// request (by its position in the letter, from 1). A label named `FACT:TERM` (`diagnoses:ptsd`)
/// labels one term of a set fact: `true` when the reader finds the term among the fact's terms,
/// `false` or `null` when not.
public struct GoldLetter: Decodable, Sendable {
    /// One labelled fact.
    public struct Label: Decodable, Sendable {
        /// `nil`: the fact is labelled *not documented*.
        public var value: GoldValue?
        /// A phrase of the sentence that documents the fact (compared without case or spacing).
        public var evidence: String?
    }

    /// The letter's file name, relative to the corpus directory.
    public var letter: String
    public var `case`: [String: Label]
    /// Request position ("1", "2", …) → labels for that request only.
    public var requests: [String: [String: Label]]

    enum CodingKeys: String, CodingKey {
        case letter, `case`, requests
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        letter = try container.decode(String.self, forKey: .letter)
        `case` = try container.decodeIfPresent([String: Label].self, forKey: .case) ?? [:]
        requests = try container.decodeIfPresent([String: [String: Label]].self, forKey: .requests) ?? [:]
    }
}

/// A labelled value: a boolean, a number, a term or a set of terms.
public enum GoldValue: Decodable, Sendable, Equatable {
    case bool(Bool)
    case number(Double)
    case term(String)
    case terms([String])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let term = try? container.decode(String.self) {
            self = .term(term)
        } else {
            self = .terms(try container.decode([String].self).sorted())
        }
    }
}

/// Precision and recall of the extracted facts against the hand labels, per fact family.
///
/// Counting (per labelled fact of each request; a set fact counts each of its terms):
/// - true positive: the extractor documents the labelled value;
/// - false positive: it documents a value the label does not hold (a wrong value, or any value
///   where the label says *not documented*);
/// - false negative: the label holds a value the extractor does not document.
/// Evidence agreement: of the true positives whose label gives an evidence phrase, the share whose
/// extracted evidence sentences contain it.
public struct GoldFactScore: Sendable, Encodable {
    /// The counts of one family.
    public struct Tally: Sendable, Encodable, Equatable {
        public var labels = 0
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var evidenceChecked = 0
        public var evidenceAgrees = 0

        /// `nil` when the extractor documented nothing labelled.
        public var precision: Double? {
            truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// `nil` when no label holds a value.
        public var recall: Double? {
            truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var evidenceAgreement: Double? {
            evidenceChecked == 0 ? nil : Double(evidenceAgrees) / Double(evidenceChecked)
        }

        mutating func add(_ other: Tally) {
            labels += other.labels
            truePositives += other.truePositives
            falsePositives += other.falsePositives
            falseNegatives += other.falseNegatives
            evidenceChecked += other.evidenceChecked
            evidenceAgrees += other.evidenceAgrees
        }

        enum CodingKeys: String, CodingKey {
            case labels, truePositives, falsePositives, falseNegatives, precision, recall, evidenceAgreement
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(labels, forKey: .labels)
            try container.encode(truePositives, forKey: .truePositives)
            try container.encode(falsePositives, forKey: .falsePositives)
            try container.encode(falseNegatives, forKey: .falseNegatives)
            try container.encode(precision, forKey: .precision)
            try container.encode(recall, forKey: .recall)
            try container.encode(evidenceAgreement, forKey: .evidenceAgreement)
        }
    }

    /// A label the extractor disagrees with, for the rule author to read.
    public struct Disagreement: Sendable, Encodable, Equatable {
        public var letter: String
        public var request: Int
        public var fact: String
        public var expected: String
        public var extracted: String
    }

    public var letters: Int
    /// Family → counts, for the families in `families` order.
    public var families: [String: Tally]
    /// Labelled name (a fact, or `FACT:TERM`) → counts.
    public var facts: [String: Tally]
    public var total: Tally
    public var disagreements: [Disagreement]

    /// Scores `gold` letters read from `corpus` with `extractor`; `families` maps a family name to
    /// its fact names (a labelled fact in no family counts under `other`). A request label
    /// overrides a case label of the same fact for the first request.
    public static func score(
        _ gold: [GoldLetter], corpus: String, families: [String: [String]], extractor: FactExtractor
    ) throws(Diagnostic) -> GoldFactScore {
        var familyOf: [String: String] = [:]
        for (family, names) in families { for name in names { familyOf[name] = family } }
        var result = GoldFactScore(letters: gold.count, families: [:], facts: [:], total: Tally(), disagreements: [])
        for letter in gold {
            let path = (corpus as NSString).appendingPathComponent(letter.letter)
            let input = try CorpusRunner.readLetter(at: path).input
            let caseFacts = extractor.caseFacts(for: input)
            for (position, request) in input.requests.enumerated() {
                let facts = extractor.facts(for: request, in: caseFacts)
                var labels = letter.requests[String(position + 1)] ?? [:]
                if position == 0 { labels.merge(letter.case) { own, _ in own } }
                for (name, label) in labels {
                    let target = labelled(name)
                    let (tally, disagreement) =
                        target.term.map { compare(label, term: $0, with: facts[target.fact]) } ?? compare(label, with: facts[name])
                    result.families[familyOf[name] ?? "other", default: Tally()].add(tally)
                    result.facts[name, default: Tally()].add(tally)
                    result.total.add(tally)
                    if let disagreement {
                        result.disagreements.append(
                            Disagreement(
                                letter: letter.letter, request: position + 1, fact: name, expected: disagreement.expected,
                                extracted: disagreement.extracted))
                    }
                }
            }
        }
        result.disagreements.sort { ($0.letter, $0.request, $0.fact) < ($1.letter, $1.request, $1.fact) }
        return result
    }

    /// The counts of one label against the extracted fact, and a disagreement when they differ.
    static func compare(_ label: GoldLetter.Label, with fact: Fact?) -> (Tally, (expected: String, extracted: String)?) {
        var tally = Tally()
        tally.labels = 1
        let expected = label.value.map(Self.text) ?? "not documented"
        let extracted = fact.map { Self.text($0.value) } ?? "not documented"
        switch (label.value, fact?.value) {
        case (.terms(let gold), .terms(let found)?):
            let goldSet = Set(gold)
            let foundSet = Set(found)
            tally.truePositives = goldSet.intersection(foundSet).count
            tally.falsePositives = foundSet.subtracting(goldSet).count
            tally.falseNegatives = goldSet.subtracting(foundSet).count
        case (.terms(let gold), nil):
            tally.falseNegatives = gold.count
        case (nil, .terms(let found)?):
            tally.falsePositives = found.count
        case (nil, nil):
            break
        case (nil, _?):
            tally.falsePositives = 1
        case (_?, nil):
            tally.falseNegatives = 1
        case (let gold?, let found?):
            if matches(gold, found) {
                tally.truePositives = 1
            } else {
                tally.falsePositives = 1
                tally.falseNegatives = 1
            }
        }
        if tally.truePositives > 0, let phrase = label.evidence, let fact {
            tally.evidenceChecked = 1
            let wanted = normalised(phrase)
            tally.evidenceAgrees = fact.evidence.contains { normalised($0.sentence).contains(wanted) } ? 1 : 0
        }
        let agrees = tally.falsePositives == 0 && tally.falseNegatives == 0
        return (tally, agrees ? nil : (expected, extracted))
    }

    /// The fact a label name names and, for a `FACT:TERM` name, the term it labels.
    public static func labelled(_ name: String) -> (fact: String, term: String?) {
        guard let colon = name.firstIndex(of: ":") else { return (name, nil) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }

    /// The counts of a `FACT:TERM` label: the term's presence among the extracted fact's terms,
    /// compared as a boolean that is documented only when present (`false` and `null` labels agree
    /// with its absence); evidence as for any label.
    static func compare(_ label: GoldLetter.Label, term: String, with fact: Fact?) -> (Tally, (expected: String, extracted: String)?) {
        let present: Bool
        switch fact?.value {
        case .terms(let terms)?: present = terms.contains(term)
        case .term(let found)?: present = found == term
        default: present = false
        }
        let expected = GoldLetter.Label(value: label.value == .bool(true) ? .bool(true) : nil, evidence: label.evidence)
        let extracted = present ? Fact(name: term, value: .bool(true), evidence: fact?.evidence ?? []) : nil
        return compare(expected, with: extracted)
    }

    static func matches(_ gold: GoldValue, _ found: FactValue) -> Bool {
        switch (gold, found) {
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return abs(a - b) < 0.001
        case (.number(let a), .days(let b)): return Int(exactly: a.rounded()) == b
        case (.term(let a), .term(let b)): return a == b
        case (.terms(let a), .terms(let b)): return Set(a) == Set(b)
        case (.term(let a), .terms(let b)): return b == [a]
        default: return false
        }
    }

    static func text(_ value: GoldValue) -> String {
        switch value {
        case .bool(let flag): return String(flag)
        case .number(let number): return text(FactValue.number(number))
        case .term(let term): return term
        case .terms(let terms): return "[" + terms.joined(separator: ", ") + "]"
        }
    }

    static func text(_ value: FactValue) -> String {
        switch value {
        case .bool(let flag): return String(flag)
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .days(let days): return "\(days) days"
        case .term(let term): return term
        case .terms(let terms): return "[" + terms.joined(separator: ", ") + "]"
        }
    }

    /// Lower case with runs of spaces folded, for comparing evidence phrases.
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

/// Reading the labelled letters and the family table of a gold directory.
public enum GoldFactFiles {
    /// The `*.json` labels of `directory` (sorted by name) and its `families.json`.
    public static func load(directory: String) throws(Diagnostic) -> (letters: [GoldLetter], families: [String: [String]]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            throw Diagnostic(message: "cannot read gold-fact directory", location: SourceLocation(file: directory))
        }
        var letters: [GoldLetter] = []
        var families: [String: [String]] = [:]
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = manager.contents(atPath: path) else {
                throw Diagnostic(message: "cannot read file", location: SourceLocation(file: path))
            }
            do {
                if name == "families.json" {
                    families = try JSONDecoder().decode([String: [String]].self, from: data)
                } else {
                    letters.append(try JSONDecoder().decode(GoldLetter.self, from: data))
                }
            } catch {
                throw Diagnostic(message: "not a gold-fact file: \(error)", location: SourceLocation(file: path))
            }
        }
        return (letters, families)
    }
}
