import Foundation
import IMRRules
import IMRVocabulary
import Testing

/// A criteria checklist (`docs/checklists/*.md`): for each request kind, a `##` heading naming
/// its rule in backticks, and a table of the guideline section's conditioning sentences, one a
/// row of six cells: number, sentence, condition, fact(s), rule clause, status.
struct ChecklistProblem: Equatable, CustomStringConvertible, Sendable {
    /// The 1-based line of the problem in its file.
    var line: Int
    /// What is wrong, in words.
    var message: String
    var description: String { "\(line): \(message)" }
}

/// The words a row's condition cell may hold.
let checklistConditions: Set<String> = ["only-if", "not-for", "after", "unless", "limit", "continuation", "documentation"]

/// The words a row's status cell may start with (the rest of the cell says why).
let checklistStatuses = ["not encoded", "encoded", "added", "unreadable"]

/// The cells of a table line, split at the bars outside backticks (an escaped `\|` stays in its cell).
func checklistCells(_ line: String) -> [String] {
    var body = Substring(line.trimmingCharacters(in: .whitespaces))
    if body.hasPrefix("|") { body = body.dropFirst() }
    if body.hasSuffix("|") && !body.hasSuffix("\\|") { body = body.dropLast() }
    var cells: [String] = []
    var cell = ""
    var inCode = false
    var previous: Character = " "
    for character in body {
        if character == "`" { inCode.toggle() }
        if character == "|" && !inCode && previous != "\\" {
            cells.append(cell.trimmingCharacters(in: .whitespaces))
            cell = ""
        } else {
            cell.append(character)
        }
        previous = character
    }
    cells.append(cell.trimmingCharacters(in: .whitespaces))
    return cells
}

/// The backticked spans of a cell, in order.
func backticked(_ text: String) -> [String] {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    return stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }
}

/// The problems of one checklist's text: a heading without a known rule id, a table row of the
/// wrong width, a condition or status outside the agreed words, a fact not in the schema, a rule
/// id that is no rule, a heading without rows.
func checklistProblems(_ text: String, ruleIDs: Set<String>, facts: FactCatalog) -> [ChecklistProblem] {
    var problems: [ChecklistProblem] = []
    var inSection = false
    var sectionLine = 0
    var rows = 0
    func closeSection() {
        if inSection && rows == 0 { problems.append(.init(line: sectionLine, message: "a section without rows")) }
    }
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let number = index + 1
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("## ") {
            closeSection()
            inSection = true
            sectionLine = number
            rows = 0
            guard let id = backticked(trimmed).first else {
                problems.append(.init(line: number, message: "a heading that names no rule in backticks"))
                continue
            }
            if !ruleIDs.contains(id) { problems.append(.init(line: number, message: "`\(id)` is not a rule")) }
            continue
        }
        guard trimmed.hasPrefix("|"), inSection else { continue }
        let cells = checklistCells(trimmed)
        if cells.first == "#" || cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
        guard cells.count == 6 else {
            problems.append(.init(line: number, message: "\(cells.count) cells, not 6"))
            continue
        }
        rows += 1
        if !checklistConditions.contains(cells[2]) {
            problems.append(.init(line: number, message: "condition '\(cells[2])' is not one of \(checklistConditions.sorted())"))
        }
        let status = cells[5].lowercased()
        let known = checklistStatuses.contains { word in
            status.hasPrefix(word) && !(status.dropFirst(word.count).first?.isLetter ?? false)
        }
        if !known {
            problems.append(.init(line: number, message: "status '\(cells[5])' does not start with one of \(checklistStatuses)"))
        }
        let named = backticked(cells[3])
        if named.isEmpty && cells[3] != "-" {
            problems.append(.init(line: number, message: "fact(s) '\(cells[3])': neither backticked facts nor '-'"))
        }
        for fact in named where facts[fact] == nil {
            problems.append(.init(line: number, message: "`\(fact)` is not in facts.schema"))
        }
        let clause = backticked(cells[4])
        if clause.isEmpty && cells[4] != "-" {
            problems.append(.init(line: number, message: "rule clause '\(cells[4])': no rule id in backticks, nor '-'"))
        }
        for name in clause {
            if name.contains(".") {
                if !ruleIDs.contains(name) { problems.append(.init(line: number, message: "`\(name)` is not a rule")) }
            } else if facts[name] == nil {
                problems.append(.init(line: number, message: "`\(name)` is neither a rule nor in facts.schema"))
            }
        }
    }
    closeSection()
    return problems
}

private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private let checklistRuleIDs: Set<String> = Set(
    RuleSet.load(directory: repositoryRoot.appendingPathComponent("Rules").path).ruleSet.rules.map(\.id))

/// The shipped checklists, by name (the directory's README describes the format).
private let checklistFiles: [String] = {
    let directory = repositoryRoot.appendingPathComponent("docs/checklists").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
}()

@Test func thereAreChecklists() {
    #expect(!checklistFiles.isEmpty, "no docs/checklists/*.md")
}

@Test(arguments: checklistFiles)
func everyChecklistRowNamesKnownFactsRulesConditionsAndStatuses(_ name: String) throws {
    let text = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/checklists/\(name)"), encoding: .utf8)
    let problems = checklistProblems(text, ruleIDs: checklistRuleIDs, facts: shippedSchema)
    for problem in problems { Issue.record("docs/checklists/\(name):\(problem)") }
    #expect(text.contains("\n| 1 |"), "docs/checklists/\(name): no numbered row")
}

/// A checklist text and the problems it must give, as `line: message start`.
struct ChecklistCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var problems: [String]
    var testDescription: String { name }
}

private let heading = """
    ## `injections.epidural` - an epidural (CPMTG p. 46)
    | # | sentence | condition | fact(s) | rule clause | status |
    |---|---|---|---|---|---|

    """

private let checklistCases: [ChecklistCase] = [
    .init(
        name: "a whole row",
        text: heading
            + "| 1 | \"... initially unresponsive to conservative treatment ...\" (p. 46) | after | `conservative_care_failed` "
            + "| `injections.epidural` when: conservative_care_failed | encoded |\n",
        problems: []),
    .init(
        name: "a status with its why, a fact cell of '-'",
        text: heading + "| 1 | \"... no more than two ...\" | limit | - | - | unreadable: the count of a series (forms' shape) |\n",
        problems: []),
    .init(
        name: "five cells, so no row", text: heading + "| 1 | s | limit | - | encoded |\n",
        problems: ["4: 5 cells", "1: a section without rows"]),
    .init(
        name: "a condition outside the words", text: heading + "| 1 | s | required | - | - | encoded |\n",
        problems: ["4: condition 'required'"]),
    .init(name: "a status outside the words", text: heading + "| 1 | s | limit | - | - | done |\n", problems: ["4: status 'done'"]),
    .init(
        name: "a fact not in the schema", text: heading + "| 1 | s | limit | `epidural_wish` | - | encoded |\n",
        problems: ["4: `epidural_wish` is not in facts.schema"]),
    .init(
        name: "a rule that is none", text: heading + "| 1 | s | limit | - | `injections.epidural_wish` when: x | encoded |\n",
        problems: ["4: `injections.epidural_wish` is not a rule"]),
    .init(
        name: "a heading naming no rule", text: "## epidurals\n| 1 | s | limit | - | - | encoded |\n",
        problems: ["1: a heading that names no rule"]),
    .init(name: "a section without rows", text: heading, problems: ["1: a section without rows"]),
    .init(
        name: "a fact cell in plain words", text: heading + "| 1 | s | limit | the count | - | added |\n",
        problems: ["4: fact(s) 'the count'"]),
]

@Test(arguments: checklistCases)
func checklistProblemsAreFound(_ row: ChecklistCase) {
    let problems = checklistProblems(row.text, ruleIDs: ["injections.epidural"], facts: shippedSchema).map(\.description)
    #expect(problems.count == row.problems.count, "\(problems)")
    for (found, expected) in zip(problems, row.problems) { #expect(found.hasPrefix(expected), "\(found)") }
}
