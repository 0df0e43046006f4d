import Foundation
import Interpreter

/// A long builtin's progress in a notebook: one `display_data` with a display id, then
/// `update_display_data` in place, and an empty update when the work is done. Called from
/// the builtin's worker threads; it touches only its lock-guarded fields and the channels.
final class KernelProgress: ProgressDisplay, @unchecked Sendable {
  private let channels: KernelChannels
  private let lock = NSLock()
  private var parent: KernelMessage?
  private var isSilent = false
  private var displayID: String?

  init(channels: KernelChannels) {
    self.channels = channels
  }

  /// The request whose cell shows the progress from now on; a silent one shows none.
  func begin(_ parent: KernelMessage, isSilent: Bool) {
    lock.withLock {
      self.parent = parent
      self.isSilent = isSilent
      displayID = nil
    }
  }

  func show(_ text: String) {
    lock.withLock {
      guard !isSilent else { return }
      let isNew = displayID == nil
      let id = displayID ?? UUID().uuidString.lowercased()
      displayID = id
      channels.publish(
        isNew ? "display_data" : "update_display_data",
        [
          "data": ["text/plain": text], "metadata": [String: Any](),
          "transient": ["display_id": id],
        ], parent: parent)
    }
  }

  func finish() {
    lock.withLock {
      guard let id = displayID else { return }
      channels.publish(
        "update_display_data",
        [
          "data": ["text/plain": ""], "metadata": [String: Any](),
          "transient": ["display_id": id],
        ], parent: parent)
      displayID = nil
    }
  }
}
