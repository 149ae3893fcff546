import IMRFacts
import IMRVocabulary

/// Fact values rendered for people.
public enum FactRendering {
    /// `true`, `12`, `84 days (12 weeks)`, `baclofen`, `[a, b]`.
    public static func text(_ value: FactValue) -> String {
        switch value {
        case .bool(let b): return String(b)
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .days(let d):
            let unit = d == 1 ? "day" : "days"
            return d != 0 && d % 7 == 0 ? "\(d) \(unit) (\(d / 7) week\(d == 7 ? "" : "s"))" : "\(d) \(unit)"
        case .term(let t): return t
        case .terms(let ts): return "[" + ts.joined(separator: ", ") + "]"
        }
    }
}
