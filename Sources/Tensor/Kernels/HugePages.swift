#if canImport(Glibc)
  import Glibc
#endif

/// Asks the kernel to back a large new buffer with huge pages (as numpy does for arrays of
/// 4 MiB and more): the first touch of an 80 MB column then takes 40 page faults instead of
/// 20,000. Only advice; nothing changes where it is not supported.
@usableFromInline
enum HugePages {
  @usableFromInline static let threshold = 4 << 20

  @usableFromInline
  static func advise(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
    #if canImport(Glibc)
      guard bytes >= threshold else { return }
      let page = 4096
      let start = (Int(bitPattern: pointer) + page - 1) & ~(page - 1)
      let end = (Int(bitPattern: pointer) + bytes) & ~(page - 1)
      guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(aligned, end - start, 14)  // MADV_HUGEPAGE
    #endif
  }

  /// Advice for a new buffer about to be filled.
  @inlinable
  static func advise<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
    guard let base = buffer.baseAddress else { return }
    advise(UnsafeMutableRawPointer(base), bytes: buffer.count * MemoryLayout<T>.stride)
  }
}
