/// A three-valued truth value (Kleene logic, as CQL): an undocumented fact makes a test unknown.
public enum Kleene: Hashable, Sendable {
    case yes, no, unknown

    public init(_ value: Bool) { self = value ? .yes : .no }

    /// `false and x = false`; `true and x = x`.
    public static func && (lhs: Kleene, rhs: Kleene) -> Kleene {
        if lhs == .no || rhs == .no { return .no }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .yes
    }

    /// `true or x = true`; `false or x = x`.
    public static func || (lhs: Kleene, rhs: Kleene) -> Kleene {
        if lhs == .yes || rhs == .yes { return .yes }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .no
    }

    /// `not unknown = unknown`.
    public static prefix func ! (value: Kleene) -> Kleene {
        switch value {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}
