import IMRVocabulary

/// `radicular_signs`: radiculopathy documented by physical examination, as the MTUS asks of an
/// epidural steroid injection (CPMTG 2009 p. 46, criterion 1: "documented by physical examination
/// and corroborated by imaging studies and/or electrodiagnostic testing"), read for the requested
/// part of the body and side.
///
/// A sign is the examiner's: a nerve-root tension test (`nerve_tension_signs`: a positive straight
/// leg raise, slump, Lasegue, femoral stretch or Spurling's), a focal deficit of the neurologic
/// examination (the `neurologic` phrases, motor and reflex grades: a dermatomal sensory loss, a
/// diminished or absent reflex, a myotomal weakness), or one of `radicular_exam_signs` (a test that
/// reproduced the pain, a sensory loss to pinprick or light touch), a tension test marked `+`
/// ("Spurling's +", "SLR (+) R"); and a bare "positive" or
/// "negative" opening a comma part after a part that names a tension test ("SLR negative on the
/// left, positive at 40 degrees on the right"). Not a sign: a symptom the worker tells (numbness,
/// radiating pain, sciatica), an electrodiagnostic or imaging result (corroboration), a weakness of
/// pain or of a tendon, a finding in doubt, of the past, of the review or of the plan, or a deficit
/// in a sentence that names a peripheral nerve or the spinal cord (`non_radicular_findings`:
/// median, ulnar, carpal tunnel, Tinel, clonus) unless its comma part names a root or dermatome
/// (`root_words`: "decreased sensation in the C6 dermatome; Tinel's negative").
///
/// Scope: a sign bears on the request when the side nearest it in its comma part (before it, else
/// after it) bears on the requested side, and, for a request of a part of the body, when the body
/// region nearest it within eight words (its own first: the lexicon places "SLR", "EHL", "L5
/// dermatome" in the leg) is of the request's family (arm and neck, leg and low
/// back), or none is that near and its sentence names only regions of the family or none. True
/// when a sign bears, false when only signs stated absent do ("SLR negative bilaterally", "reflexes 2+ and symmetric").
enum RadicularSigns {
    private static let window = 8

    static func read(_ history: TreatmentHistoryFacts.History, into builder: inout FactBuilder) {
        let analysis = history.analysis
        // The signs of the case are read once; only their scope is the request's.
        let hits = examSigns(analysis).filter { bears($0, history) }
        if let (value, evidence) = decide(hits, in: analysis.text, .positiveWins) {
            builder.bool(.radicularSigns, value, evidence)
        }
    }

    /// The signs of the examination, whatever the request (see the type's note), before their scope:
    /// read once per summary.
    static func examSigns(_ analysis: CaseAnalysis) -> [CueHit] { analysis.cache.radicularSigns { candidates(analysis) } }

    /// The signs of the examination, whatever the request (see the type's note), before their scope.
    private static func candidates(_ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        // A tension test's phrase read across a comma joins two findings ("Negative Spurling,
        // positive straight leg raise" is no negative straight leg raise): not read.
        let declared = cues.declaredFactOrdinals.firstIndex(of: FactName.nerveTensionSigns.ordinal)
        let tension = (declared.map { cues.declaredFacts[$0].cues.hits(in: text) } ?? [])
            .filter { hit in !(hit.first + 1...max(hit.first + 1, hit.last)).contains { $0 <= hit.last && text.tokens[$0].commaBefore } }
        var hits = ClinicalFacts.neurologicFindings(analysis)
        // A deficit of sensation, strength or reflex in a sentence that names a peripheral nerve or
        // the cord is theirs, unless its comma part names a root or dermatome (`root_words`); a
        // normal finding is theirs only in their comma part.
        let (other, roots) = (cues.set(.nonRadicularFindings).hits(in: text), cues.wordList(.rootWords))
        hits.removeAll { hit in
            let part = part(of: hit, text)
            guard hit.label == .yes && !hit.negated else {
                return other.contains { $0.sentence == hit.sentence && part.contains($0.first) }
            }
            return other.contains { $0.sentence == hit.sentence } && !text.tokens[part].contains(where: roots.contains)
        }
        // A test told negative states its absence whatever verdict word stands beside it ("(-)
        // Spurling, (-) SLR": the second mark is no negation of the first test).
        let tests = (tension + markedResults(analysis)).map { hit in
            hit.label == .no ? CueHit(label: hit.label, sentence: hit.sentence, first: hit.first, last: hit.last, negated: false) : hit
        }
        hits += tests + cues.set(.radicularExamSigns).hits(in: text) + ellipticalResults(after: tests, analysis)
        let all = hits
        hits.removeAll { hit in
            analysis.isReviewSentence(hit.sentence) || analysis.isPlanSection(hit.sentence) || FindingDoubt.isDoubted(hit, analysis)
                || (!hit.negated && ClinicalFacts.isNotCurrent(hit, among: all, analysis))
        }
        return hits
    }

    /// A bare "positive" or "negative" (`tension_results`) opening a comma part (after at most one
    /// word: "but positive") of a sentence whose earlier part names a tension test: the test's
    /// result for another side or angle. Labelled `yes` when positive, `no` when negative.
    private static func ellipticalResults(after tension: [CueHit], _ analysis: CaseAnalysis) -> [CueHit] {
        let (text, cues) = (analysis.text, analysis.index.cues)
        guard !tension.isEmpty else { return [] }
        var results: [CueHit] = []
        for hit in cues.set(.tensionResults).hits(in: text)
        where tension.contains(where: { $0.sentence == hit.sentence && $0.last < hit.first }) {
            let part = ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
            guard hit.first - part.lowerBound <= 1, !tension.contains(where: { part.contains($0.first) }) else { continue }
            results.append(hit)
        }
        return results
    }

    /// A tension test (`tension_test_names`) with its verdict: a `+` or a `-` mark before it ("(-)
    /// Spurling") or after it, past its possessive and an opening parenthesis ("Spurling's +", "SLR
    /// (+) R at 45 degrees"), or a `tension_results` word in its comma part at most two words before
    /// it or three after it ("Negative Spurling, positive straight leg raise on the left", "SLR was
    /// negative"): labelled `yes` when positive, `no` when negative.
    private static func markedResults(_ analysis: CaseAnalysis) -> [CueHit] {
        let text = analysis.text
        let verdicts = analysis.index.cues.set(.tensionResults).hits(in: text)
        return analysis.index.cues.set(.tensionTestNames).hits(in: text).compactMap { hit in
            let part = part(of: hit, text)
            let near = verdicts.filter { verdict in
                verdict.sentence == hit.sentence && part.contains(verdict.first)
                    && (verdict.last < hit.first
                        ? hit.first - verdict.last <= 2 : verdict.first > hit.last && verdict.first - hit.last <= 3)
            }
            if let verdict = near.first {
                return CueHit(label: verdict.label, sentence: hit.sentence, first: hit.first, last: hit.last, negated: verdict.negated)
            }
            // A mark before it ("(-) Spurling", "(+) SLR"), else after it ("Spurling's +").
            if let positive = ExamMarks.before(hit.first, text) {
                return CueHit(
                    label: CueLabelID(positive ? .yes : .no), sentence: hit.sentence, first: hit.first, last: hit.last, negated: false)
            }
            guard let (positive, last) = ExamMarks.after(hit.last, sentence: hit.sentence, text) else { return nil }
            return CueHit(label: CueLabelID(positive ? .yes : .no), sentence: hit.sentence, first: hit.first, last: last, negated: false)
        }
    }

    /// The tokens of `hit`'s comma part.
    private static func part(of hit: CueHit, _ text: CaseText) -> Range<Int> {
        ProcedureFacts.commaPart(of: hit.first, in: text, sentence: hit.sentence)
    }

    /// Whether `hit` bears on the request's side and part of the body (see the type's note).
    private static func bears(_ hit: CueHit, _ history: TreatmentHistoryFacts.History) -> Bool {
        let analysis = history.analysis
        let cues = analysis.index.cues
        if history.side != nil, !BodySide.bears(side(of: hit, analysis), on: history.side) { return false }
        let family = TreatmentHistoryFacts.regionFamily(of: history.regions, cues)
        guard !family.isEmpty else { return true }
        let nearest = analysis.mentions(near: hit, within: window)
            .filter { $0.term.kind == .bodyRegion }
            .map { mention in
                // A region inside the sign is its own ("SLR", "L5 dermatome": the leg's).
                let overlaps = mention.first <= hit.last && hit.first <= mention.last
                return (
                    region: mention.term.id,
                    distance: overlaps ? 0 : mention.first > hit.last ? mention.first - hit.last : hit.first - mention.last
                )
            }
            .filter { $0.distance >= 0 && $0.distance <= window }
            .min { $0.distance < $1.distance }
        if let nearest { return family.contains(nearest.region) }
        return analysis.mentions(inSentence: hit.sentence).allSatisfy { $0.term.kind != .bodyRegion || family.contains($0.term.id) }
    }

    /// The side told nearest `hit` in its comma part: the last `body_sides` phrase before it, else
    /// the first after it; a one-letter side opening a region's name ("L spine") is none.
    private static func side(of hit: CueHit, _ analysis: CaseAnalysis) -> BodySide? {
        let text = analysis.text
        let part = part(of: hit, text)
        let regions = analysis.mentions(inSentence: hit.sentence).filter { $0.term.kind == .bodyRegion }
        let sides = analysis.index.cues.set(.bodySides).hits(in: text).filter { side in
            side.sentence == hit.sentence && part.contains(side.first)
                && !regions.contains { $0.first == side.first && $0.last > side.last }
        }
        if let before = sides.last(where: { $0.last < hit.first }) { return BodySide(before.label) }
        if let inside = sides.first(where: { hit.first <= $0.first && $0.last <= hit.last }) { return BodySide(inside.label) }
        return sides.first { $0.first > hit.last }.flatMap { BodySide($0.label) }
    }
}
