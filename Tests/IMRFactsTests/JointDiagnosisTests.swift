import IMRFacts
import Testing

// A joint named within a region keeps its joint (`joint_diagnosis`, `joint_other_sites`; ODG
// Shoulder, Arthroplasty: "glenohumeral osteoarthritis"): the glenohumeral joint's arthritis by its
// name, a cuff tear arthropathy, or a generic osteoarthritis placed in the shoulder and told with no
// other joint of it; not the AC joint's arthritis (its own name, or a generic one told at the AC
// joint), not a joint told preserved or normal, not an arthritis denied, doubted or of another
// region.

@Test(
    arguments: [
        // (summary, glenohumeral_osteoarthritis among the diagnoses)
        ("Severe glenohumeral osteoarthritis with AC joint sparing.", true),
        ("Assessment: right shoulder osteoarthritis, failed two injections.", true),
        ("X-rays of the left shoulder: end-stage osteoarthritis, bone on bone.", true),
        ("Degenerative joint disease of the left shoulder, worse over two years.", true),
        ("Post-traumatic arthritis of the right glenohumeral joint after a fracture-dislocation.", true),
        ("MRI: massive rotator cuff tear with cuff tear arthropathy.", true),
        ("pt w/ L shldr OA, failed PT x 12", true),
        // A line break ends the part of the sentence, as a `;` does: the AC joint on the next line is
        // another finding (``CaseText/clause(sentence:token:)``).
        ("Right shoulder X-rays: end-stage osteoarthritis\nAC joint: mild tenderness on exam", true),
        (
            "Radiographs 09/2016: glenohumeral joint space preserved, no osteophytes, humeral head round and centred; "
                + "acromioclavicular arthrosis.", false
        ),
        ("Osteoarthritis of the right AC joint with a distal clavicle spur.", false),
        ("Right shoulder X-rays: end-stage osteoarthritis of the AC joint", false),
        ("Right shoulder AC joint arthritis; the glenohumeral joint is normal.", false),
        ("Degenerative changes at the right acromioclavicular joint.", false),
        ("Right knee osteoarthritis; shoulder exam normal.", false),
        ("No glenohumeral arthritis on the films; rotator cuff tendinopathy of the right shoulder.", false),
        ("Possible early glenohumeral arthritis, to be confirmed by CT.", false),
        ("Arthritis of both arms, worse in the hands.", false),
        ("Osteoarthritis of the left hip. Right shoulder: impingement.", false),
    ] as [(String, Bool)])
func aJointNamedWithinARegionKeepsItsJoint(_ summary: String, _ glenohumeral: Bool) {
    let diagnoses = value(requestFacts("Total shoulder arthroplasty", summary: summary), "regional_diagnoses") ?? ""
    #expect(diagnoses.split(separator: ",").contains("glenohumeral_osteoarthritis") == glenohumeral, "\(summary)")
}
