#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered writes to file descriptor 1, flushed when large, at the end of each run, and
/// before anything goes to stderr, so output and errors keep their order.
public final class StandardOutput: @unchecked Sendable {
  public static let shared = StandardOutput()
  private var buffer: [UInt8] = []
  private let limit = 1 << 16

  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= limit { flush() }
  }

  public func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { bytes in
        Glibc.write(1, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if written <= 0 {
        if written < 0 && errno == EINTR { continue }
        break
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Writes to file descriptor 2 after flushing standard output, so the two stay in order.
public func writeStandardError(_ text: String) {
  StandardOutput.shared.flush()
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let written = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    if written <= 0 { return }
    bytes = bytes.dropFirst(written)
  }
}
