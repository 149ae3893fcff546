/// Splits a modified request ("X #90 was the original request. X #60 was authorized by the Claims
/// Administrator. The remaining IMR eligible portion of the original request, X #30 is") into the
/// request under review, the original request and the authorized part.
enum ModifiedRequest {
    /// The item for the request `text`; plain requests come back unchanged.
    static func parse(_ text: String, index: Int) -> RequestedItem {
        guard let originalEnd = text.fastRange(of: " was the original request") else {
            return RequestedItem(index: index, request: text)
        }
        let original = String(text[..<originalEnd.lowerBound]).trimmingCharacters(in: " ")
        let rest = text[originalEnd.upperBound...]
        var authorized: String?
        if let phrase = rest.fastRange(of: " was authorized by the Claims Administrator") {
            authorized = rest[..<phrase.lowerBound].trimmingCharacters(in: ". ")
        } else if let phrase = rest.fastRange(of: "Claims Administrator authorized ") {
            let tail = rest[phrase.upperBound...]
            let end = tail.fastRange(of: ", leaving")?.lowerBound ?? tail.fastRange(of: ". ")?.lowerBound ?? tail.endIndex
            authorized = tail[..<end].trimmingCharacters(in: ". ")
        }
        var request = original
        for marker in ["portion of the original request,", "The original request,", "portion of the original request is"] {
            if let range = rest.fastRange(of: marker) {
                request = String(rest[range.upperBound...]).trimmingCharacters(in: " .:")
                break
            }
        }
        if request.hasSuffix(" is") { request = String(request.dropLast(3)).trimmingCharacters(in: " ") }
        return RequestedItem(
            index: index, request: request, originalRequest: original,
            authorizedPortion: authorized.flatMap { $0.isEmpty ? nil : $0 })
    }
}
