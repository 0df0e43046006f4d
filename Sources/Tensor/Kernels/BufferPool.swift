import Foundation

/// Large float buffers kept after their tensor goes, to hold the next result of the same
/// size: `a * b + c` in a loop then reuses memory that is already mapped, instead of having
/// the kernel fault in 20,000 fresh pages for every 80 MB result. Values taken from the pool
/// are overwritten completely, so results do not depend on it. float64 and float32 buffers
/// wait side by side; a buffer is taken only for its own element type.
public final class BufferPool: @unchecked Sendable {
  public static let shared = BufferPool()

  /// Buffers smaller than this (8 MB) are left to malloc.
  static let minimumCount = 1 << 20
  /// At most this many values (512 MB) wait in the pool.
  static let maximumTotal = 1 << 26

  private var buffers: [Tensor.Storage] = []
  private var total = 0
  private let lock = NSLock()

  /// A buffer of exactly `count` values with unspecified contents, or nil.
  func take<E: TensorElement>(_ count: Int) -> [E]? {
    guard count >= BufferPool.minimumCount else { return nil }
    lock.lock()
    defer { lock.unlock() }
    guard
      let index = buffers.firstIndex(where: { $0.count == count && E.values(of: $0) != nil }),
      let values = E.values(of: buffers.remove(at: index))
    else { return nil }
    total -= count
    return values
  }

  /// Keeps a large buffer for reuse, dropping the oldest ones past the size limit.
  public func give(_ buffer: [Double]) {
    give(.float64(buffer))
  }

  /// Keeps a tensor's large buffer, of either dtype, for reuse.
  public func give(_ buffer: Tensor.Storage) {
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
