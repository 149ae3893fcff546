import Foundation
import IMRHarness
import Testing

/// `CorpusRunner.letterFiles` follows symbolic links: a linked corpus directory and linked parts of it.
@Test func letterFilesFollowALinkedCorpusAndLinkedSubdirectories() throws {
    let manager = FileManager.default
    let root = NSTemporaryDirectory() + "imr-letterfiles-\(UUID().uuidString)"
    defer { try? manager.removeItem(atPath: root) }
    for directory in ["real/b", "elsewhere"] {
        try manager.createDirectory(atPath: root + "/" + directory, withIntermediateDirectories: true)
    }
    for file in ["real/a.txt", "real/b/c.txt", "real/notes.md", "elsewhere/d.txt"] {
        #expect(manager.createFile(atPath: root + "/" + file, contents: Data("x".utf8)))
    }
    try manager.createSymbolicLink(atPath: root + "/real/linked", withDestinationPath: root + "/elsewhere")
    try manager.createSymbolicLink(atPath: root + "/corpus", withDestinationPath: root + "/real")

    let files = try CorpusRunner.letterFiles(in: root + "/corpus")
    #expect(files.map(\.key) == ["a.txt", "b/c.txt", "linked/d.txt"])
    #expect(files.map(\.path) == ["a.txt", "b/c.txt", "linked/d.txt"].map { root + "/corpus/" + $0 })
    #expect(try CorpusRunner.letterFiles(in: root + "/corpus/").map(\.key) == files.map(\.key))
    #expect(throws: (any Error).self) { try CorpusRunner.letterFiles(in: root + "/missing") }
}
