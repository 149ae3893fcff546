/// The version of the engine, carried by every JSON output and report beside the rules digest.
public enum EngineVersion {
    /// Semantic version of the engine's code (rules are identified by their digest, not by this).
    public static let current = "0.5.0"
}
