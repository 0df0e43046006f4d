import Foundation

/// Large float buffers kept after their tensor goes, to hold the next result of the same
/// size: `a * b + c` in a loop then reuses memory that is already mapped, instead of having
/// the kernel fault in 20,000 fresh pages for every 80 MB result. Values taken from the pool
/// are overwritten completely, so results do not depend on it.
public final class BufferPool: @unchecked Sendable {
  public static let shared = BufferPool()

  /// Buffers smaller than this (8 MB) are left to malloc.
  static let minimumCount = 1 << 20
  /// At most this many values (512 MB) wait in the pool.
  static let maximumTotal = 1 << 26

  private var buffers: [[Double]] = []
  private var total = 0
  private let lock = NSLock()

  /// A buffer of exactly `count` values with unspecified contents, or nil.
  func take(_ count: Int) -> [Double]? {
    guard count >= BufferPool.minimumCount else { return nil }
    lock.lock()
    defer { lock.unlock() }
    guard let index = buffers.firstIndex(where: { $0.count == count }) else { return nil }
    total -= count
    return buffers.remove(at: index)
  }

  /// Keeps a large buffer for reuse, dropping the oldest ones past the size limit.
  public func give(_ buffer: [Double]) {
    guard buffer.count >= BufferPool.minimumCount, buffer.count <= BufferPool.maximumTotal else {
      return
    }
    lock.lock()
    defer { lock.unlock() }
    buffers.append(buffer)
    total += buffer.count
    while total > BufferPool.maximumTotal, !buffers.isEmpty {
      total -= buffers.removeFirst().count
    }
  }
}
