import Foundation
import IMRFacts
import IMRRules
import IMRVocabulary
import Testing

/// `docs/guideline-coverage.md` maps every guideline section to the rules that encode it. Its rows
/// are `` | `SECTION` | text | `rule.a`, `rule.b` | note | `` or `` | `SECTION` | text | not encoded | reason | ``.
struct GuidelineCoverageDocument {
    struct Row {
        var line: Int
        var section: String
        var rules: [String]
        var notEncoded: Bool
        var note: String
    }

    var rows: [Row] = []
    /// Rows that do not follow the format, as `line N: problem`.
    var malformed: [String] = []

    init(_ text: String) {
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where raw.hasPrefix("| `") {
            let line = offset + 1
            let cells = raw.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 6, cells.first == "", cells.last == "" else {
                malformed.append("line \(line): a row has four cells")
                continue
            }
            let section = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let rulesCell = cells[3]
            let notEncoded = rulesCell == "not encoded"
            var rules: [String] = []
            if !notEncoded {
                for part in rulesCell.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    guard part.count > 2, part.hasPrefix("`"), part.hasSuffix("`") else {
                        malformed.append("line \(line): the rules cell is backticked rule ids or 'not encoded', not '\(part)'")
                        continue
                    }
                    rules.append(String(part.dropFirst().dropLast()))
                }
            }
            rows.append(Row(line: line, section: section, rules: rules, notEncoded: notEncoded, note: cells[4]))
        }
    }

    /// Every disagreement between the document and `ruleSet`, and every format problem.
    func problems(against ruleSet: RuleSet, required: [String]) -> [String] {
        var problems = malformed
        let statuses = Dictionary(ruleSet.rules.map { ($0.id, $0.status?.value) }, uniquingKeysWith: { first, _ in first })
        var listed: Set<String> = []
        var sections: Set<String> = []
        for row in rows {
            if !sections.insert(row.section).inserted { problems.append("line \(row.line): section '\(row.section)' listed twice") }
            if row.notEncoded && row.note.isEmpty { problems.append("line \(row.line): '\(row.section)' is not encoded without a reason") }
            if !row.notEncoded && row.rules.isEmpty { problems.append("line \(row.line): '\(row.section)' names no rule") }
            for rule in row.rules {
                listed.insert(rule)
                switch statuses[rule] {
                case nil: problems.append("line \(row.line): no rule '\(rule)' in Rules/")
                case .retired?: problems.append("line \(row.line): rule '\(rule)' is retired")
                default: break
                }
            }
        }
        for rule in ruleSet.rules where rule.status?.value == .active && !listed.contains(rule.id) {
            problems.append("active rule '\(rule.id)' is listed under no guideline section")
        }
        for section in required where !sections.contains(section) {
            problems.append("required section '\(section)' is missing")
        }
        return problems
    }

    /// The sections issue #9 asks the document to list.
    static let required: [String] = {
        var sections = [
            "cpmtg.opioids_criteria", "cpmtg.nsaids", "cpmtg.nsaids_gi_risk", "cpmtg.muscle_relaxants", "cpmtg.antidepressants",
            "cpmtg.antiepilepsy_drugs", "cpmtg.topical_analgesics", "cpmtg.benzodiazepines", "cpmtg.physical_medicine",
            "cpmtg.manual_therapy", "cpmtg.tens", "cpmtg.epidural_steroid_injections", "cpmtg.trigger_point_injections",
            "cpmtg.chronic_pain_programs", "cpmtg.psychological_treatment", "cpmtg.home_health_2009",
            "acupuncture.trial", "acupuncture.extension", "postsurgical.initial_course",
            "opioids2016.s1_acute", "opioids2016.s1_4_postoperative", "opioids2016.s3_chronic", "opioids2016.s4_tapering",
            "odg.preoperative_testing", "odg.preoperative_clearance", "odg.assistant_surgeon", "odg.cold_therapy", "odg.cpm",
            "odg.dme", "odg.home_health", "odg.skilled_nursing", "odg.transportation", "odg.hearing_aids", "odg.eeg",
            "odg.sleep_studies", "odg.fce", "odg.computerized_testing", "odg.not_recommended",
            "practice.evidence_search_sequence",
        ]
        for chapter in 8...14 {
            for kind in ["imaging", "special_studies", "electrodiagnostics", "injections", "surgery", "dme"] {
                sections.append("acoem.ch\(chapter).\(kind)")
            }
        }
        return sections
    }()
}

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test func guidelineCoverageListsEveryRule() throws {
    let (ruleSet, _, _) = RuleSet.load(directory: root.appendingPathComponent("Rules").path)
    let text = try String(contentsOf: root.appendingPathComponent("docs/guideline-coverage.md"), encoding: .utf8)
    let document = GuidelineCoverageDocument(text)
    #expect(document.rows.count > 100)
    #expect(document.problems(against: ruleSet, required: GuidelineCoverageDocument.required) == [])
}

@Test func guidelineCoverageCheckFindsEachProblem() {
    let rules = """
        topic "t"
        rule a.one
          title "one"
          status active
          cite "G"
          applies procedure in [mri]
          then upheld
        rule a.two
          title "two"
          status active
          cite "G"
          applies procedure in [xray]
          then upheld
        rule a.old
          title "old"
          status retired
          cite "G"
          applies procedure in [ct]
          then upheld
        """
    let (lexicon, _) = Lexicon.load(directory: root.appendingPathComponent("Rules/lexicon").path)
    let (ruleSet, _) = RuleSet.check(sources: [("t.rules", rules)], lexicon: lexicon)
    let text = """
        | section | text | rules | note |
        |---|---|---|---|
        | `s.one` | one | `a.one`, `a.missing` | |
        | `s.old` | old | `a.old` | |
        | `s.none` | none | not encoded | |
        | `s.one` | again | `a.one` | |
        | `s.bad` | bad | a.one | |
        """
    let problems = GuidelineCoverageDocument(text).problems(against: ruleSet, required: ["s.one", "s.required"])
    #expect(
        problems == [
            "line 7: the rules cell is backticked rule ids or 'not encoded', not 'a.one'",
            "line 3: no rule 'a.missing' in Rules/",
            "line 4: rule 'a.old' is retired",
            "line 5: 's.none' is not encoded without a reason",
            "line 6: section 's.one' listed twice",
            "line 7: 's.bad' names no rule",
            "active rule 'a.two' is listed under no guideline section",
            "required section 's.required' is missing",
        ])
}
