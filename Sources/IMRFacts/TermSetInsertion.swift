import IMRVocabulary

extension TermSet {
    /// The set of `ids` (a few, in any order, duplicates allowed), built by insertion: for the
    /// handful of ids a reader collects, cheaper than sorting a sequence through `init(_:)` (a
    /// generic call into another module). The same set.
    init(inserting ids: some Sequence<TermID>) {
        self.init()
        for id in ids { insert(id) }
    }
}
