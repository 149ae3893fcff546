// libFuzzer target: the letter parser (stage 1) on any bytes. Built by scripts/fuzz.sh.
import IMRCore
import IMRLetters

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLetterParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let letter = try? LetterParser.parse(bytes, file: "fuzz.txt") {
        // A parsed letter has one truth per request, and every request has text.
        precondition(letter.truth.items.count == letter.input.requests.count)
    }
    return 0
}
