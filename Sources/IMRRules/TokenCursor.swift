import IMRCore

/// Reads the tokens of one directive, throwing syntax diagnostics at the offending token.
struct TokenCursor {
    let tokens: [RuleToken]
    let file: String
    var index: Int

    var peek: RuleToken? { index < tokens.count ? tokens[index] : nil }

    mutating func next() -> RuleToken? {
        defer { index += 1 }
        return peek
    }

    /// Consumes the symbol when it is next.
    mutating func skip(_ symbol: String) -> Bool {
        guard peek?.isSymbol(symbol) == true else { return false }
        index += 1
        return true
    }

    /// Where the end of the directive is (just after its last token).
    var endPosition: SourcePosition {
        guard let last = tokens.last else { return SourcePosition(line: 1, column: 1) }
        return SourcePosition(line: last.position.line, column: last.position.column + (last.end - last.start))
    }

    /// "expected X, found Y" at the next token (or the end of the line).
    func unexpected(_ expected: String) -> Diagnostic {
        if let token = peek {
            return .rule(.syntax, "expected \(expected), found \(token.display)", file: file, at: token.position)
        }
        return .rule(.syntax, "expected \(expected), found end of line", file: file, at: endPosition)
    }

    /// As ``unexpected(_:)`` for the token just consumed.
    mutating func unexpectedPrevious(_ expected: String) -> Diagnostic {
        index -= 1
        return unexpected(expected)
    }

    mutating func end(expecting expected: String = "end of line") throws(Diagnostic) {
        if peek != nil { throw unexpected(expected) }
    }

    mutating func string(_ what: String) throws(Diagnostic) -> String {
        guard let token = peek, case .string(let value) = token.kind else { throw unexpected(what) }
        index += 1
        return value
    }

    /// An identifier `[a-z][a-z0-9_]*`.
    mutating func identifier(_ what: String) throws(Diagnostic) -> (String, SourcePosition) {
        guard let token = peek, let word = token.word else { throw unexpected(what) }
        guard Self.isIdentifier(word) else {
            throw .rule(.syntax, "invalid \(what) '\(word)': use lower-case letters, digits and '_'", file: file, at: token.position)
        }
        index += 1
        return (word, token.position)
    }

    /// A rule id: identifiers joined by `.`.
    mutating func ruleID() throws(Diagnostic) -> (String, SourcePosition) {
        guard let token = peek, let word = token.word else { throw unexpected("a rule id") }
        guard Self.isRuleID(word) else {
            throw .rule(.syntax, "invalid rule id '\(word)': identifiers joined by '.'", file: file, at: token.position)
        }
        index += 1
        return (word, token.position)
    }

    /// One of the raw values of `T`.
    mutating func keyword<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ what: String) throws(Diagnostic) -> T
    where T.RawValue == String {
        guard let word = peek?.word, let value = T(rawValue: word) else {
            var diagnostic = unexpected(what)
            if let word = peek?.word {
                diagnostic.message += Suggestion.didYouMean(word, in: T.allCases.map(\.rawValue))
            }
            throw diagnostic
        }
        index += 1
        return value
    }

    /// `[a, b]`; empty only when `allowEmpty`.
    mutating func list(allowEmpty: Bool = false) throws(Diagnostic) -> [LocatedTerm] {
        guard skip("[") else { throw unexpected("'['") }
        var terms: [LocatedTerm] = []
        if allowEmpty && skip("]") { return [] }
        repeat {
            let (term, position) = try identifier("a term")
            terms.append(LocatedTerm(term: term, position: position))
        } while skip(",")
        guard skip("]") else { throw unexpected("',' or ']'") }
        return terms
    }

    /// `NUMBER [UNIT] | true | false | TERM`, or a list when `allowList`.
    mutating func value(allowList: Bool) throws(Diagnostic) -> SyntaxValue {
        guard let token = peek else { throw unexpected("a value") }
        switch token.kind {
        case .number(let number):
            index += 1
            if let word = peek?.word, let unit = DurationUnit(word: word) {
                let position = peek!.position
                index += 1
                return .number(number, unit: unit, unitPosition: position)
            }
            return .number(number, unit: nil, unitPosition: nil)
        case .word(let word) where word == "true" || word == "false":
            index += 1
            return .bool(word == "true")
        case .word:
            return .term(try identifier("a term").0)
        case .symbol("[") where allowList:
            return .list(try list(allowEmpty: true))
        default:
            throw unexpected(allowList ? "a value (number, true, false, term or [list])" : "a value (number, true, false or term)")
        }
    }

    /// The right side of a comparison: a value, or a table's column (`postsurgical.general_course`).
    mutating func comparisonValue() throws(Diagnostic) -> SyntaxValue {
        if let reference = try tableReference() { return .tableColumn(reference) }
        return try value(allowList: false)
    }

    /// A table's column `TABLE.COLUMN` when the next token is a word with a `.` (consumed), else `nil`.
    mutating func tableReference() throws(Diagnostic) -> TableReference? {
        guard let token = peek, let word = token.word, word.utf8.contains(46) else { return nil }
        guard let reference = TableReference(word: word, position: token.position) else {
            throw .rule(
                .syntax, "invalid table column '\(word)': a table's name and a column's, joined by '.'", file: file,
                at: token.position)
        }
        index += 1
        return reference
    }

    /// Whether `word` is identifiers joined by `.`, read on its bytes (an identifier is ASCII, so a
    /// word with another byte is none, as it is none when split into `Character`s).
    static func isRuleID(_ word: String) -> Bool {
        var atStart = true
        for byte in word.utf8 {
            if atStart {
                guard byte >= 97 && byte <= 122 else { return false }
                atStart = false
            } else if byte == 46 {
                atStart = true
            } else if !((byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 95) {
                return false
            }
        }
        return !atStart
    }

    static func isIdentifier(_ word: some StringProtocol) -> Bool {
        guard let first = word.utf8.first, first >= 97 && first <= 122 else { return false }
        return word.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }
}

/// Parses `or`, `and`, `not`, parentheses and conditions.
struct ExpressionParser {
    var cursor: TokenCursor
    let lexer: RuleLexer
    /// The levels of `(` and `not` open at the cursor.
    private var nesting = 0

    init(cursor: TokenCursor, lexer: RuleLexer) {
        self.cursor = cursor
        self.lexer = lexer
    }

    mutating func parse() throws(Diagnostic) -> RuleExpression {
        guard cursor.peek != nil else { throw cursor.unexpected("an expression") }
        return try parseOr()
    }

    private mutating func parseOr() throws(Diagnostic) -> RuleExpression {
        var parts = [try parseAnd()]
        while cursor.peek?.word == "or" {
            _ = cursor.next()
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseAnd() throws(Diagnostic) -> RuleExpression {
        var parts = [try parseUnary()]
        while cursor.peek?.word == "and" {
            _ = cursor.next()
            parts.append(try parseUnary())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parseUnary() throws(Diagnostic) -> RuleExpression {
        if let token = cursor.peek, token.word == "not" {
            try enter(at: token)
            _ = cursor.next()
            let inner = try parseUnary()
            nesting -= 1
            return .not(inner, position: token.position)
        }
        return try parseAtom()
    }

    /// Opens a level of `(` or `not` at `token`, refusing one beyond ``RuleExpression/maximumNesting``.
    private mutating func enter(at token: RuleToken) throws(Diagnostic) {
        nesting += 1
        guard nesting <= RuleExpression.maximumNesting else {
            throw .rule(
                .nestingTooDeep, "expression nests '(' and 'not' more than \(RuleExpression.maximumNesting) levels deep",
                file: cursor.file, at: token.position)
        }
    }

    private mutating func parseAtom() throws(Diagnostic) -> RuleExpression {
        guard let token = cursor.peek else { throw cursor.unexpected("a condition") }
        if token.isSymbol("(") {
            try enter(at: token)
            _ = cursor.next()
            let inner = try parseOr()
            guard cursor.skip(")") else { throw cursor.unexpected("')'") }
            nesting -= 1
            return inner
        }
        guard let word = token.word else { throw cursor.unexpected("a fact, 'not', 'documented' or '('") }
        if ["and", "or"].contains(word) { throw cursor.unexpected("a condition") }
        if word == "documented" {
            _ = cursor.next()
            if let reference = try cursor.tableReference() {
                return .condition(condition(reference.text, reference.position, .tableHasValue(reference), from: token))
            }
            let (fact, position) = try cursor.identifier("a fact name")
            return .condition(condition(fact, position, .documented, from: token))
        }
        let (fact, position) = try cursor.identifier("a fact name")
        let addends = try parseAddends()
        let test: Condition.Test
        if !addends.isEmpty {
            guard let next = cursor.peek, case .symbol(let symbol) = next.kind, let op = ComparisonOperator(rawValue: symbol) else {
                throw cursor.unexpected("'+', '-' or a comparison ('=', '!=', '<', '<=', '>', '>=') after a sum")
            }
            _ = cursor.next()
            test = .compare(op, try cursor.comparisonValue())
        } else if let next = cursor.peek, case .symbol(let symbol) = next.kind, let op = ComparisonOperator(rawValue: symbol) {
            _ = cursor.next()
            test = .compare(op, try cursor.comparisonValue())
        } else if let word = cursor.peek?.word, word == "in" {
            _ = cursor.next()
            test = .member(try cursor.list())
        } else if let word = cursor.peek?.word, let quantifier = SetQuantifier(rawValue: word) {
            _ = cursor.next()
            test = .quantified(quantifier, try cursor.list())
        } else {
            test = .isTrue
        }
        return .condition(condition(fact, position, test, from: token, addends: addends))
    }

    /// `(+|-) OPERAND` after the first fact of a sum, where an operand is a fact or `NUMBER [UNIT]`.
    private mutating func parseAddends() throws(Diagnostic) -> [Addend] {
        var addends: [Addend] = []
        while let token = cursor.peek, case .symbol(let symbol) = token.kind, let sign = Addend.Sign(rawValue: symbol) {
            _ = cursor.next()
            guard let operand = cursor.peek else { throw cursor.unexpected("a fact or a number after '\(symbol)'") }
            switch operand.kind {
            case .number(let number):
                _ = cursor.next()
                var unit: DurationUnit?
                var unitPosition: SourcePosition?
                if let word = cursor.peek?.word, let found = DurationUnit(word: word) {
                    unit = found
                    unitPosition = cursor.next()?.position
                }
                addends.append(
                    Addend(sign: sign, operand: .number(number, unit: unit, unitPosition: unitPosition), position: operand.position))
            case .word:
                let (name, position) = try cursor.identifier("a fact name")
                addends.append(Addend(sign: sign, operand: .fact(name), position: position))
            default:
                throw cursor.unexpected("a fact or a number after '\(symbol)'")
            }
        }
        return addends
    }

    private func condition(
        _ fact: String, _ position: SourcePosition, _ test: Condition.Test, from start: RuleToken, addends: [Addend] = []
    ) -> Condition {
        let last = cursor.tokens[cursor.index - 1]
        return Condition(
            fact: fact, factPosition: position, test: test, position: start.position,
            text: lexer.text(from: start.start, to: last.end), addends: addends)
    }
}
