import Foundation
import IMRCore
import IMRFacts
import IMRLetters
import Testing

/// Figures at and past every integer and floating-point boundary.
private let boundaries = [
    "0", "1", "99999", "100000", "2147483648", "9223372036854775807", "9223372036854775808", "99999999999999999999",
    "1" + String(repeating: "0", count: 400), "0.5", "1.7976931348623157", "4-" + String(repeating: "9", count: 30),
]

/// Every request wording that reads a number: quantity, strength, refills, visits, levels, durations.
private func requests(_ n: String) -> [String] {
    [
        "Norco 10/325 mg #\(n)", "Norco \(n) mg #60", "Norco \(n)/325 mg", "Fentanyl patch \(n) mcg", "Tramadol 50 mg QTY: \(n)",
        "Tramadol 50 mg quantity \(n)", "Baclofen 10 mg with \(n) refills", "Physical therapy \(n) sessions",
        "Physical therapy \(n)x\(n)", "Physical therapy \(n) x \(n)", "Physical therapy \(n) times a week for \(n) weeks",
        "Physical therapy \(n) times \(n)", "Acupuncture times \(n)", "Lumbar fusion L4-\(n)", "Lumbar fusion L\(n)-L\(n)",
        "Facet injection C\(n)-\(n)",
    ]
}

/// Summaries that read numbers: age, pain scores, dates, durations, session counts.
private func summary(_ n: String) -> String {
    "The injured worker is a \(n) year old male. Pain is \(n)/10. Date of injury \(n)/\(n)/\(n). "
        + "He has taken Norco for \(n) months and for the past \(n) years. He completed \(n) sessions of physical therapy."
}

@Test(arguments: boundaries)
func boundaryNumbersGiveFiniteFactsWithinTheCeiling(_ number: String) throws {
    for request in requests(number) {
        let facts = requestFacts(request, summary: summary(number))
        for fact in facts.all {
            switch fact.value {
            case .number(let value):
                #expect(value.isFinite && abs(value) <= 1e23, "\(request): \(fact.name) = \(value)")
            case .days(let days):
                #expect(days >= 0 && days < 100_000 * 365, "\(request): \(fact.name) = \(days) days")
            default: break
            }
        }
        // Every number can be written as JSON (a non-finite one cannot).
        for case .number(let value) in facts.all.map(\.value) { _ = try JSONEncoder().encode([value]) }
    }
}

@Test func hugeQuantitiesAndStrengthsAreReadAsTheCeiling() {
    let quantity = requestFacts("Norco 10/325 mg #99999999999999999999")
    #expect(quantity["quantity"]?.value == .number(1e12))
    let strength = requestFacts("Norco 1" + String(repeating: "0", count: 400) + " mg #60")
    #expect(strength["strength_mg"]?.value == .number(1e12))
    // Ordinary figures are unchanged.
    #expect(requestFacts("Norco 10/325 mg #60.5")["quantity"]?.value == .number(60))
    #expect(requestFacts("Tramadol 50 mg QTY: 90")["quantity"]?.value == .number(90))
    #expect(requestFacts("Physical therapy 2x6")["visits_requested"]?.value == .number(12))
    #expect(requestFacts("Lumbar fusion L4-5")["levels"]?.value == .number(1))
}
