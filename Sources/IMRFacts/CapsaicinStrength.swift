import IMRVocabulary

extension RequestReader {
    /// The capsaicin strength, in percent, of a request that names capsaicin (`capsaicin_percent`;
    /// CPMTG 2009 pp. 28-29: 0.025% for osteoarthritis, 0.075% for the neuropathies it was studied
    /// in, no indication for an increase over 0.025%): the percent written after capsaicin's own
    /// name and before the next drug or ingredient is named ("Capsaicin 0.075% cream", "methyl
    /// salicylate 20%/capsaicin .0375%/menthol 5%": 0.0375); else the strength the label of the
    /// product named gives (`capsaicin_percent`: a product whose every label states one). `nil`
    /// when capsaicin is named with no percent of its own ("capsaicin/menthol 10%").
    func capsaicinPercent(in text: CaseText, mentions: [Mention]) -> Double? {
        let capsaicin = index[.capsaicin]
        let named = mentions.filter { $0.term.kind == .drug || $0.term.kind == .ingredient }
        if let at = named.firstIndex(where: { $0.term.id == capsaicin }) {
            let start = text.tokens[named[at].last].end
            let next = named[(at + 1)...].lazy.map { text.tokens[$0.first].start }.first { $0 >= start }
            if let percent = index.cues.percent(in: text.bytes, from: start, before: next ?? text.bytes.count) { return percent }
        }
        for mention in named {
            if let label = index.cues.group(.capsaicinPercent, label: mention.term.id), let percent = Double(label) { return percent }
        }
        return nil
    }
}
