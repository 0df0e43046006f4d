import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The ceilings below the system's free memory that a process on Linux may meet first: its
/// control group's memory limit (what a Slurm job's `--mem` becomes, and a container's
/// limit), and the address-space limit (`ulimit -v`). /proc/meminfo shows neither, so an
/// allocation it says fits could still end in the OOM killer or a failed allocation.
enum MemoryCeilings {
  /// The least memory any of the ceilings leaves; nil where none applies.
  static func remainingBytes() -> Int? {
    [controlGroupRemaining(), addressSpaceRemaining()].compactMap { $0 }.min()
  }

  /// What the tightest memory limit of this process's control group and its ancestors
  /// leaves: `memory.max − memory.current` (cgroup v2) or `memory.limit_in_bytes −
  /// memory.usage_in_bytes` (v1).
  static func controlGroupRemaining() -> Int? {
    guard let membership = read("/proc/self/cgroup") else { return nil }
    var remaining: [Int] = []
    for (version, path) in controlGroupPaths(membership) {
      let root = version == 2 ? "/sys/fs/cgroup" : "/sys/fs/cgroup/memory"
      let files =
        version == 2
        ? ("memory.max", "memory.current") : ("memory.limit_in_bytes", "memory.usage_in_bytes")
      for folder in ancestors(of: path) {
        let base = root + folder
        if let left = MemoryCeilings.remaining(
          limit: read(base + "/" + files.0), usage: read(base + "/" + files.1))
        {
          remaining.append(left)
        }
      }
    }
    return remaining.min()
  }

  /// The memory cgroup paths in /proc/self/cgroup's text: the v2 line (`0::/path`) and the
  /// v1 memory controller's (`4:memory:/path`), with their versions.
  static func controlGroupPaths(_ text: String) -> [(version: Int, path: String)] {
    text.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3 else { return nil }
      if parts[0] == "0", parts[1].isEmpty { return (2, String(parts[2])) }
      if parts[1].split(separator: ",").contains("memory") { return (1, String(parts[2])) }
      return nil
    }
  }

  /// `/a/b` → `/a/b`, `/a`, `` (the hierarchy's root folder itself).
  static func ancestors(of path: String) -> [String] {
    var parts = path.split(separator: "/").map(String.init)
    var result: [String] = []
    while true {
      result.append(parts.isEmpty ? "" : "/" + parts.joined(separator: "/"))
      guard !parts.isEmpty else { return result }
      parts.removeLast()
    }
  }

  /// A limit file's value less the usage file's; nil for "max", a limit so large it means
  /// none (v1 writes 2^63 rounded to a page), or text that is not a number.
  static func remaining(limit: String?, usage: String?) -> Int? {
    guard let limitText = limit?.trimmingCharacters(in: .whitespacesAndNewlines),
      let bound = Int(limitText), bound < 1 << 62
    else { return nil }
    let used = usage.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
    return max(0, bound - used)
  }

  /// What `ulimit -v` leaves: the address-space limit less the process's size (VmSize).
  static func addressSpaceRemaining() -> Int? {
    #if canImport(Glibc)
      var limit = rlimit()
      // RLIM_INFINITY is all ones, so the bound below also leaves out "unlimited".
      guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0,
        limit.rlim_cur < UInt(1 << 62)
      else { return nil }
      let size = read("/proc/self/status").flatMap(virtualSize) ?? 0
      return max(0, Int(limit.rlim_cur) - size)
    #else
      return nil
    #endif
  }

  /// The `VmSize:` line of /proc/self/status in bytes.
  static func virtualSize(_ status: String) -> Int? {
    guard
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmSize:") }),
      let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else { return nil }
    return kibibytes.multipliedReportingOverflow(by: 1024).partialValue
  }

  private static func read(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }
}
