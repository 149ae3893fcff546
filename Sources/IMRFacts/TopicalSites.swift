import IMRCore
import IMRVocabulary

/// `body_regions` of a topical drug request that names no region, read from the summary: the
/// regions its sentences name in the part that speaks of the same drug (its directions: "4 g to
/// the left hip four times daily", "apply to both knees"; its indication: "Voltaren gel for left
/// knee osteoarthritis"). A topical is applied where it treats (MTUS CPMTG, Topical analgesics,
/// NSAIDs, pp. 111-112: "osteoarthritis and tendinitis, in particular, that of the knee and elbow
/// or other joints that are amenable to topical treatment"; "little evidence ... of the spine, hip or
/// shoulder"), so the joint the drug is prescribed for is the joint the request serves.
///
/// Read only from a mention of the regimen (``MedicationFacts/regimen(_:)``: taken, prescribed or
/// planned now; not negated, stopped, a past entry or a past course): a region at most twelve
/// words after the drug or six before it, no `;` between, not negated, in the drug's own part of
/// its sentence (``DrugScope``) or a part about no other drug or treatment ("to both knees"), no
/// other drug or procedure named between them, not four words or fewer after a procedure's name
/// ("an MRI of the right hand, diclofenac and lidocaine ointment": the MRI's hand). Not another drug's part ("Lidoderm to the low back and diclofenac gel"), not a
/// diagnosis list that does not name the drug, not an earlier entry of the drug for another part
/// ("Voltaren gel to the right knee in 2014"). Run before the case readers, so that they read the
/// history of that region.
enum TopicalSites {
    /// Sets `body_regions` in `requestFacts` for a topical drug request naming none, from the summary.
    static func link(_ analysis: CaseAnalysis, requestFacts: inout FactSet) {
        guard requestFacts[.bodyRegions] == nil, requestFacts[.topical]?.value == .bool(true),
            case .term(let name)? = requestFacts[.drug]?.value
        else { return }
        let index = analysis.index
        let drug = index.id(name)
        let aliases = DrugForms.aliases(of: drug, analysis)
        let uses = MedicationFacts.regimen(analysis).filter { $0.drug == drug || aliases.contains($0.drug) }
        guard !uses.isEmpty else { return }
        let (scope, text) = (analysis.drugScope, analysis.text)
        var regions: [TermID] = []
        var sentences: [Int] = []
        for use in uses {
            let mentions = analysis.mentions(inSentence: use.sentence)
            guard let mention = mentions.first(where: { $0.first == use.first }) else { continue }
            let own = scope.segmentIndex(sentence: use.sentence, token: mention.first)
            // The drug's own part, or a part about no other drug or treatment ("to both knees":
            // "both" refers back to it).
            func isOwn(_ token: Int) -> Bool {
                guard let segment = scope.segmentIndex(sentence: use.sentence, token: token), segment != own else { return true }
                switch scope.segments[segment].subject {
                case .drugs(let drugs): return drugs.contains(drug) || !drugs.isDisjoint(with: aliases)
                case .treatment, .classes: return false
                case .medications, .none: return true
                }
            }
            // Another drug or a procedure named between them, or a procedure that the region follows
            // ("an MRI of the right hand, diclofenac and lidocaine ointment"), holds the region.
            let others = mentions.filter {
                ($0.term.kind == .drug || $0.term.kind == .procedure) && !($0.first == mention.first && $0.last == mention.last)
            }
            func isHeld(_ region: Mention) -> Bool {
                let span = region.first > mention.last ? (mention.last + 1)..<region.first : (region.last + 1)..<mention.first
                return others.contains { span.contains($0.first) && !(mention.first...mention.last).contains($0.first) }
                    || others.contains { $0.term.kind == .procedure && $0.last < region.first && region.first - $0.last <= 4 }
            }
            for region in mentions
            where region.term.kind == .bodyRegion && !region.negated && isOwn(region.first)
                && (region.first > mention.last ? region.first - mention.last <= 12 : mention.first - region.last <= 6)
                && !text.tokens[min(region.first, mention.first)...max(region.last, mention.last)].contains(where: \.semicolonBefore)
                && !isHeld(region)
            {
                if !regions.contains(region.term.id) { regions.append(region.term.id) }
                if !sentences.contains(use.sentence) { sentences.append(use.sentence) }
            }
        }
        guard !regions.isEmpty else { return }
        requestFacts.insert(
            Fact(name: .bodyRegions, value: .terms(regions.map(index.name(of:))), evidence: sentences.map(analysis.text.evidence)))
    }
}
