import IMRCore

/// Parses the text of one `.rules` file into a ``RuleFile``, reporting every syntax problem and
/// resuming at the next directive after each.
public struct RuleParser {
    /// Every directive word.
    static let ruleDirectives: Set<String> = [
        "title", "status", "basis", "cite", "priority", "applies", "provided", "when", "then", "else", "undocumented", "reason", "needs",
        "wording",
    ]
    static let exampleDirectives: Set<String> = ["given", "expect"]
    /// The directives of a table besides `title` and `cite`.
    static let tableDirectives: Set<String> = ["key", "column", "choose", "row", "default"]
    static let directives: Set<String> = ruleDirectives.union(exampleDirectives).union(tableDirectives).union([
        "topic", "edition", "rule", "example", "table",
    ])

    let file: String
    private let lexer: RuleLexer

    public init(file: String, text: String) {
        self.file = file
        self.lexer = RuleLexer(file: file, text: text)
    }

    private enum Block {
        case none
        case rule(RuleDefinition, attempted: Set<String>)
        case example(ExampleDefinition)
        case table(TableDefinition)
        /// A `rule` or `example` line that failed to parse: its directives are skipped quietly.
        case broken(isRule: Bool)
        /// A `table` line that failed to parse: its directives are skipped quietly.
        case brokenTable
    }

    /// The parsed file and its syntax diagnostics.
    public func parse() -> (file: RuleFile, diagnostics: [Diagnostic]) {
        var result = RuleFile(path: file)
        var diagnostics: [Diagnostic] = []
        var block = Block.none
        var topicCount = 0

        func close() {
            switch block {
            case .rule(var rule, let attempted):
                diagnostics += missingDirectives(of: rule, attempted: attempted)
                rule.isMalformed = rule.isMalformed || !attempted.isEmpty
                result.rules.append(rule)
            case .example(let example):
                if example.expected == nil {
                    diagnostics.append(
                        .rule(.missingDirective, "example '\(example.name)' has no 'expect'", file: file, at: example.position))
                }
                result.examples.append(example)
            case .table(let table):
                result.tables.append(table)
            case .none, .broken, .brokenTable: break
            }
            block = .none
        }

        for line in lexer.lines() {
            guard let first = line.tokens.first else {
                if let error = line.error { diagnostics.append(error) }
                continue
            }
            guard let directive = first.word else {
                diagnostics.append(
                    line.error ?? .rule(.syntax, "expected a directive, found \(first.display)", file: file, at: first.position))
                continue
            }
            if let error = line.error {
                diagnostics.append(error)
                if directive == "rule" || directive == "example" {
                    close()
                    block = .broken(isRule: directive == "rule")
                } else if directive == "table" {
                    close()
                    block = .brokenTable
                } else if case .table(var table) = block {
                    table.isMalformed = true
                    block = .table(table)
                } else if case .rule(let rule, var attempted) = block {
                    attempted.insert(directive)
                    block = .rule(rule, attempted: attempted)
                }
                continue
            }
            var cursor = TokenCursor(tokens: line.tokens, file: file, index: 1)
            // Only inside a table (a directive's word is hashed once there, not on every line).
            func isTableDirective() -> Bool {
                Self.tableDirectives.contains(directive) || directive == "title" || directive == "cite"
            }
            if case .table(var table) = block, isTableDirective() {
                do throws(Diagnostic) {
                    try parseTableDirective(directive, at: first, into: &table, cursor: &cursor, diagnostics: &diagnostics)
                } catch {
                    table.isMalformed = true
                    diagnostics.append(error)
                }
                block = .table(table)
                continue
            }
            if case .brokenTable = block, isTableDirective() { continue }
            do throws(Diagnostic) {
                switch directive {
                case "topic":
                    close()
                    let topic = try cursor.string("a topic")
                    try cursor.end()
                    topicCount += 1
                    if topicCount > 1 {
                        diagnostics.append(
                            .rule(
                                .topic, "a file has one topic", file: file, at: first.position,
                                notes: result.topic.map { ["first topic at \(SourceLocation(file: file, $0.position))"] } ?? []))
                    } else {
                        result.topic = Located(topic, at: first.position)
                    }
                case "edition":
                    close()
                    let edition = try parseEdition(&cursor)
                    if let previous = result.edition {
                        diagnostics.append(
                            .rule(
                                .edition, "a file states one edition", file: file, at: first.position,
                                notes: ["first edition at \(SourceLocation(file: file, previous.position))"]))
                    } else {
                        result.edition = Located(edition, at: first.position)
                    }
                case "rule":
                    close()
                    block = .broken(isRule: true)
                    let (id, position) = try cursor.ruleID()
                    try cursor.end()
                    block = .rule(RuleDefinition(id: id, file: file, position: first.position, idPosition: position), attempted: [])
                case "table":
                    close()
                    block = .brokenTable
                    let (name, position) = try cursor.identifier("a table name")
                    try cursor.end()
                    block = .table(TableDefinition(name: name, file: file, position: first.position, namePosition: position))
                case "example":
                    close()
                    block = .broken(isRule: false)
                    let name = try cursor.string("an example name")
                    try cursor.end()
                    block = .example(ExampleDefinition(name: name, file: file, position: first.position))
                case _ where Self.ruleDirectives.contains(directive):
                    switch block {
                    case .rule(var rule, var attempted):
                        do throws(Diagnostic) {
                            try parseRuleDirective(directive, at: first, into: &rule, cursor: &cursor, diagnostics: &diagnostics)
                        } catch {
                            attempted.insert(directive)
                            diagnostics.append(error)
                        }
                        block = .rule(rule, attempted: attempted)
                    case .broken(isRule: true): break
                    default:
                        diagnostics.append(.rule(.misplacedDirective, "'\(directive)' outside a rule", file: file, at: first.position))
                    }
                case _ where Self.tableDirectives.contains(directive):
                    diagnostics.append(.rule(.misplacedDirective, "'\(directive)' outside a table", file: file, at: first.position))
                case _ where Self.exampleDirectives.contains(directive):
                    switch block {
                    case .example(var example):
                        try parseExampleDirective(directive, at: first, into: &example, cursor: &cursor, diagnostics: &diagnostics)
                        block = .example(example)
                    case .broken(isRule: false): break
                    default:
                        diagnostics.append(.rule(.misplacedDirective, "'\(directive)' outside an example", file: file, at: first.position))
                    }
                default:
                    if case .rule(let rule, var attempted) = block {
                        attempted.insert(directive)
                        block = .rule(rule, attempted: attempted)
                    }
                    diagnostics.append(
                        .rule(
                            .unknownDirective,
                            "unknown directive '\(directive)'" + Suggestion.didYouMean(directive, in: Self.directives.sorted()),
                            file: file, at: first.position))
                }
            } catch {
                diagnostics.append(error)
            }
        }
        close()
        if topicCount == 0 {
            diagnostics.append(.rule(.topic, .warning, "file has no 'topic'", file: file, at: SourcePosition(line: 1, column: 1)))
        }
        return (result, diagnostics)
    }

    /// `edition "NAME" [superseded "YYYY-MM-DD"]`, after the directive word.
    private func parseEdition(_ cursor: inout TokenCursor) throws(Diagnostic) -> RuleEdition {
        let name = try cursor.string("the edition, e.g. \"MTUS before the December 2017 update\"")
        guard !name.allSatisfy(\.isWhitespace) else {
            throw .rule(.edition, "the edition is empty", file: file, at: cursor.tokens[cursor.index - 1].position)
        }
        var superseded: SimpleDate?
        if cursor.peek?.word == "superseded" {
            cursor.index += 1
            let position = cursor.peek?.position ?? cursor.endPosition
            let text = try cursor.string("the date a newer edition governs from, e.g. \"2017-12-01\"")
            guard text.utf8.count == 10, let date = SimpleDate(text), date.description == text else {
                throw .rule(.edition, "'\(text)' is not a date written YYYY-MM-DD", file: file, at: position)
            }
            superseded = date
        }
        try cursor.end(expecting: "end of line (or 'superseded \"YYYY-MM-DD\"')")
        return RuleEdition(name: name, superseded: superseded)
    }

    /// Required directives that are missing; a directive whose line failed to parse is not reported again.
    private func missingDirectives(of rule: RuleDefinition, attempted: Set<String>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let required: [(String, Bool)] = [
            ("title", rule.title != nil), ("status", rule.status != nil), ("applies", rule.applies != nil), ("then", rule.then != nil),
        ]
        for (name, present) in required where !present && !attempted.contains(name) {
            out.append(.rule(.missingDirective, "rule '\(rule.id)' has no '\(name)'", file: file, at: rule.position))
        }
        if rule.citation == nil && !attempted.contains("cite") {
            out.append(
                .rule(
                    .missingCitation, "rule '\(rule.id)' has no citation ('cite \"GUIDELINE\" section \"…\" pages \"…\"')",
                    file: file, at: rule.position))
        }
        return out
    }

    private func parseRuleDirective(
        _ directive: String, at first: RuleToken, into rule: inout RuleDefinition, cursor: inout TokenCursor,
        diagnostics: inout [Diagnostic]
    ) throws(Diagnostic) {
        let position = first.position
        func once<T>(_ existing: Located<T>?) -> Bool {
            guard let existing else { return true }
            diagnostics.append(
                .rule(
                    .repeatedDirective, "'\(directive)' given twice in rule '\(rule.id)'", file: file, at: position,
                    notes: ["first given at \(SourceLocation(file: file, existing.position))"]))
            return false
        }
        switch directive {
        case "title":
            let title = try cursor.string("a title")
            try cursor.end()
            if once(rule.title) { rule.title = Located(title, at: position) }
        case "status":
            let status = try cursor.keyword(RuleStatus.self, "a status (active, draft, retired)")
            try cursor.end()
            if once(rule.status) { rule.status = Located(status, at: position) }
        case "basis":
            let basis = try cursor.keyword(RuleBasis.self, "a basis (guideline, practice, fallback)")
            try cursor.end()
            if once(rule.basis) { rule.basis = Located(basis, at: position) }
        case "cite":
            let citation = try parseCitation(&cursor, at: position, diagnostics: &diagnostics)
            if rule.citation == nil {
                rule.citation = Located(citation, at: position)
            } else {
                rule.additionalCitations.append(Located(citation, at: position))
            }
        case "priority":
            guard let token = cursor.next(), case .number(let value) = token.kind else {
                throw cursor.unexpected("an integer priority")
            }
            guard value == value.rounded(), abs(value) < 1_000_000 else {
                throw .rule(.syntax, "priority must be a whole number", file: file, at: token.position)
            }
            try cursor.end()
            if once(rule.priority) { rule.priority = Located(Int(value), at: position) }
        case "applies", "provided", "when":
            var parser = ExpressionParser(cursor: cursor, lexer: lexer)
            let expression = try parser.parse()
            cursor = parser.cursor
            try cursor.end(expecting: "'and', 'or' or end of line")
            if directive == "applies" {
                if once(rule.applies) { rule.applies = Located(expression, at: position) }
            } else if directive == "provided" {
                if once(rule.provided) { rule.provided = Located(expression, at: position) }
            } else if once(rule.when) {
                rule.when = Located(expression, at: position)
            }
        case "then", "else", "undocumented":
            let outcome = try cursor.keyword(RuleOutcome.self, "an outcome (upheld, overturned, next)")
            try cursor.end()
            switch directive {
            case "then": if once(rule.then) { rule.then = Located(outcome, at: position) }
            case "else": if once(rule.otherwise) { rule.otherwise = Located(outcome, at: position) }
            default: if once(rule.undocumented) { rule.undocumented = Located(outcome, at: position) }
            }
        case "wording":
            _ = try cursor.keyword(RuleWording.self, "how the wording stands ('recalled')")
            let note = cursor.peek?.position ?? cursor.endPosition
            let why = try cursor.string("why the wording is recalled, e.g. \"ODG text not found by search\"")
            try cursor.end()
            guard !why.allSatisfy(\.isWhitespace) else {
                throw .rule(.wording, "'wording recalled' says why the wording was not checked; the note is empty", file: file, at: note)
            }
            if once(rule.wordingRecalled) { rule.wordingRecalled = Located(why, at: position) }
        case "reason":
            rule.reasons.append(try cursor.string("a reason"))
            try cursor.end()
        default:  // needs "…" [about FACT, FACT…]
            var need = DocumentationNeed(text: try cursor.string("the documentation needed"))
            if cursor.peek?.word == "about" {
                _ = cursor.next()
                repeat {
                    let (fact, position) = try cursor.identifier("a fact name")
                    need.facts.append(LocatedTerm(term: fact, position: position))
                } while cursor.skip(",")
            }
            try cursor.end(expecting: "'about' or end of line")
            rule.needs.append(need)
        }
    }

    /// `"GUIDELINE" [section "…"] [pages "…"]`, after `cite`.
    func parseCitation(
        _ cursor: inout TokenCursor, at position: SourcePosition, diagnostics: inout [Diagnostic]
    ) throws(Diagnostic) -> RuleCitation {
        let guidelineToken = cursor.peek
        let guideline = try cursor.string("the guideline")
        var citation = RuleCitation(guideline: guideline)
        while let word = cursor.peek?.word, word == "section" || word == "pages" {
            let wordToken = cursor.next()!
            let value = try cursor.string("the \(word)")
            if word == "section" {
                if citation.section != nil { throw .rule(.syntax, "'section' given twice", file: file, at: wordToken.position) }
                citation.section = value
            } else {
                if citation.pages != nil { throw .rule(.syntax, "'pages' given twice", file: file, at: wordToken.position) }
                citation.pages = value
            }
        }
        try cursor.end(expecting: "'section', 'pages' or end of line")
        if guideline.allSatisfy(\.isWhitespace) {
            diagnostics.append(
                .rule(
                    .missingCitation, "the citation names no guideline", file: file,
                    at: guidelineToken?.position ?? position))
        }
        return citation
    }

    private func parseExampleDirective(
        _ directive: String, at first: RuleToken, into example: inout ExampleDefinition, cursor: inout TokenCursor,
        diagnostics: inout [Diagnostic]
    ) throws(Diagnostic) {
        if directive == "given" {
            var facts: [GivenFact] = []
            repeat {
                let (fact, position) = try cursor.identifier("a fact name")
                guard cursor.next()?.isSymbol("=") == true else { throw cursor.unexpectedPrevious("'='") }
                guard let valueToken = cursor.peek else { throw cursor.unexpected("a value") }
                let value = try cursor.value(allowList: true)
                facts.append(GivenFact(fact: fact, position: position, value: value, valuePosition: valueToken.position))
            } while cursor.skip(";") && cursor.peek != nil
            try cursor.end(expecting: "';' or end of line")
            example.given += facts
            return
        }
        let outcome = try cursor.keyword(ExpectedOutcome.self, "an outcome (upheld, overturned, abstain)")
        var rule: Located<String>?
        if cursor.peek?.word == "by" {
            _ = cursor.next()
            let (id, position) = try cursor.ruleID()
            rule = Located(id, at: position)
        }
        try cursor.end(expecting: "'by' or end of line")
        if let existing = example.expected {
            diagnostics.append(
                .rule(
                    .repeatedDirective, "'expect' given twice in example '\(example.name)'", file: file,
                    at: first.position, notes: ["first given at \(SourceLocation(file: file, existing.position))"]))
            return
        }
        example.expected = Located(outcome, at: first.position)
        example.expectedRule = rule
    }
}
