import Foundation

/// Shell requests waiting for the session's thread, first come first served. The I/O thread
/// puts; the session's thread takes, blocking while the queue is empty.
final class RequestQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [KernelRequest] = []

  func put(_ request: KernelRequest) {
    condition.withLock {
      items.append(request)
      condition.signal()
    }
  }

  /// The oldest request, waiting for one.
  func take() -> KernelRequest {
    condition.withLock {
      while items.isEmpty { condition.wait() }
      return items.removeFirst()
    }
  }

  /// Removes and returns the waiting requests of `type` (aborted after an error).
  func removeAll(ofType type: String) -> [KernelRequest] {
    condition.withLock {
      let matching = items.filter { $0.message.type == type }
      items.removeAll { $0.message.type == type }
      return matching
    }
  }
}
