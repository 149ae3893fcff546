import IMRFacts
import IMRVocabulary
import Testing

/// `code` lines of `.lexicon` files: a billing or diagnosis code reads as the terms it names.
@Suite struct CodeLexiconTests {
    static let base = """
        procedure mri: mri
        procedure arthroscopy: arthroscopy
        procedure rotator_cuff_repair: rotator cuff repair
        region lumbar_spine: lumbar spine
        diagnosis radiculopathy: radiculopathy

        """

    @Test func aCodeAddsItsPhrasesToEachTermItNames() {
        let source =
            Self.base + """
                code 72148: procedure mri, region lumbar_spine   # MRI lumbar spine without contrast
                code M54.16: diagnosis radiculopathy, region lumbar_spine
                code 29827: procedure rotator_cuff_repair, procedure arthroscopy

                """
        let (lexicon, diagnostics) = Lexicon.parse(sources: [("t.lexicon", source)])
        #expect(diagnostics.map(\.description) == [])
        #expect(lexicon.entry("mri", in: "procedure")?.names == ["mri", "72148"])
        #expect(lexicon.entry("lumbar_spine", in: "body_region")?.names == ["lumbar spine", "72148", "m54 16", "m5416"])
        #expect(lexicon.entry("radiculopathy", in: "diagnosis")?.names.contains("m54 16") == true)
        // One code may name two terms of a vocabulary (an arthroscopic rotator cuff repair).
        #expect(lexicon.entry("arthroscopy", in: "procedure")?.names.contains("29827") == true)
        #expect(lexicon.entry("rotator_cuff_repair", in: "procedure")?.names.contains("29827") == true)
    }

    @Test(arguments: [
        ("code 72148 procedure mri\n", "L001", "expected 'code CODE: KIND ID"),
        ("code ABC: procedure mri\n", "L001", "expected 'code CODE: KIND ID"),
        ("code 72148: mri\n", "L001", "expected 'KIND ID'"),
        ("code 72148: procedure mir\n", "L003", "unknown procedure 'mir' in code '72148'; did you mean 'mri'?"),
        ("code 72148: region mri\n", "L003", "unknown body_region 'mri'"),
        ("code 72148: procedure mri\ncode 72148: region lumbar_spine\n", "L002", "duplicate code '72148'"),
        ("code S320-: diagnosis radiculopathy\n", "L001", "a code prefix is written as in ICD-10"),
        ("code S3.20-: diagnosis radiculopathy\n", "L001", "a code prefix is written as in ICD-10"),
        ("code 123.4-: diagnosis radiculopathy\n", "L001", "a code prefix is written as in ICD-10"),
        ("code S32.0-1: diagnosis radiculopathy\n", "L001", "expected 'code CODE: KIND ID"),
        ("code M51.2-: diagnosis radiculopathy\ncode m51.2-: region lumbar_spine\n", "L002", "duplicate code 'm51.2-'"),
    ])
    func problemsAreReportedWithTheirCode(_ line: String, _ code: String, _ message: String) {
        let (_, diagnostics) = Lexicon.parse(sources: [("t.lexicon", Self.base + line)])
        #expect(diagnostics.map(\.code) == [code])
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.location.line == (code == "L002" ? 7 : 6))
    }

    /// An ICD-10 code prefix (`S32.0-`, `S12.-`) names every code written under it with its dot.
    @Test func aCodePrefixAddsAPrefixPhrase() {
        let source = Self.base + "code M54.1-: diagnosis radiculopathy\ncode S12.-: region lumbar_spine\n"
        let (lexicon, diagnostics) = Lexicon.parse(sources: [("t.lexicon", source)])
        #expect(diagnostics.map(\.description) == [])
        #expect(lexicon.entry("radiculopathy", in: "diagnosis")?.names == ["radiculopathy", "m54 1*"])
        #expect(lexicon.entry("lumbar_spine", in: "body_region")?.names == ["lumbar spine", "s12 *"])
        #expect(CuePattern.codePrefixWords("S32.0-") == ["s32", "0*"])
        #expect(CuePattern.codePrefixWords("S32.0") == nil)
    }

    @Test func shippedCodesLoadAndNameTheirConcepts() {
        #expect(shippedLexicon.diagnostics.map(\.description) == [])
        let lexicon = shippedLexicon.lexicon
        let expected: [(code: String, vocabulary: String, id: String)] = [
            ("72148", "procedure", "mri"), ("72148", "body_region", "lumbar_spine"),
            ("m54 16", "diagnosis", "radiculopathy"), ("m54 16", "body_region", "lumbar_spine"),
            ("64483", "procedure", "epidural_steroid_injection"), ("95886", "procedure", "emg_ncs"),
            ("e0730", "procedure", "tens"), ("98940", "procedure", "chiropractic"), ("g56 01", "diagnosis", "carpal_tunnel_syndrome"),
        ]
        for (code, vocabulary, id) in expected {
            #expect(lexicon.entry(id, in: vocabulary)?.names.contains(code) == true, "\(code) → \(vocabulary) \(id)")
        }
    }
}
