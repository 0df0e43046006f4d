import Dispatch
import Guards

/// Independent pieces of work spread over the cores. Each piece computes exactly what the
/// serial loop would, so results do not depend on the number of threads. Each piece sees the
/// caller's memory limit (`MemoryBudget.limit`, task-local, which Dispatch's threads do not
/// inherit).
public enum Parallel {
  /// `transform` of each item, computed concurrently, in the items' order.
  public static func map<T: Sendable, U: Sendable>(
    _ items: [T], _ transform: @Sendable (T) -> U
  ) -> [U] {
    guard items.count > 1 else { return items.map(transform) }
    var results = [U?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { buffer in
      let out = SendableBuffer(buffer: buffer)
      concurrentPerform(iterations: items.count) { index in
        out.buffer[index] = transform(items[index])
      }
    }
    return results.compactMap { $0 }
  }

  /// Runs `body` over `0..<count` cut into contiguous ranges of at least `minimum` elements
  /// (one range when `count` is smaller), concurrently.
  public static func ranges(
    _ count: Int, minimum: Int, _ body: @Sendable (Range<Int>) -> Void
  ) {
    let pieces = min(8, max(1, count / max(minimum, 1)))
    guard pieces > 1 else {
      body(0..<count)
      return
    }
    concurrentPerform(iterations: pieces) { piece in
      body(bounds(piece, of: pieces, count))
    }
  }

  /// `DispatchQueue.concurrentPerform` with the caller's memory limit bound in every
  /// iteration (only when there is one: no limit is the default on every thread).
  static func concurrentPerform(iterations: Int, _ work: @Sendable (Int) -> Void) {
    guard let limit = MemoryBudget.limit.get() else {
      DispatchQueue.concurrentPerform(iterations: iterations, execute: work)
      return
    }
    DispatchQueue.concurrentPerform(iterations: iterations) { index in
      MemoryBudget.limit.withValue(limit) { work(index) }
    }
  }

  /// Piece `piece` of `0..<count` cut into `pieces` ranges, boundaries on multiples of 8.
  static func bounds(_ piece: Int, of pieces: Int, _ count: Int) -> Range<Int> {
    func edge(_ index: Int) -> Int { index == pieces ? count : (count * index / pieces) & ~7 }
    return edge(piece)..<edge(piece + 1)
  }
}

/// A buffer that worker threads write through, each at indices of its own.
struct SendableBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
}
