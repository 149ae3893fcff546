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

extension JSONOutput {
    /// Encodes `value`, a JSON object, with the keys `engineVersion` and `rulesDigest` of
    /// `provenance` added (and `extra` digests, such as the old rules of a diff), sorted with its own.
    public static func string(_ value: some Encodable, provenance: Provenance, extra: [String: String] = [:]) throws -> String {
        try string(WithProvenance(value: value, provenance: provenance, extra: extra))
    }
}

/// A JSON object with the provenance keys added to the wrapped value's own.
private struct WithProvenance<Value: Encodable>: Encodable {
    var value: Value
    var provenance: Provenance
    var extra: [String: String]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(provenance.engineVersion, forKey: Key(stringValue: "engineVersion"))
        try container.encode(provenance.rulesDigest, forKey: Key(stringValue: "rulesDigest"))
        for (key, digest) in extra { try container.encode(digest, forKey: Key(stringValue: key)) }
    }
}
