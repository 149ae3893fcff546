import Foundation

/// JSON for machines: sorted keys, pretty-printed, no escaped slashes, trailing newline.
public enum JSONOutput {
    /// Encodes `value` as sorted-key JSON text.
    public static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
