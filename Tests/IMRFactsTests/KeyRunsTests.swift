import Testing

@testable import IMRFacts

/// A list walked in runs of one key (``KeyRuns``): each run's key and range, in order, every
/// element in exactly one run.
@Suite struct KeyRunsTests {
    @Test(
        arguments: [
            ([], []),
            ([4], [4]),
            ([0, 0, 0], [0]),
            ([1, 1, 2, 5, 5, 5, 7], [1, 2, 5, 7]),
            // A key seen again later opens a run of its own: runs are of consecutive elements.
            ([3, 3, 1, 3], [3, 1, 3]),
        ] as [([Int], [Int])])
    func runsCoverTheListInOrder(_ sentences: [Int], _ keys: [Int]) {
        let runs = Array(sentences.runs(by: { $0 }))
        #expect(runs.map(\.key) == keys)
        #expect(runs.map(\.range.count).reduce(0, +) == sentences.count)
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
        for run in runs { #expect(sentences[run.range].allSatisfy { $0 == run.key }) }
    }

    /// A slice's runs are in the slice's own indices.
    @Test func aSliceKeepsItsIndices() {
        let sentences = [9, 1, 1, 2]
        let runs = Array(sentences[1...].runs(by: { $0 }))
        #expect(runs.map(\.range) == [1..<3, 3..<4])
    }
}
