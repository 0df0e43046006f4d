import Foundation

/// The instruction-set extensions of this machine's CPU that the kernels can use, as the
/// operating system reports them (so only those it has enabled): `/proc/cpuinfo` on Linux,
/// `sysctl hw.optional.*` on macOS. Read once.
enum CPUFeatures {
  /// The feature names in Linux's spelling (`avx2`, `fma`, `avx512f`, …); empty when unknown.
  static let names: Set<String> = {
    #if os(Linux)
      return linuxFlags()
    #elseif os(macOS) && arch(x86_64)
      return macFlags()
    #else
      return []
    #endif
  }()

  /// AVX2 with FMA: the haswell kernels.
  static var hasAVX2: Bool { names.isSuperset(of: ["avx", "avx2", "fma"]) }

  /// The AVX-512 subsets that `-target-cpu skylake-avx512` may use.
  static var hasAVX512: Bool {
    hasAVX2 && names.isSuperset(of: ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"])
  }

  /// The words of the first `flags` line of /proc/cpuinfo.
  static func linuxFlags() -> Set<String> {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return []
    }
    return flags(inCPUInfo: text)
  }

  /// The words after the colon of the first line that starts with `flags`.
  static func flags(inCPUInfo text: String) -> Set<String> {
    for line in text.split(separator: "\n") where line.hasPrefix("flags") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
    }
    return []
  }

  #if os(macOS) && arch(x86_64)
    /// The features macOS reports as `hw.optional.<name>` = 1.
    static func macFlags() -> Set<String> {
      let names = [
        ("avx1_0", "avx"), ("avx2_0", "avx2"), ("fma", "fma"), ("avx512f", "avx512f"),
        ("avx512cd", "avx512cd"), ("avx512bw", "avx512bw"), ("avx512dq", "avx512dq"),
        ("avx512vl", "avx512vl"),
      ]
      return Set(
        names.compactMap { key, name in
          var value: Int32 = 0
          var size = MemoryLayout<Int32>.size
          let status = sysctlbyname("hw.optional.\(key)", &value, &size, nil, 0)
          return status == 0 && value == 1 ? name : nil
        })
    }
  #endif
}
