import Foundation
import Testing

/// Codes read as their wording, and a near-miss name gets a suggestion, end to end through `imr check`
/// and `imr facts`, run from a directory without `Rules/`.
@Suite struct CodeAndSuggestionTests {
    static let summary = """
        The injured worker has chronic low back pain radiating to the right leg with numbness. Diagnoses: CODE.
        Examination shows a positive straight leg raise on the right and decreased sensation in the L5 dermatome.
        Physical therapy and NSAIDs for 8 weeks have not helped.
        """

    /// Writes the summary with `diagnosis` in place of CODE and returns its path.
    static func summary(naming diagnosis: String, in directory: URL) throws -> String {
        let file = directory.appendingPathComponent("summary-\(diagnosis.filter(\.isLetter)).txt")
        try summary.replacingOccurrences(of: "CODE", with: diagnosis).write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// The `results` of `imr check --format json`.
    static func check(_ summary: String, _ request: String, in directory: URL) throws -> [String: Any] {
        let result = try IMRProcess.run(
            ["check", "--case", summary, "--request", request, "--format", "json"], in: directory,
            environment: AnywhereTests.cleanEnvironment)
        try #require(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require((document["results"] as? [[String: Any]])?.first)
    }

    @Test(arguments: ["MRI lumbar spine (CPT 72148)", "CPT 72148", "72148"])
    func aCPTCodeIsDecidedAsItsWording(_ request: String) throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let summary = try Self.summary(naming: "lumbar radiculopathy", in: directory)
        let worded = try Self.check(summary, "MRI lumbar spine", in: directory)
        let coded = try Self.check(summary, request, in: directory)
        #expect(coded["predicted"] as? String == worded["predicted"] as? String)
        #expect(coded["rule"] as? String == worded["rule"] as? String)
        #expect((coded["rule"] as? String)?.hasPrefix("imaging.") == true, "\(coded["rule"] ?? "none")")
    }

    @Test func anICD10CodeInTheSummaryReadsAsItsDiagnosis() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func facts(_ diagnosis: String) throws -> [String: String] {
            let result = try IMRProcess.run(
                ["facts", try Self.summary(naming: diagnosis, in: directory), "--format", "json"], in: directory,
                environment: AnywhereTests.cleanEnvironment)
            try #require(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let list = try #require(json["case"] as? [[String: Any]], "\(json.keys)")
            var values: [String: String] = [:]
            for fact in list { if let name = fact["name"] as? String { values[name] = "\(fact["value"] ?? "")" } }
            return values
        }
        let coded = try facts("M54.16")
        let worded = try facts("lumbar radiculopathy")
        let plain = try facts("pain")
        #expect(coded["diagnoses"]?.contains("radiculopathy") == true, "\(coded)")
        #expect(coded["diagnoses"] == worded["diagnoses"])
        #expect(plain["diagnoses"]?.contains("radiculopathy") != true, "the summary alone does not name it")
    }

    @Test func aNearMissDrugNameAbstainsWithASuggestion() throws {
        let directory = try AnywhereTests.emptyWorkingDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let summary = try Self.summary(naming: "lumbar radiculopathy", in: directory)
        let result = try Self.check(summary, "Norko 10/325 #120", in: directory)
        #expect(result["predicted"] as? String == "abstain")
        #expect((result["abstainReason"] as? String)?.hasSuffix("did you mean 'norco'?") == true, "\(result["abstainReason"] ?? "")")
        let text = try IMRProcess.run(
            ["check", "--case", summary, "--request", "Acupunture x6"], in: directory, environment: AnywhereTests.cleanEnvironment)
        #expect(text.stdout.contains("did you mean 'acupuncture'?"), "\(text.stdout)")
        let unknown = try Self.check(summary, "Zorbax 10mg", in: directory)
        #expect((unknown["abstainReason"] as? String)?.contains("did you mean") == false)
    }
}
