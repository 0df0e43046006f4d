#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A whole file read into memory in one go; `release` frees it early.
final class FileBytes {
  private var pointer: UnsafeMutablePointer<UInt8>?
  let count: Int

  /// Reads the file at `path`; errors name the path and the system's reason.
  init(path: String) throws(CSVError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw FileBytes.failure(path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileBytes.failure(path) }
    let size = Int(status.st_size)
    let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(size, 1))
    var done = 0
    while done < size {
      let got = read(descriptor, memory + done, size - done)
      if got < 0, errno == EINTR { continue }
      guard got > 0 else {
        memory.deallocate()
        throw FileBytes.failure(path)
      }
      done += got
    }
    pointer = memory
    count = done
  }

  deinit { pointer?.deallocate() }

  /// The bytes (empty after `release`).
  var buffer: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : count)
  }

  /// Frees the bytes now rather than at deinit.
  func release() {
    pointer?.deallocate()
    pointer = nil
  }

  private static func failure(_ path: String) -> CSVError {
    let reason = String(cString: strerror(errno))
    return CSVError(message: CSVMessages.cannotOpen(path, reason.lowercased()))
  }
}

/// The number of cores this process may run on.
enum ProcessorCount {
  static var active: Int {
    max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1)
  }
}
