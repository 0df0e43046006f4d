import Foundation

/// Writes a small file with plain POSIX calls. Foundation's Data.write syncs every file to
/// disk (4 ms each here): 1,000 task folders' params.json would take 4 s of a sweep's
/// submission for nothing, since sbatch reads them only later and resume rewrites them.
enum PlainFile {
  static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
    guard descriptor >= 0 else { throw failure(path) }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress, buffer.count)
      }
      guard written > 0 else { throw failure(path) }
      offset += written
    }
  }

  static func failure(_ path: String) -> ClusterError {
    ClusterError(ClusterMessages.cannotWrite(path, String(cString: strerror(errno))))
  }
}
