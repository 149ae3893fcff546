import IMRFacts
import IMRVocabulary

/// What `imr facts` prints.
public struct FactsReport: Encodable {
    /// A fact: `value` is typed in JSON (bool, number, days as a number, term as a string, terms as
    /// an array); `text` is how the text format shows it.
    public struct Entry: Encodable {
        public var name: String
        public var fact: FactValue
        public var text: String
        public var evidence: [Evidence]

        enum CodingKeys: String, CodingKey { case name, value, evidence }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(evidence, forKey: .evidence)
            switch fact {
            case .bool(let flag): try container.encode(flag, forKey: .value)
            case .number(let number): try container.encode(number, forKey: .value)
            case .days(let days): try container.encode(days, forKey: .value)
            case .term(let term): try container.encode(term, forKey: .value)
            case .terms(let terms): try container.encode(terms, forKey: .value)
            }
        }

        public init(_ fact: Fact) {
            name = fact.name
            self.fact = fact.value
            evidence = fact.evidence
            let value: String
            switch fact.value {
            case .bool(let flag): value = String(flag)
            case .number(let number): value = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .days(let days): value = "\(days) days"
            case .term(let term): value = term
            case .terms(let terms): value = "[" + terms.joined(separator: ", ") + "]"
            }
            text = value
        }
    }

    public struct Request: Encodable {
        public var request: String
        public var facts: [Entry]
        /// The facts the request leaves not documented whose topic the summary mentions (``TopicMention``).
        public var mentions: [TopicMention]

        public init(request: String, facts: [Entry], mentions: [TopicMention] = []) {
            self.request = request
            self.facts = facts
            self.mentions = mentions
        }
    }

    public var file: String
    public var `case`: [Entry]
    public var requests: [Request]

    public init(file: String, case caseFacts: [Entry], requests: [Request]) {
        self.file = file
        self.case = caseFacts
        self.requests = requests
    }

    /// The text format: case facts, then each request's own facts, with up to three evidence sentences each.
    public var text: String {
        var out = "\(file)\n\ncase facts:\n"
        out += lines(self.case)
        for (number, request) in requests.enumerated() {
            out += "\nrequest \(number + 1): \(request.request)\n"
            let caseNames = Set(self.case.map(\.name))
            out += lines(request.facts.filter { !caseNames.contains($0.name) })
            for mention in request.mentions {
                out += "  \(mention.fact) not documented, mentioned: '\(mention.words)' (paragraph \(mention.paragraph))\n"
                let evidence = mention.evidence
                out += "      [\(evidence.source.rawValue) \(evidence.start)-\(evidence.end)] \(evidence.sentence)\n"
            }
        }
        return out
    }

    private func lines(_ entries: [Entry]) -> String {
        var out = ""
        for entry in entries {
            out += "  \(entry.name) = \(entry.text)\n"
            for evidence in entry.evidence.prefix(3) where evidence.source != .request {
                out += "      [\(evidence.source.rawValue) \(evidence.start)-\(evidence.end)] \(evidence.sentence)\n"
            }
            if entry.evidence.count > 3 { out += "      … \(entry.evidence.count - 3) more\n" }
        }
        return out
    }
}
