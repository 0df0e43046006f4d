import Synchronization

/// The files a run read and wrote, in order, for the provenance of reports and models.
public final class DataLog: Sendable {
  public static let shared = DataLog()

  public enum Access: String, Sendable { case read, written }

  private let entries = Mutex<[(path: String, access: Access)]>([])

  public func record(_ path: String, _ access: Access) {
    entries.withLock { list in
      if !list.contains(where: { $0.path == path && $0.access == access }) {
        list.append((path, access))
      }
    }
  }

  public var all: [(path: String, access: Access)] { entries.withLock { $0 } }

  public func clear() { entries.withLock { $0.removeAll() } }
}
