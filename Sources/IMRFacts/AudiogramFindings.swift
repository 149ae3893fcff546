import IMRVocabulary

extension LexiconIndex {
    /// `mentions` with the diagnoses an audiogram's values tell (`audiogram_names`, label: the
    /// diagnosis; ODG Head, Hearing aids: "hearing loss documented by audiometry"): a loss when a
    /// hearing threshold stands above `hearing_normal_limit`'s `decibels`, its absence (a negated
    /// mention) when every threshold read is at or within it. The thresholds are read
    /// - from a table whose header names two frequencies or more (`audiogram_frequencies`: "| ear |
    ///   500 | 1000 | 2000 |"): the numbers of those columns in every row, the mention at the row
    ///   of the highest ("| left | 20 | 25 | 50 | 60 |");
    /// - from a sentence naming the audiogram: the numbers written before a `decibel_units` word,
    ///   a range's two ends ("thresholds 10-20 dB HL", "from 15 to 25 dB"), the mention at the
    ///   audiogram's name;
    /// and a `hearing_normal` phrase tells the absence ("hearing thresholds within normal limits",
    /// "normal hearing"). Told so, a loss is read only where the values are; a loss named stays as
    /// named, and a claim's name of the condition is weighed against the absence by its reader.
    func addingAudiogramFindings(to mentions: [Mention], in text: CaseText) -> [Mention] {
        let names = cues.set(.audiogramNames).hits(in: text)
        let normal = cues.set(.hearingNormal).hits(in: text)
        guard !names.isEmpty || !normal.isEmpty else { return mentions }
        let limit = cues.threshold(.decibels, in: .hearingNormalLimit)
        var added: [Mention] = []
        func add(_ label: CueLabelID, sentence: Int, first: Int, last: Int, loss: Bool) {
            guard let id = ids.id(cues.labelText(label)) else { return }
            added.append(
                Mention(
                    term: TermRef(kind: .diagnosis, id: id), sentence: sentence, first: first, last: last, negated: !loss, hedged: false))
        }
        for hit in normal where !hit.negated { add(hit.label, sentence: hit.sentence, first: hit.first, last: hit.last, loss: false) }
        if let label = names.first?.label {
            let frequencies = cues.wordList(.audiogramFrequencies)
            for table in TableGrids.tables(in: text) {
                let columns = table.header.indices.filter { column in
                    table.header[column].contains { frequencies.contains(text.tokens[$0]) }
                }
                guard columns.count >= 2 else { continue }
                var highest: (value: Int32, row: Range<Int>)?
                for row in table.rows {
                    for column in columns where column < row.count {
                        for token in row[column] where text.tokens[token].digits >= 0 {
                            let value = text.tokens[token].digits
                            if highest == nil || value > highest!.value { highest = (value, row.first { !$0.isEmpty } ?? row[column]) }
                        }
                    }
                }
                guard let highest, !highest.row.isEmpty, let sentence = text.sentence(ofToken: highest.row.lowerBound) else { continue }
                add(
                    label, sentence: sentence, first: highest.row.lowerBound, last: highest.row.upperBound - 1,
                    loss: Int(highest.value) > limit)
            }
            let units = cues.wordList(.decibelUnits)
            for hit in names {
                let range = text.sentences[hit.sentence].tokens
                var values: [Int32] = []
                for index in range where units.contains(text.tokens[index]) && index > range.lowerBound {
                    // The number before the unit, and a range's first end before it ("10-20 dB", "15 to 25 dB").
                    var position = index - 1
                    guard text.tokens[position].digits >= 0 else { continue }
                    values.append(text.tokens[position].digits)
                    position -= 1
                    if position >= range.lowerBound, cues.wordList(.measureJoiners).contains(text.tokens[position]) { position -= 1 }
                    if position >= range.lowerBound, text.tokens[position].digits >= 0, position == index - 2 || position == index - 3 {
                        values.append(text.tokens[position].digits)
                    }
                }
                guard let highest = values.max() else { continue }
                add(hit.label, sentence: hit.sentence, first: hit.first, last: hit.last, loss: Int(highest) > limit)
            }
        }
        guard !added.isEmpty else { return mentions }
        added.sort { ($0.sentence, $0.first) < ($1.sentence, $1.first) }
        // Merged in sentence and token order, each added one after the mentions that start with it.
        var merged: [Mention] = []
        merged.reserveCapacity(mentions.count + added.count)
        var next = 0
        for mention in mentions {
            while next < added.count, (added[next].sentence, added[next].first) < (mention.sentence, mention.first) {
                merged.append(added[next])
                next += 1
            }
            merged.append(mention)
        }
        return merged + added[next...]
    }
}
