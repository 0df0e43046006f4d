#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A whole file mapped into memory read-only (no copy: the pages are the page cache's);
/// `release` unmaps it early.
final class FileBytes {
  private var base: UnsafeMutableRawPointer?
  let count: Int

  /// Maps the file at `path`; errors name the path and the system's reason.
  init(path: String) throws(CSVError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw FileBytes.failure(path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileBytes.failure(path) }
    // A folder opens read-only but cannot be mapped ("no such device"): say what it is.
    guard status.st_mode & S_IFMT != S_IFDIR else {
      throw FileBytes.failure(path, .isADirectory)
    }
    count = Int(status.st_size)
    guard count > 0 else { return }
    let mapped = mmap(nil, count, PROT_READ, FileBytes.mapFlags, descriptor, 0)
    guard let mapped, mapped != MAP_FAILED else { throw FileBytes.failure(path) }
    base = mapped
  }

  deinit { release() }

  #if canImport(Glibc)
    private static let mapFlags = MAP_PRIVATE | MAP_POPULATE
  #else
    private static let mapFlags = MAP_PRIVATE
  #endif

  /// The bytes (empty after `release`).
  var buffer: UnsafeBufferPointer<UInt8> {
    guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }

  /// Unmaps the bytes now rather than at deinit.
  func release() {
    if let base { munmap(base, count) }
    base = nil
  }

  private static func failure(_ path: String, _ failure: FileFailure = .last) -> CSVError {
    CSVError(message: failure.message(path), failure: failure)
  }
}

/// The number of cores this process may run on.
enum ProcessorCount {
  static var active: Int { max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1) }
}
