import IMRCore
import IMRVocabulary

/// One measure told at two times in a clause, or its change told alone, and what the change is
/// worth: "ODI 52% -> 30%", "abduction went from 90 to 140 degrees", "LEFS 31 at intake, 52 at
/// discharge", "walking tolerance was 10 minutes, now 45", "grip 9 kg (6 kg on 11/14)", "sits 60
/// minutes, up from 15", "strength 4-/5 -> 5/5", "improved by 18 points", "a 50% improvement in
/// sitting tolerance".
///
/// The measures, which direction is better for each and the least change that counts are data
/// (`measures.cues`: `measure_lower_points`, `measure_lower_percent`, `measure_higher_points`,
/// `measure_higher_percent`). Which scope a change bears on (a trial, a drug, a region) is the
/// caller's to decide.
struct MeasureChange: Sendable {
    /// Better beyond the least change that counts, better by less, the same, or worse.
    enum Verdict: Sendable, Equatable { case better, trivial, same, worse }

    var sentence: Int
    /// The tokens of the measure's name.
    var measure: ClosedRange<Int>
    /// The first and last token of the measure's name and its values.
    var first: Int
    var last: Int
    /// The value before and after, in the later value's unit (nil for a change told alone).
    var before: Double?
    var after: Double?
    var verdict: Verdict
    /// Read from a table's row under its header's times (``TableGrids``): a goal the header names
    /// is a column of its own, which governs no measure.
    var tabled = false
}

/// One value of a measure told alone in its clause ("At the initial evaluation the Oswestry was
/// 62%"), with when it was measured as its clause tells it: a date (its own, or the only date of
/// its clause) or a column time (`measure_column_before`, `measure_column_after`: "initial
/// evaluation", "today"), when the clause tells one kind only. A record tells a course's two times
/// so, a sentence or a clause each (``MeasureChanges/valuesAlone(in:)``).
struct MeasureValueAlone: Sendable {
    var name: MeasureChanges.Name
    var value: MeasureChanges.Value
    var date: SimpleDate?
    /// `before` or `after`, or nil when the clause tells neither or both.
    var time: MeasureChanges.Time?
}

enum MeasureChanges {
    /// The measures of a summary told at two times in a clause, and the values told alone, read
    /// once (``SentenceCache``).
    struct Reading: Sendable {
        var changes: [MeasureChange]
        var alone: [MeasureValueAlone]
    }

    /// The measures of a summary told at two times, or changed, in text order, read once
    /// (``SentenceCache``).
    static func changes(in analysis: CaseAnalysis) -> [MeasureChange] { reading(analysis).changes }

    /// The values of measures told alone in their clause, in text order, read once: a caller pairs
    /// two of one measure when their times order them (``order(_:_:)``).
    static func valuesAlone(in analysis: CaseAnalysis) -> [MeasureValueAlone] { reading(analysis).alone }

    private static func reading(_ analysis: CaseAnalysis) -> Reading {
        analysis.cache.measureReading {
            var alone: [MeasureValueAlone] = []
            let names = measureNames(analysis)
            let (tabled, spans) = tableChanges(analysis, names: names)
            let told = read(analysis, names: names.filter { name in !spans.contains { $0.contains(name.first) } }, alone: &alone)
            let changes = tabled.isEmpty ? told : (told + tabled).sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
            return Reading(changes: changes, alone: alone)
        }
    }

    /// The measures of the rows of a table (``TableGrids``) whose header names a column of the time
    /// before (`measure_column_before`, `measure_before`) and a later one of the time after
    /// (`measure_column_after`, `measure_after`), or columns numbered in a series
    /// (``numberedColumns(of:goal:_:)``: "session 1 | session 6"), neither a goal (`measure_column_goal`): a row's
    /// first cell names the measure, its cells in those two columns hold its values ("Measure |
    /// Initial | Discharge | Goal" over "Active flexion | 95 deg | 150 deg | 170 deg": 95 to 150,
    /// the goal no measure). With the token spans of those tables, whose measures are read so only.
    private static func tableChanges(_ analysis: CaseAnalysis, names: [Name]) -> (changes: [MeasureChange], spans: [Range<Int>]) {
        let text = analysis.text
        let tables = TableGrids.tables(in: text)
        guard !tables.isEmpty, !names.isEmpty else { return ([], []) }
        let cues = analysis.index.cues
        func hits(_ sets: [CueName]) -> [CueHit] { sets.flatMap { cues.set($0).hits(in: text) }.filter { !$0.negated } }
        let (before, after, goals) = (
            hits([.measureColumnBefore, .measureBefore]), hits([.measureColumnAfter, .measureAfter]), hits([.measureColumnGoal])
        )
        var changes: [MeasureChange] = []
        var spans: [Range<Int>] = []
        for table in tables {
            func columns(_ found: [CueHit]) -> [Int] {
                table.header.indices.filter { column in found.contains { table.header[column].contains($0.first) } }
            }
            let goal = Set(columns(goals))
            let worded = columns(before).first(where: { $0 > 0 && !goal.contains($0) }).flatMap { from in
                columns(after).last(where: { $0 > from && !goal.contains($0) }).map { (from: from, to: $0) }
            }
            guard let (from, to) = worded ?? numberedColumns(of: table, goal: goal, analysis) else { continue }
            let last = table.rows.flatMap { $0 }.map(\.upperBound).max() ?? table.header[0].upperBound
            spans.append(table.header[0].lowerBound..<last)
            for row in table.rows where !row[0].isEmpty && !row[from].isEmpty && !row[to].isEmpty {
                guard let name = names.first(where: { row[0].contains($0.first) }),
                    let one = values(in: row[from].lowerBound...(row[from].upperBound - 1), excluding: name, leads: [], analysis).first,
                    let two = values(in: row[to].lowerBound...(row[to].upperBound - 1), excluding: name, leads: [], analysis).first
                else { continue }
                var change = change(name: name, before: one, after: two, first: one.first, last: two.last)
                change.tabled = true
                changes.append(change)
            }
        }
        return (changes, spans)
    }

    /// The columns of `table` (after the first, none in `goal`) headed by a `measure_column_series`
    /// word and a count ("| measure | session 1 | session 6 |", "Visit 1 | Visit 10", "Week 0 | Week
    /// 6"): the column of the lowest count is the time before, the one of the highest the time
    /// after; nil unless two counts differ.
    private static func numberedColumns(of table: TableGrid, goal: Set<Int>, _ analysis: CaseAnalysis) -> (from: Int, to: Int)? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let series = cues.wordList(.measureColumnSeries)
        var counted: [(column: Int, count: Int)] = []
        for column in table.header.indices.dropFirst() where !goal.contains(column) {
            let cell = table.header[column]
            guard cell.count >= 2, series.contains(text.tokens[cell.lowerBound]), let count = cues.count(text.tokens[cell.lowerBound + 1])
            else { continue }
            counted.append((column, count))
        }
        guard let first = counted.min(by: { $0.count < $1.count }), let last = counted.max(by: { $0.count < $1.count }),
            first.count < last.count
        else { return nil }
        return (first.column, last.column)
    }

    /// The two values `one` and `two` of one measure (written alike) in time order, when their
    /// dates or times order them: two dates by their order, a date and a time (a time of the
    /// before precedes a date, one of the after follows it), or a before and an after; `nil` when
    /// nothing orders them or they are not of one measure.
    static func order(_ one: MeasureValueAlone, _ two: MeasureValueAlone, _ text: CaseText) -> (MeasureValueAlone, MeasureValueAlone)? {
        let (a, b) = (one.name, two.name)
        guard a.last - a.first == b.last - b.first,
            (0...(a.last - a.first)).allSatisfy({ text.tokens[a.first + $0].id == text.tokens[b.first + $0].id })
        else { return nil }
        switch (one.date, two.date, one.time, two.time) {
        case (let x?, let y?, _, _): return x == y ? nil : x < y ? (one, two) : (two, one)
        case (_?, nil, _, .after?), (nil, _?, .before?, _): return (one, two)
        case (_?, nil, _, .before?), (nil, _?, .after?, _): return (two, one)
        case (nil, nil, .before?, .after?): return (one, two)
        case (nil, nil, .after?, .before?): return (two, one)
        default: return nil
        }
    }

    /// The pain of sentence `sentence` told at two times (`measure_pain`: "VAS 8 before, VAS 1
    /// after", "her pain dropped from 7 to 2"), read as the measures are, lower better, its values
    /// scores of 0 to 10 without a unit ("30 minutes" is no score). Pain is not among
    /// ``changes(in:)``: a pain change alone is no functional benefit.
    static func painChanges(in analysis: CaseAnalysis, sentence: Int) -> [MeasureChange] {
        let names = analysis.index.cues.set(.measurePain).hits(in: analysis.text, sentence: sentence).filter { !$0.negated }.map {
            Name(sentence: sentence, first: $0.first, last: $0.last, lowerIsBetter: true, points: nil, percent: nil)
        }
        var alone: [MeasureValueAlone] = []
        return read(analysis, names: names, scores: true, alone: &alone)
    }

    /// The changes of measures `names` (in text order), or of pain scores (`scores`); the values
    /// told alone in their clause, with the time their clause tells, into `alone`.
    private static func read(_ analysis: CaseAnalysis, names: [Name], scores: Bool = false, alone: inout [MeasureValueAlone])
        -> [MeasureChange]
    {
        let text = analysis.text
        guard !names.isEmpty else { return [] }
        let cues = analysis.index.cues
        let times =
            cues.set(.measureBefore).hits(in: text).filter { !$0.negated }.map { ($0, Time.before) }
            + cues.set(.measureAfter).hits(in: text).filter { !$0.negated }.map { ($0, Time.after) }
        let betterments = cues.set(.measureBetter).hits(in: text)
        // Whether two names are of one measure, written alike ("VAS 8 before, VAS 1 after").
        func same(_ a: Name, _ b: Name) -> Bool {
            a.last - a.first == b.last - b.first
                && (0...(a.last - a.first)).allSatisfy { text.tokens[a.first + $0].id == text.tokens[b.first + $0].id }
        }
        var changes: [MeasureChange] = []
        for name in names {
            let clause = text.clause(sentence: name.sentence, token: name.first)
            // The measure's reach: from the end of the name before it in its clause (or the clause's
            // start) to the start of the next of another measure (or the clause's end). A name of the
            // measure before it is read with that one.
            let previous = names.last { $0.sentence == name.sentence && $0.last < name.first && clause.contains($0.last) }
            if let previous, same(previous, name) { continue }
            let next = names.first { $0.sentence == name.sentence && $0.first > name.last && clause.contains($0.first) && !same($0, name) }
            // Values before the name only within four words and its part of the sentence ("4-hr
            // shifts", "a 50% improvement in her sitting tolerance").
            let part = ProcedureFacts.commaPart(of: name.first, in: text, sentence: name.sentence)
            let lower = max(previous.map { $0.last + 1 } ?? clause.lowerBound, name.first - 4, part.lowerBound)
            var upper = next.map { $0.first - 1 } ?? clause.upperBound
            guard lower <= upper else { continue }
            let sentenceTimes = times.filter { $0.0.sentence == name.sentence }
            let leads = Set(sentenceTimes.map(\.0.last))
            var values = self.values(in: lower...upper, excluding: name, leads: leads, analysis)
            // One value, and the next clause names no measure and opens with a time or a value
            // ("NDI 40% at the start; at the latest visit 22%", "Oswestry 62% in 08/2016; 38% on
            // 11/28/2016"): that clause tells its second time.
            let sentenceEnd = text.sentences[name.sentence].tokens.upperBound
            if values.count == 1, next == nil, upper + 1 < sentenceEnd {
                let following = text.clause(sentence: name.sentence, token: upper + 1)
                if !names.contains(where: { $0.sentence == name.sentence && following.contains($0.first) }),
                    sentenceTimes.contains(where: { $0.0.first >= following.lowerBound && $0.0.first <= following.lowerBound + 2 })
                        || text.tokens[following.lowerBound].digits >= 0
                {
                    upper = following.upperBound
                    values = self.values(in: lower...upper, excluding: name, leads: leads, analysis)
                }
            }
            // A pain score is a number of 0 to 10 without a unit.
            if scores { values = values.filter { $0.unit == nil && !$0.isPercent && $0.number <= 10 } }
            // A row of two columns ("Neck Disability Index: 40% / 22%") is the measure's whole row:
            // values after it are another row's, its name not read ("... 40% / 22% Computer work
            // before she has to stop: 30 min / 2 hours").
            if values.count > 2, isSlashJoined(values[0], values[1], text) { values = Array(values.prefix(2)) }
            guard !values.isEmpty else { continue }
            var timed = values.map { value in
                (value, time(of: value, among: values, times: times.filter { $0.0.sentence == name.sentence }, analysis))
            }
            if let columns = columns(before: name.first, sentence: name.sentence, analysis) {
                // Under a two-column header ("initial evaluation / discharge: flexion 70 / 135"),
                // two values joined by a slash are of its two times.
                for index in timed.indices.dropLast() where isSlashJoined(timed[index].0, timed[index + 1].0, text) {
                    (timed[index].1, timed[index + 1].1) = columns
                }
            }
            if let change = bracketed(timed, name: name, analysis) ?? pair(timed, name: name, analysis) {
                changes.append(change)
            } else if values.count == 1,
                let change = changeAlone(values[0], name: name, betterments: betterments.filter { $0.sentence == name.sentence }, analysis)
            {
                changes.append(change)
            } else if values.count == 1 {
                alone.append(valueAlone(values[0], name: name, clause: clause, analysis))
            }
        }
        return changes
    }

    /// Value `value` of measure `name`, told alone in `clause`, with the date or the time the
    /// clause tells (``MeasureValueAlone``).
    private static func valueAlone(_ value: Value, name: Name, clause: ClosedRange<Int>, _ analysis: CaseAnalysis) -> MeasureValueAlone {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (start, end) = (text.tokens[clause.lowerBound].start, text.tokens[clause.upperBound].end)
        let dates = analysis.dates.filter { $0.sentence == name.sentence && $0.offset >= start && $0.offset < end }
        let date = date(after: value, analysis) ?? (dates.count == 1 ? dates[0].date : nil)
        func tells(_ set: CueName) -> Bool {
            cues.set(set).hits(in: text, sentence: name.sentence).contains { !$0.negated && clause.contains($0.first) }
        }
        let (before, after) = (tells(.measureColumnBefore), tells(.measureColumnAfter))
        let time: Time? = before == after ? nil : before ? .before : .after
        return MeasureValueAlone(name: name, value: value, date: date, time: time)
    }

    /// A measure's name in the summary: its tokens, which direction is better, and the least
    /// change that counts in points and as a percentage of the value before.
    struct Name: Sendable {
        var sentence: Int
        var first: Int
        var last: Int
        var lowerIsBetter: Bool
        var points: Double?
        var percent: Double?
    }

    /// The names of the four measure sets, a name inside a longer one dropped, one name per span.
    static func measureNames(_ analysis: CaseAnalysis) -> [Name] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        var names: [Name] = []
        let sets: [(CueName, Bool, Bool)] = [
            (.measureLowerPoints, true, false), (.measureLowerPercent, true, true),
            (.measureHigherPoints, false, false), (.measureHigherPercent, false, true),
        ]
        for (set, lower, isPercent) in sets {
            for hit in cues.set(set).hits(in: text) where !hit.negated {
                guard let threshold = Double(cues.labelText(hit.label)) else { continue }
                if let index = names.firstIndex(where: { $0.sentence == hit.sentence && $0.first == hit.first && $0.last == hit.last }) {
                    if isPercent { names[index].percent = threshold } else { names[index].points = threshold }
                    continue
                }
                names.append(
                    Name(
                        sentence: hit.sentence, first: hit.first, last: hit.last, lowerIsBetter: lower,
                        points: isPercent ? nil : threshold, percent: isPercent ? threshold : nil))
            }
        }
        let kept = names.filter { name in
            !names.contains { other in
                other.sentence == name.sentence && other.first <= name.first && name.last <= other.last
                    && other.last - other.first > name.last - name.first
            }
        }
        return kept.sorted { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
    }

    /// A value of a measure: its number, its tokens (with its scale and unit), its unit's size,
    /// whether it is a percentage, and whether a date follows it.
    struct Value: Sendable {
        var number: Double
        var first: Int
        var last: Int
        var unit: Double?
        var isPercent = false
        /// Written over its scale ("4/5", "4 out of 5"): a score, not an amount of change.
        var scaled = false
    }

    /// When a value was measured.
    enum Time: Sendable { case before, after, dated, untold }

    /// The values in `range`, outside the name: numbers in digits (a decimal, a grade with `+` or
    /// `-`, a score over a scale of `measure_scales` (5, 10, 50, 80, 100), written "/5" or with `measure_scale_leads` words:
    /// "4 out of 5"), or in words after a time word (`leads`: the
    /// last tokens of the `measure_before` and `measure_after` phrases) or a joiner, or before a
    /// unit ("instead of three", "six hours"), with a `measure_units` word after them or glued
    /// to them ("30kg"), or `%`. Not a value: a date or a fraction over another number ("11/14"),
    /// a number of a range ("3-4", "30-45"), a count of another unit ("6 visits", "600 mg",
    /// "2 weeks": a `pain_score_units` word not a `measure_units` one).
    static func values(in range: ClosedRange<Int>, excluding name: Name, leads: Set<Int>, _ analysis: CaseAnalysis) -> [Value] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let (tokens, bytes) = (text.tokens, text.bytes)
        let unitWords = cues.wordList(.measureUnits)
        let otherUnits = cues.wordList(.painScoreUnits)
        let sessions = cues.wordList(.sessionUnits)
        let joiners = cues.wordList(.measureJoiners)
        let scaleLeads = cues.wordList(.measureScaleLeads)
        let scales = cues.wordList(.measureScales)
        func gap(_ token: Int) -> ArraySlice<UInt8> {
            bytes[tokens[token].end..<(token + 1 < tokens.count ? tokens[token + 1].start : bytes.count)]
        }
        func isDigits(_ token: Int) -> Bool { tokens[token].digits >= 0 }
        var values: [Value] = []
        var token = range.lowerBound
        while token <= range.upperBound {
            defer { token += 1 }
            if (name.first...name.last).contains(token) { continue }
            var number: Double
            var unit: Double?
            let digits = tokens[token].digits
            if digits >= 0 {
                number = Double(digits)
            } else if digits == -1, let glued = gluedValue(text.word(at: token), cues) {
                (number, unit) = (glued.number, glued.unit)
            } else if digits == Token.notDigits, let count = cues.count(tokens[token]),
                token > 0 && (leads.contains(token - 1) || joiners.contains(tokens[token - 1]))
                    || (token + 1 <= range.upperBound && unitWords.contains(tokens[token + 1]))
            {
                // A number in words, after a time word or a joiner ("instead of three") or before a unit ("six hours").
                number = Double(count)
            } else {
                continue
            }
            // Not the second number of a fraction, a date or a range ("8/10", "11/14", "3-4").
            if token > range.lowerBound, isDigits(token - 1), let slash = gap(token - 1).last, slash == 47 || slash == 45,
                gap(token - 1).count <= 2
            {
                continue
            }
            var last = token
            var isPercent = false
            var scaled = false
            var after = gap(token)
            // A decimal ("7.5").
            if after.elementsEqual([46]), token + 1 <= range.upperBound, isDigits(token + 1) {
                let fraction = text.word(at: token + 1)
                number += Double(tokens[token + 1].digits) / pow10(fraction.count)
                last = token + 1
                after = gap(last)
            }
            // A grade's + or - ("4-/5", "4+/5").
            if let sign = after.first, sign == 43 || sign == 45, after.dropFirst().first == 47 {
                number += sign == 43 ? 1.0 / 3 : -1.0 / 3
                after = after.dropFirst()
            }
            if after.first == 47 {
                // A score over its scale ("5/5", "8/10"): another fraction or a date is no value.
                guard last + 1 <= range.upperBound, after.count == 1, scales.contains(tokens[last + 1]),
                    number <= Double(tokens[last + 1].digits), !(last + 2 < tokens.count && gap(last + 1).first == 47)
                else {
                    token = last + 1
                    continue
                }
                last += 1
                scaled = true
            } else if after.first == 45, after.count == 1, last + 1 <= range.upperBound, isDigits(last + 1) {
                // A range ("30-45"): neither number.
                token = last + 1
                continue
            }
            // A scale in words after it ("4 out of 5", "7 of 10").
            var lead = last + 1
            while lead <= range.upperBound, lead <= last + 2, scaleLeads.contains(tokens[lead]) { lead += 1 }
            if lead > last + 1, lead <= range.upperBound, scales.contains(tokens[lead]), number <= Double(tokens[lead].digits) {
                last = lead
                scaled = true
            }
            if gap(last).first == 37 { isPercent = true }
            if unit == nil, last + 1 <= range.upperBound, !(name.first...name.last).contains(last + 1) {
                let next = tokens[last + 1]
                if unitWords.contains(next) {
                    unit = cues.label(of: next, in: .measureUnits).flatMap(Double.init)
                    isPercent = isPercent || cues.wordList(.percentWords).contains(next)
                    last += 1
                } else if otherUnits.contains(next) {
                    continue
                }
            }
            // A count of sessions, a unit a word or two after it ("4 PT visits", "the 8 completed PT visits").
            if unit == nil,
                ((last + 1)..<max(last + 1, min(range.upperBound + 1, last + 4))).contains(where: { sessions.contains(tokens[$0]) })
            {
                continue
            }
            values.append(Value(number: number, first: token, last: last, unit: unit, isPercent: isPercent, scaled: scaled))
            token = last
        }
        return values
    }

    /// A number with a `measure_units` word glued after it ("30kg", "45min"), and the unit's size.
    static func gluedValue(_ word: String, _ cues: CueBook) -> (number: Double, unit: Double)? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Double(digits),
            let unit = cues.label(of: String(word.dropFirst(digits.count)), in: .measureUnits),
            let size = Double(unit)
        else { return nil }
        return (number, size)
    }

    /// The time of `value`: a `measure_before` or `measure_after` phrase belongs to the value
    /// nearest to it within three words (one after it, not across a comma, before one after it
    /// at the same distance); else a date right after it (within two words) makes it the earlier.
    static func time(of value: MeasureChanges.Value, among values: [Value], times: [(CueHit, Time)], _ analysis: CaseAnalysis) -> Time {
        let tokens = analysis.text.tokens
        func distance(_ hit: CueHit, _ value: Value) -> Int? {
            if hit.first > value.last {
                let crossesComma = ((value.last + 1)...hit.first).contains { tokens[$0].commaBefore || tokens[$0].semicolonBefore }
                return crossesComma ? nil : hit.first - value.last
            }
            if hit.last < value.first { return value.first - hit.last }
            return nil
        }
        let leads = analysis.index.cues.wordList(.measureTimeLeads)
        var best: (Time, Int)?
        for (hit, time) in times {
            guard let mine = distance(hit, value), mine <= 3 else { continue }
            // Nearer another value: that value's. As near: the one after it when it ends in a
            // `measure_time_leads` word ("40 minutes instead of 10"), else the one before it
            // ("31 at intake, 52").
            let leading = leads.contains(tokens[hit.last])
            let taken = values.contains { other in
                guard other.first != value.first, let theirs = distance(hit, other) else { return false }
                let otherBefore = other.last < hit.first
                return theirs < mine || (theirs == mine && otherBefore != leading)
            }
            if !taken, mine < (best?.1 ?? Int.max) { best = (time, mine) }
        }
        if let best { return best.0 }
        // A date within two words after it: a date read, or two numbers joined by "/" that are no
        // score ("on 11/14").
        let bytes = analysis.text.bytes
        let after = (value.last + 1)..<max(value.last + 1, min(tokens.count - 1, value.last + 3))
        let dated = after.contains { token in
            tokens[token].digits >= 0 && tokens[token + 1].digits >= 0 && bytes[tokens[token].end] == 47
                && tokens[token + 1].start == tokens[token].end + 1
                && (analysis.dates.contains { $0.offset == tokens[token].start } || tokens[token].digits > tokens[token + 1].digits
                    || !analysis.index.cues.wordList(.measureScales).contains(tokens[token + 1]))
        }
        return dated ? .dated : .untold
    }

    /// The two times of a two-column header before token `first` of sentence `sentence`, the last
    /// one: a time of the before and a time of the after (`measure_before`, `measure_after`, or
    /// the bare column words `measure_column_before`, `measure_column_after`: "initial evaluation",
    /// "discharge") joined by a slash or a bar alone ("Measures, initial evaluation / discharge:",
    /// "start of care / today", "Intake | D/C:", "first visit / sixth visit"), in the order written.
    static func columns(before first: Int, sentence: Int, _ analysis: CaseAnalysis) -> (Time, Time)? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let hits =
            [CueName.measureBefore, .measureColumnBefore].flatMap { cues.set($0).hits(in: text, sentence: sentence) }.map {
                ($0, Time.before)
            }
            + [CueName.measureAfter, .measureColumnAfter].flatMap { cues.set($0).hits(in: text, sentence: sentence) }.map {
                ($0, Time.after)
            }
        let ahead = hits.filter { !$0.0.negated && $0.0.last < first }
        var found: (Time, Time, Int)?
        for (one, oneTime) in ahead {
            for (two, twoTime) in ahead where two.first == one.last + 1 && oneTime != twoTime {
                let gap = text.bytes[text.tokens[one.last].end..<text.tokens[two.first].start]
                guard gap.contains(where: isColumnBar), gap.allSatisfy({ isColumnBar($0) || $0 == 32 }) else { continue }
                if two.last > found?.2 ?? -1 { found = (oneTime, twoTime, two.last) }
            }
        }
        return found.map { ($0.0, $0.1) }
    }

    /// Whether two values are written joined by a slash or a bar alone, spaces or a percent sign
    /// beside it ("70 / 135", "52% / 30%", "6/10 / 2/10", "38% | 18%"): two columns, not a score
    /// over its scale.
    static func isSlashJoined(_ one: Value, _ two: Value, _ text: CaseText) -> Bool {
        guard two.first == one.last + 1 else { return false }
        let gap = text.bytes[text.tokens[one.last].end..<text.tokens[two.first].start]
        return gap.allSatisfy { isColumnBar($0) || $0 == 32 || $0 == 37 } && gap.filter(isColumnBar).count == 1
    }

    /// Whether `byte` divides two columns of a table: a slash or a bar.
    static func isColumnBar(_ byte: UInt8) -> Bool { byte == 47 || byte == 124 }

    /// A value told in brackets after the values outside them, the bracket dated or timed ("70
    /// degrees right and 65 left (45 and 40 at the 08/31/2016 visit)", "NDI 20% (42% at intake)"):
    /// the first value outside and the first inside are of two times, the bracket's the before when
    /// it holds a date or a time of the before and no time of the after, the after when it holds
    /// only a time of the after. A bracket with neither ("70 degrees (normal 180)") tells no time.
    static func bracketed(_ timed: [(Value, Time)], name: Name, _ analysis: CaseAnalysis) -> MeasureChange? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let bytes = text.bytes
        let sentenceStart = text.tokens[text.sentences[name.sentence].tokens.lowerBound].start
        // The offset of the open bracket a token stands in, if any.
        func opening(_ token: Int) -> Int? {
            var offset = text.tokens[token].start - 1
            while offset >= sentenceStart {
                if bytes[offset] == 41 { return nil }
                if bytes[offset] == 40 { return offset }
                offset -= 1
            }
            return nil
        }
        guard let outside = timed.first(where: { opening($0.0.first) == nil }),
            let inside = timed.first(where: { $0.0.first > outside.0.last && opening($0.0.first) != nil }),
            let open = opening(inside.0.first)
        else { return nil }
        // The bracket's tokens: from the open bracket to its close (or the sentence's end).
        let range = text.sentences[name.sentence].tokens
        let from = range.first { text.tokens[$0].start > open } ?? inside.0.first
        var to = from
        while to + 1 < range.upperBound, !bytes[text.tokens[to].end..<text.tokens[to + 1].start].contains(41) { to += 1 }
        func holds(_ set: CueName) -> Bool {
            cues.set(set).hits(in: text, sentence: name.sentence).contains { !$0.negated && $0.first >= from && $0.last <= to }
        }
        let dated = analysis.dates.contains { $0.sentence == name.sentence && $0.offset > open && $0.offset <= text.tokens[to].start }
        let later = holds(.measureAfter)
        let earlier = dated || holds(.measureBefore)
        guard earlier != later else { return nil }
        let (before, after) = earlier ? (inside.0, outside.0) : (outside.0, inside.0)
        return change(name: name, before: before, after: after, first: outside.0.first, last: to)
    }

    /// The first two values in a row of which one is before and the other after: joined by a
    /// `measure_joiners` word ("90 to 140", "52% -> 30%"), or timed (one before, the other after
    /// or untold; one dated, the other untold or after).
    static func pair(_ timed: [(Value, Time)], name: Name, _ analysis: CaseAnalysis) -> MeasureChange? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        let joiners = cues.wordList(.measureJoiners)
        // The side told right after a value ("30 kg on the right", "9 kg R"): values of two sides
        // are not of two times.
        let sides = cues.set(.bodySides).hits(in: text, sentence: name.sentence)
        func side(_ value: Value) -> CueLabelID? {
            sides.first { $0.first > value.last && $0.first - value.last <= 3 }?.label
        }
        for ((one, oneTime), (two, twoTime)) in zip(timed, timed.dropFirst()) {
            if let a = side(one), let b = side(two), a != b { continue }
            let between = (one.last + 1)..<two.first
            let joined = between.count == 1 && joiners.contains(text.tokens[between.lowerBound])
            let order: (Value, Value)?
            switch (oneTime, twoTime) {
            case _ where joined: order = (one, two)
            case (.dated, .dated):
                // Two dated values ("Oswestry 46% on 09/28/2016 and 24% on 11/02/2016"): by their dates.
                guard let a = date(after: one, analysis), let b = date(after: two, analysis), a != b else { continue }
                order = a < b ? (one, two) : (two, one)
            case (.before, .after), (.before, .untold), (.untold, .after), (.dated, .untold), (.dated, .after), (.before, .dated):
                order = (one, two)
            case (.after, .before), (.untold, .before), (.after, .untold), (.untold, .dated), (.after, .dated), (.dated, .before):
                order = (two, one)
            default: order = nil
            }
            guard let (before, after) = order else { continue }
            return change(name: name, before: before, after: after, first: one.first, last: two.last)
        }
        return nil
    }

    /// The date read within two words after `value` ("46% on 09/28/2016"), if any.
    static func date(after value: Value, _ analysis: CaseAnalysis) -> SimpleDate? {
        let tokens = analysis.text.tokens
        guard value.last + 1 < tokens.count else { return nil }
        let reach = (value.last + 1)...min(tokens.count - 1, value.last + 3)
        return analysis.dates.first { date in reach.contains { tokens[$0].start == date.offset } }?.date
    }

    /// The change of measure `name` from value `before` to value `after` (compared in the later
    /// value's unit), spanning the name and `first...last`.
    static func change(name: Name, before: Value, after: Value, first: Int, last: Int) -> MeasureChange {
        var from = before.number
        let to = after.number
        if let a = before.unit, let b = after.unit, a != b { from *= a / b }
        return MeasureChange(
            sentence: name.sentence, measure: name.first...name.last, first: min(name.first, first), last: max(name.last, last),
            before: from, after: to,
            verdict: verdict(gain: name.lowerIsBetter ? from - to : to - from, before: from, name: name, isPercent: false))
    }

    /// A change told of one value: a `measure_better` word, or a `measure_rise` or
    /// `measure_fall` one (better as the measure's direction is), within three words of it ("improved
    /// by 18 points", "a 50% improvement in", "increased by 60%"), not a word of a name read in the
    /// sentence ("lower extremity"). A score over its scale is no change. A percentage is compared
    /// with the percentage that counts, any other value with the points.
    static func changeAlone(_ value: Value, name: Name, betterments: [CueHit], _ analysis: CaseAnalysis) -> MeasureChange? {
        let (text, cues) = (analysis.text, analysis.index.cues)
        func near(_ first: Int, _ last: Int) -> Bool {
            (last < value.first && value.first - last <= 3) || (first > value.last && first - value.last <= 3)
        }
        guard !value.scaled else { return nil }
        // A word of a name read in the sentence ("lower extremity", "follow up") is no change word.
        let named = analysis.mentions(inSentence: name.sentence)
        func isNamed(_ token: Int) -> Bool { named.contains { $0.first <= token && token <= $0.last } }
        var sign: Double?
        if let word = betterments.first(where: { !$0.negated && near($0.first, $0.last) && !(name.first...name.last).contains($0.first) }) {
            sign = word.label == .yes ? 1 : -1
        } else {
            let reach = max(0, value.first - 3)...min(text.tokens.count - 1, value.last + 3)
            let (rise, fall) = (cues.wordList(.measureRise), cues.wordList(.measureFall))
            let rises = reach.contains { rise.contains(text.tokens[$0]) && !(name.first...name.last).contains($0) && !isNamed($0) }
            let falls = reach.contains { fall.contains(text.tokens[$0]) && !(name.first...name.last).contains($0) && !isNamed($0) }
            if rises != falls { sign = (rises == !name.lowerIsBetter) ? 1 : -1 }
        }
        guard let sign else { return nil }
        let gain = sign * value.number
        return MeasureChange(
            sentence: name.sentence, measure: name.first...name.last, first: min(name.first, value.first),
            last: max(name.last, value.last), before: nil, after: nil,
            verdict: verdict(gain: gain, before: nil, name: name, isPercent: value.isPercent))
    }

    /// What a gain is worth: better when it reaches the points that count, or the percentage of
    /// the value before (or, told as a percentage, that percentage); the same at none; worse below.
    static func verdict(gain: Double, before: Double?, name: Name, isPercent: Bool) -> MeasureChange.Verdict {
        if gain == 0 { return .same }
        if gain < 0 { return .worse }
        if isPercent { return name.percent.map { gain >= $0 } == true ? .better : .trivial }
        if let points = name.points, gain >= points - 1e-9 { return .better }
        if let percent = name.percent, let before, before > 0, gain / before * 100 >= percent - 1e-9 { return .better }
        return .trivial
    }

    private static func pow10(_ count: Int) -> Double { (0..<count).reduce(1.0) { value, _ in value * 10 } }
}
