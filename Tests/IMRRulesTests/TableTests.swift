import IMRCore
import IMRRules
import Testing

/// A table (lines 2-11) and a rule that reads it (lines 12-19), with lines replaced or added.
private func tableFile(
    row: String = "  row index_surgery [lumbar_fusion]; general 34; initial 17; period 6 months",
    key: String = "  key index_surgery, body_regions", choose: String? = "  choose largest general, period",
    extraRow: String? = nil, applies: String = "procedure in [mri]", when: String = "visits_requested <= course.initial"
) -> String {
    [
        "topic \"T\"", "table course", "  title \"t\"", "  cite \"G\"", key, "  column general number",
        "  column initial number half general", "  column period days", choose ?? "  # no choose", row,
        extraRow ?? "  default period 6 months", "rule a.b", "  title \"t\"", "  status active", "  cite \"G\"",
        "  applies \(applies)", "  when \(when)", "  then overturned", "  else upheld",
    ].joined(separator: "\n") + "\n"
}

struct TableCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    /// Every diagnostic expected, as `CODE@line:column` (R031 "no example" warnings are ignored). A
    /// table with an error also gives the rule that reads it an error (`R061@17:28`): the rule is
    /// left out with it.
    var expected: [String]
    var testDescription: String { name }
}

private let tableCases: [TableCase] = [
    .init(name: "a valid table read by a rule", text: tableFile(), expected: []),
    .init(
        name: "R011 unknown term in a row",
        text: tableFile(row: "  row index_surgery [lumbar_fusin]; general 34; initial 17; period 6 months"),
        expected: ["R011@10:22", "R061@17:28"]),
    .init(name: "R061 unknown column in a rule", text: tableFile(when: "visits_requested <= course.initail"), expected: ["R061@17:28"]),
    .init(
        name: "R061 unknown table in a rule", text: tableFile(when: "visits_requested <= couse.initial"),
        expected: ["R061@17:28", "R064@2:7"]),
    .init(
        name: "R061 unknown column in a row",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initail 17; period 6 months"),
        expected: ["R061@10:50", "R060@10:3", "R061@17:28"]),
    .init(
        name: "R062 two rows with one key",
        text: tableFile(extraRow: "  row index_surgery [lumbar_fusion]; general 30; initial 15; period 6 months"),
        expected: ["R062@11:3", "R061@17:28"]),
    .init(
        name: "R063 a row against the halving rule",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 16; period 6 months"),
        expected: ["R063@10:58", "R061@17:28"]),
    .init(name: "R064 a table no rule reads", text: tableFile(when: "visits_requested <= 12"), expected: ["R064@2:7"]),
    .init(
        name: "R013 a table keyed by a case fact read in applies",
        text: tableFile(
            key: "  key index_surgery, regional_diagnoses", applies: "procedure in [mri] and visits_requested <= course.initial",
            when: "spasm"),
        expected: ["R013@16:54"]),
    .init(
        name: "a table keyed by a case fact read in when", text: tableFile(key: "  key index_surgery, regional_diagnoses"),
        expected: []),
    .init(name: "R060 no choose", text: tableFile(choose: nil), expected: ["R060@2:1", "R061@17:28"]),
    .init(
        name: "R060 a row testing a fact that is not a key",
        text: tableFile(row: "  row diagnoses [lumbar_strain]; general 34; initial 17; period 6 months"),
        expected: ["R060@10:7", "R061@17:28"]),
    .init(
        name: "R060 a row without a column's value", text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 17"),
        expected: ["R060@10:3", "R061@17:28"]),
    .init(
        name: "R060 a key that is not a term fact", text: tableFile(key: "  key index_surgery, age"), expected: ["R012@5:22", "R061@17:28"]),
    .init(
        name: "R015 a duration without a unit",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 17; period 6"),
        expected: ["R015@10:69", "R061@17:28"]),
    .init(
        name: "R016 a duration column against a number", text: tableFile(when: "visits_requested <= course.period"),
        expected: ["R016@17:28"]),
    .init(
        name: "R003 a row outside a table",
        text: tableFile() + "  row index_surgery [mri]; general 1; initial 0; period 1 month\n", expected: ["R003@20:3"]),
    .init(
        name: "R060 a default row with a key", text: tableFile(extraRow: "  default index_surgery [mri]; period 6 months"),
        expected: ["R060@11:11", "R061@17:28"]),
    .init(
        name: "unlimited in a duration column",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 17; period unlimited"), expected: []),
    .init(
        name: "unlimited in a column and its half",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general unlimited; initial unlimited; period 6 months"),
        expected: []),
    .init(
        name: "unlimited in the default row", text: tableFile(extraRow: "  default period unlimited; general unlimited"), expected: []),
    .init(
        name: "R001 a unit after unlimited",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 17; period unlimited months"),
        expected: ["R001@10:79", "R061@17:28"]),
    .init(
        name: "R001 a misspelt unlimited",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 17; period unlimted"),
        expected: ["R001@10:69", "R061@17:28"]),
    .init(
        name: "R063 unlimited is not one half of a number",
        text: tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial unlimited; period 6 months"),
        expected: ["R063@10:58", "R061@17:28"]),
]

@Test(arguments: tableCases)
func tableDiagnostics(_ testCase: TableCase) {
    let found = check(testCase.text).diagnostics.filter { $0.code != "R031" }.map(summary)
    #expect(found.sorted() == testCase.expected.sorted(), "\(check(testCase.text).diagnostics.map(\.description))")
}

@Test func anUnknownColumnSuggestsTheClosest() {
    let diagnostic = check(tableFile(when: "visits_requested <= course.initail"), path: "Rules/surgery.rules").diagnostics.first {
        $0.code == "R061"
    }
    #expect(
        diagnostic?.description
            == "Rules/surgery.rules:17:28: error: [R061] unknown column 'initail' of table 'course'; did you mean 'initial'?")
}

@Test func aDuplicateKeyNotesTheFirstRow() {
    let text = tableFile(extraRow: "  row index_surgery [lumbar_fusion]; general 30; initial 15; period 6 months")
    let diagnostic = check(text).diagnostics.first { $0.code == "R062" }
    #expect(diagnostic?.notes == ["first row at t.rules:10:3"])
}

@Test func theHalvingRuleNamesTheExpectedValue() {
    let text = tableFile(row: "  row index_surgery [lumbar_fusion]; general 9; initial 5; period 4 months")
    let diagnostic = check(text).diagnostics.first { $0.code == "R063" }
    #expect(diagnostic?.message == "'initial' 5 is not one half of 'general' 9 (4, rounded down)")
}

@Test func aTableWithErrorsLeavesOutTheRulesThatReadIt() {
    let (ruleSet, diagnostics) = check(tableFile(row: "  row index_surgery [lumbar_fusin]; general 34; initial 17; period 6 months"))
    #expect(ruleSet.tables.isEmpty)
    #expect(ruleSet.rules.isEmpty)
    #expect(diagnostics.contains { $0.code == "R061" && $0.message == "table 'course' has errors; a rule cannot read it" })
}

@Test func theParsedTableHoldsItsRowsInDays() throws {
    let (ruleSet, _) = check(tableFile())
    let table = try #require(ruleSet.tables["course"])
    #expect(table.keys.map(\.term) == ["index_surgery", "body_regions"])
    #expect(table.rows.first?.value(of: "period") == 180)
    #expect(table.rows.first?.value(of: "initial") == 17)
    #expect(table.defaultRow?.value(of: "general") == nil)
    #expect(
        table.choice?.value
            == .largest([
                LocatedTerm(term: "general", position: SourcePosition(line: 9, column: 18)),
                LocatedTerm(term: "period", position: SourcePosition(line: 9, column: 27)),
            ]))
}

@Test func anUnlimitedCellReadsAsNoLimit() throws {
    let (ruleSet, _) = check(tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 17; period unlimited"))
    let table = try #require(ruleSet.tables["course"])
    let cell = try #require(table.rows.first?.cells.first { $0.column == "period" })
    #expect(cell.value == .infinity)
    #expect(cell.isUnlimited)
    #expect(cell.text == "unlimited")
    #expect(table.rows.first?.cells.first { $0.column == "general" }?.isUnlimited == false)
}

@Test func aMisspeltUnlimitedNamesTheWordsExpected() {
    let diagnostic = check(tableFile(row: "  row index_surgery [lumbar_fusion]; general 34; initial 17; period unlimted")).diagnostics
        .first { $0.code == "R001" }
    #expect(diagnostic?.message.contains("a number or 'unlimited'") == true, "\(diagnostic?.message ?? "none")")
}

@Test func theHalvingRuleWritesUnlimited() {
    let text = tableFile(row: "  row index_surgery [lumbar_fusion]; general unlimited; initial 17; period 6 months")
    let diagnostic = check(text).diagnostics.first { $0.code == "R063" }
    #expect(diagnostic?.message == "'initial' 17 is not one half of 'general' unlimited (unlimited, rounded down)")
}
