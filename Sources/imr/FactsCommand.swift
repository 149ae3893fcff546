import Foundation
import IMRCore
import IMRFacts
import IMRHarness
import IMRLetters

/// `imr facts`: the facts read from a letter (or a bare clinical summary), per request, with evidence.
enum FactsCommand: Command {
    static let name = "facts"
    static let abstract = "Show the facts read from a letter or clinical summary, with evidence"
    static let help = """
        USAGE: imr facts FILE [--request TEXT]... [--lexicon DIR] [--format text|json]

        Reads FILE ('-' for stdin). A letter is parsed and each disputed item's facts are shown; a file
        without IMR sections is read whole as a bare clinical case summary. Only the case input is
        read (header, summary, request text), never the decisions or rationales.

        OPTIONS:
          --request TEXT   a request to read facts for (repeatable); replaces the letter's items
          --lexicon DIR    the lexicon directory (default: Rules/lexicon)
          --format FORMAT  text (default) or json

        EXIT STATUS: 0 ok, 64 usage, 65 unreadable input or lexicon errors.

        """
    static let options: [OptionSpec] = [
        OptionSpec(name: "request", arity: .repeated),
        OptionSpec(name: "lexicon", arity: .single),
        OptionSpec(name: "format", arity: .single, choices: ["text", "json"]),
    ]

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            console.error("error: expected one FILE (or '-' for stdin)\nRun 'imr facts --help' for usage.")
            return .usage
        }
        guard let data = console.readInput(file) else { return .badInput }
        let (lexicon, problems) = Lexicon.load(directory: arguments.value("lexicon") ?? "Rules/lexicon")
        for problem in problems { console.error(problem.description) }
        if problems.contains(where: { $0.severity == .error }) { return .badInput }

        let input: CaseInput
        do {
            let extra = arguments.all("request")
            input = try CaseCheck.input(data: data, file: file, requests: extra.isEmpty ? nil : extra)
        } catch {
            console.error(error.description)
            return .badInput
        }

        let extractor = FactExtractor(lexicon: lexicon)
        let caseFacts = extractor.caseFacts(for: input)
        let report = FactsReport(
            file: file, case: caseFacts.facts.sorted.map(FactsReport.Entry.init),
            requests: input.requests.map { request in
                let facts = extractor.facts(for: request, in: caseFacts)
                return .init(request: request.request, facts: facts.sorted.map(FactsReport.Entry.init))
            })
        if arguments.value("format") == "json" {
            do {
                console.out(try JSONOutput.string(report))
            } catch {
                console.error("error: cannot encode JSON: \(error)")
                return .badInput
            }
        } else {
            console.out(report.text)
        }
        return .ok
    }
}

/// What `imr facts` prints.
struct FactsReport: Encodable {
    /// A fact: `value` is typed in JSON (bool, number, days as a number, term as a string, terms as
    /// an array); `text` is how the text format shows it.
    struct Entry: Encodable {
        var name: String
        var fact: FactValue
        var text: String
        var evidence: [Evidence]

        enum CodingKeys: String, CodingKey { case name, value, evidence }

        func encode(to encoder: any Encoder) throws {
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

        init(_ fact: Fact) {
            name = fact.name
            self.fact = fact.value
            evidence = fact.evidence
            let value: String
            switch fact.value {
            case .bool(let flag): value = String(flag)
            case .number(let number): value = number == number.rounded() ? String(Int(number)) : String(number)
            case .days(let days): value = "\(days) days"
            case .term(let term): value = term
            case .terms(let terms): value = "[" + terms.joined(separator: ", ") + "]"
            }
            text = value
        }
    }

    struct Request: Encodable {
        var request: String
        var facts: [Entry]
    }

    var file: String
    var `case`: [Entry]
    var requests: [Request]

    var text: String {
        var out = "\(file)\n\ncase facts:\n"
        out += lines(self.case)
        for (number, request) in requests.enumerated() {
            out += "\nrequest \(number + 1): \(request.request)\n"
            let caseNames = Set(self.case.map(\.name))
            out += lines(request.facts.filter { !caseNames.contains($0.name) })
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
