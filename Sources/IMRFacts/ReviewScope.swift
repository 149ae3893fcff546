extension CaseAnalysis {
    /// Whether token `token` of `sentence` restates the request or its review, for a treatment told
    /// in a review's sentence: it does unless every `review` phrase of the sentence comes after it
    /// and reaches only what follows it (``isReview(_:token:)``: a predicate of its own after a
    /// coordinator). "She completed six sessions of PT and 12 more were requested" tells the six
    /// sessions; "A request for authorization was noted for physical therapy; home exercise as
    /// tolerated" restates the request throughout.
    func restatesReview(_ sentence: Int, token: Int) -> Bool {
        guard isReviewSentence(sentence) else { return false }
        if isReview(sentence, token: token) { return true }
        return index.cues.set(.review).hits(in: text, sentence: sentence).contains { $0.first <= token }
            || sections[sentence] == .review || sections[sentence] == .request
    }
}
