import Foundation
import IMRCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `imr bench --scale N`: the corpus replicated N times in a temporary directory, evaluated by a
/// real `imr eval` child process, beside the cost of merely reading the same bytes.
///
/// The child's CPU time and peak resident memory come from `wait4`, which reports the resource
/// usage of that one process (`ru_maxrss`, the high-water mark of its resident set), so nothing
/// of the benchmark itself is counted.
public enum ScaleBench {
    /// What one scaled run measured.
    public struct Figures: Sendable, Codable {
        public var scale: Int
        public var jobs: Int
        public var letters: Int
        public var bytes: Int
        /// Wall-clock seconds of the `imr eval` process.
        public var wallSeconds: Double
        /// User plus system CPU seconds of the `imr eval` process.
        public var cpuSeconds: Double
        /// Peak resident memory of the `imr eval` process, in bytes.
        public var peakResidentBytes: Int
        /// User plus system CPU seconds to read every letter's bytes once (in this process).
        public var readCPUSeconds: Double
        /// The exit status of `imr eval`.
        public var exitStatus: Int32

        /// Letters evaluated per CPU second: the throughput of one core.
        public var lettersPerCoreSecond: Double { cpuSeconds > 0 ? Double(letters) / cpuSeconds : 0 }
        /// CPU milliseconds per letter.
        public var cpuMillisecondsPerLetter: Double { letters > 0 ? cpuSeconds * 1000 / Double(letters) : 0 }
        /// CPU time over wall time: how many cores were busy on average.
        public var busyCores: Double { wallSeconds > 0 ? cpuSeconds / wallSeconds : 0 }
        /// The evaluation's CPU time over the CPU time of reading the bytes.
        public var ratioToReading: Double { readCPUSeconds > 0 ? cpuSeconds / readCPUSeconds : 0 }
    }

    /// Copies every letter of `corpus` `scale` times into `directory` (`copy-0001/…`, `copy-0002/…`),
    /// returning the number of letters and bytes written.
    public static func replicate(corpus: String, scale: Int, into directory: String) throws(Diagnostic) -> (letters: Int, bytes: Int) {
        let files = try CorpusRunner.letterFiles(in: corpus)
        var bytes = 0
        for copy in 1...max(scale, 1) {
            let name = String(copy)
            let base = directory + "/copy-" + String(repeating: "0", count: max(0, 4 - name.count)) + name
            for file in files {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw Diagnostic(message: "cannot read file", location: SourceLocation(file: file.path))
                }
                let target = base + "/" + file.key
                do {
                    try FileManager.default.createDirectory(
                        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try data.write(to: URL(fileURLWithPath: target))
                } catch {
                    throw Diagnostic(message: "cannot write file: \(error.localizedDescription)", location: SourceLocation(file: target))
                }
                bytes += data.count
            }
        }
        return (files.count * max(scale, 1), bytes)
    }

    /// The CPU seconds this process spends reading every `*.txt` file under `directory` once.
    public static func readingCPUSeconds(_ directory: String) throws(Diagnostic) -> Double {
        let files = try CorpusRunner.letterFiles(in: directory)
        let before = ownCPUSeconds()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var sink = 0
        for file in files {
            let descriptor = open(file.path, O_RDONLY)
            guard descriptor >= 0 else { continue }
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                sink &+= Int(buffer[0])
            }
            close(descriptor)
        }
        precondition(sink >= 0)
        return ownCPUSeconds() - before
    }

    /// Runs `executable arguments` with stdout and stdin on `/dev/null` (stderr inherited) and
    /// returns its exit status, wall seconds, and its own CPU seconds and peak resident bytes.
    public static func measure(_ executable: String, _ arguments: [String]) throws(Diagnostic) -> (
        status: Int32, wall: Double, cpu: Double, peakResident: Int
    ) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) }
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = (argv + [nil]).withUnsafeBufferPointer { posix_spawn(&pid, executable, &actions, nil, $0.baseAddress!, environ) }
        guard spawned == 0 else {
            throw Diagnostic(message: "cannot run: \(String(cString: strerror(spawned)))", location: SourceLocation(file: executable))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else {
                throw Diagnostic(message: "cannot wait: \(String(cString: strerror(errno)))", location: SourceLocation(file: executable))
            }
        }
        let wall = ContinuousClock.now - start
        let (whole, attoseconds) = wall.components
        // Linux reports ru_maxrss in kilobytes.
        return (
            (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            Double(whole) + Double(attoseconds) / 1e18, seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_maxrss * 1024
        )
    }

    /// Replicates `corpus` `scale` times into a fresh temporary directory, measures reading it and
    /// `executable eval --corpus DIR --rules RULES --format FORMAT --jobs JOBS` (stdout discarded),
    /// and removes the directory.
    public static func run(
        executable: String, corpus: String, rules: String, scale: Int, jobs: Int, format: String
    ) throws(Diagnostic) -> Figures {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imr-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (letters, bytes) = try replicate(corpus: corpus, scale: scale, into: directory)
        let reading = try readingCPUSeconds(directory)
        let child = try measure(
            executable, ["eval", "--corpus", directory, "--rules", rules, "--format", format, "--jobs", String(jobs)])
        return Figures(
            scale: scale, jobs: jobs, letters: letters, bytes: bytes, wallSeconds: child.wall, cpuSeconds: child.cpu,
            peakResidentBytes: child.peakResident, readCPUSeconds: reading, exitStatus: child.status)
    }

    static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }

    /// User plus system CPU seconds of this process so far.
    static func ownCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
