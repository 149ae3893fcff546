import IMRFacts
import Testing

@testable import IMRFacts

// A hearing loss told by an audiogram's values (ODG Head, Hearing aids: "hearing loss documented
// by audiometry"): a threshold above `hearing_normal_limit` (25 dB HL) in a table headed by
// frequencies or in the audiogram's sentence is a loss (`diagnoses`); every threshold within it, or
// hearing told normal in words, is its absence, a negated mention that a name of the loss told
// elsewhere (a claim line) is weighed against. Written in this project's own words.

private let table = """
    Audiogram 07/18/2016 (air conduction, dB HL):
    | ear | 500 | 1000 | 2000 | 4000 |
    | right | %@ |
    | left | 10 | 15 | 20 | 20 |
    """

/// Whether the summary's audiogram tells hearing lost (`true`), normal (`false`), or nothing (`nil`).
private func audiogramLoss(_ summary: String) -> Bool? {
    let text = MatchingTests.text(summary)
    let found = MatchingTests.index.addingAudiogramFindings(to: [], in: text)
        .filter { MatchingTests.index.name(of: $0.term.id) == "hearing_loss" }
    if found.contains(where: { !$0.negated }) { return true }
    return found.isEmpty ? nil : false
}

@Test(
    arguments: [
        // (summary, loss told: true, hearing normal: false, nothing: nil)
        ("Noise exposure at the press for 31 years.\n" + table.replacingOccurrences(of: "%@", with: "20 | 25 | 45 | 60"), true),
        ("Noise exposure. Audiogram: thresholds 40-65 dB HL from 2000 Hz up, both ears.", true),
        ("Noise exposure. Pure tone audiometry shows thresholds of 30 to 55 dB in the right ear.", true),
        ("Noise exposure at the press for 31 years.\n" + table.replacingOccurrences(of: "%@", with: "10 | 10 | 15 | 20"), false),
        ("Noise exposure. Audiogram: thresholds 10-20 dB HL in both ears.", false),
        ("Noise exposure. Impression: hearing thresholds within normal limits in both ears.", false),
        ("Noise exposure; normal hearing on today's audiogram.", false),
        // Nothing: no audiogram, or an audiogram with no values.
        ("Noise exposure. Tinnitus in both ears, 20 years at the press.", nil),
        ("Noise exposure. Audiogram ordered.", nil),
        ("Dose | 500 | 1000 |\nGabapentin | 300 | 600 |", nil),
    ] as [(String, Bool?)])
func audiogramFinding(_ summary: String, _ loss: Bool?) {
    #expect(audiogramLoss(summary) == loss, "\(summary)")
}

@Test(
    arguments: [
        // (summary, diagnosis read)
        ("Seen 08/11/2016.\n" + table.replacingOccurrences(of: "%@", with: "20 | 25 | 45 | 60"), true),
        ("Seen 08/11/2016. Noise exposure. Audiogram: thresholds 10-20 dB HL in both ears.", false),
    ] as [(String, Bool)])
func audiogramDiagnosis(_ summary: String, _ read: Bool) {
    expectRequestFact(summary, "Binaural hearing aids", "diagnoses", read ? "hearing_loss" : "!hearing_loss", anyTerm: true)
}
