import Foundation

/// Values a command keeps until the process exits.
///
/// An engine or a fact extractor is many small objects (the lexicon's index, the cue book, the
/// compiled rules): freeing them one by one when a command returns cost 25 M instructions at the end
/// of `imr eval` and 14 M at the end of `imr facts` of one letter (callgrind), work the system does
/// at once when the process exits.
enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}
