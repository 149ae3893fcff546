import IMRFacts

extension Engine {
    /// The prediction for a request that names separate drugs, from the predictions of its parts
    /// (one per drug, decided on its own): Upheld when any drug is not medically necessary (the item
    /// cannot be certified as requested), Overturned when every drug is, and abstain with a message
    /// when a drug cannot be decided. The deciding part's rule speaks for the item; the reasons list
    /// every drug's outcome. An Upheld stands as firm or tentative as its deciding part; an
    /// Overturned, which every part decides, is tentative when any part is.
    func combine(_ parts: [(text: String, prediction: Prediction)], index: Int, request: String) -> Prediction {
        let summary = parts.map { part in
            "'\(part.text)': \(part.prediction.outcome.rawValue)" + (part.prediction.rule.map { " by \($0)" } ?? "")
        }
        let perDrug = "The request names \(parts.count) drugs, each decided on its own: \(summary.joined(separator: "; "))."
        let trace = TraceStorage.joined(parts.map(\.prediction.trace))
        if let unread = parts.first(where: { $0.prediction.outcome == .abstain }) {
            let reason =
                "the request names \(parts.count) drugs; '\(unread.text)' could not be decided"
                + (unread.prediction.abstainReason.map { " (\($0))" } ?? "")
            return Prediction(index: index, request: request, outcome: .abstain, trace: trace, abstainReason: reason)
        }
        let deciding = parts.first { $0.prediction.outcome == .upheld } ?? parts[0]
        var prediction = deciding.prediction
        prediction.index = index
        prediction.request = request
        prediction.reasons = [perDrug] + prediction.reasons
        prediction.trace = trace
        if prediction.outcome == .upheld {
            prediction.missingDocumentation = parts.filter { $0.prediction.outcome == .upheld }.flatMap(\.prediction.missingDocumentation)
        } else {
            for part in parts.dropFirst() where part.prediction.confidence == .tentative {
                prediction.confidence = .tentative
                for mention in part.prediction.unreadMentions where !prediction.unreadMentions.contains(mention) {
                    prediction.unreadMentions.append(mention)
                }
            }
        }
        return prediction
    }
}
