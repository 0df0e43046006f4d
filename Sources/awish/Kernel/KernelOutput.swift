import Builtins
import Foundation
import Interpreter

/// What a running cell shows, sent on iopub with the request as parent: printed text as
/// `stream` messages (gathered, sent at most every 50 ms or 8 KiB and at the end of the
/// cell), rich values as `display_data`, `clear_output`. Silent requests show nothing.
final class KernelOutput {
  private let channels: KernelChannels
  private var parent: KernelMessage?
  private var isSilent = false
  private var pending: [(name: String, text: String)] = []
  private var pendingBytes = 0
  private var lastSent = ContinuousClock.now

  init(channels: KernelChannels) {
    self.channels = channels
  }

  /// Starts showing output for a request.
  func begin(_ parent: KernelMessage, isSilent: Bool) {
    self.parent = parent
    self.isSilent = isSilent
    lastSent = .now
  }

  /// Text for the `stdout` or `stderr` stream.
  func write(_ text: String, to name: String = "stdout") {
    guard !isSilent, !text.isEmpty else { return }
    if let last = pending.last, last.name == name {
      pending[pending.count - 1].text += text
    } else {
      pending.append((name, text))
    }
    pendingBytes += text.utf8.count
    if pendingBytes >= 8192 || ContinuousClock.now - lastSent > .milliseconds(50) { flush() }
  }

  /// Sends the gathered stream text.
  func flush() {
    for piece in pending {
      channels.publish("stream", ["name": piece.name, "text": piece.text], parent: parent)
    }
    pending = []
    pendingBytes = 0
    lastSent = .now
  }

  /// Shows a value as `display_data` when it has a rich form; false when it has none.
  func display(_ value: Value) -> Bool {
    guard let bundle = KernelOutput.bundle(value, richOnly: true) else { return false }
    guard !isSilent else { return true }
    flush()
    channels.publish(
      "display_data", ["data": bundle, "metadata": [String: Any](), "transient": [String: Any]()],
      parent: parent)
    return true
  }

  /// `clear_output`: the front end clears the cell's output (at the next output if `wait`).
  func clear(wait: Bool) {
    guard !isSilent else { return }
    flush()
    channels.publish("clear_output", ["wait": wait], parent: parent)
  }

  /// A value's MIME bundle: `text/plain` and any rich forms. With `richOnly`, nil for a value
  /// that has no rich form.
  static func bundle(_ value: Value, richOnly: Bool = false) -> [String: String]? {
    let rich = RichMIME.bundle(value)
    if richOnly, rich == nil { return nil }
    var bundle = rich ?? [:]
    // A plot's text form is its one-line summary, not the terminal's braille preview.
    bundle["text/plain"] = bundle["image/png"] == nil ? awish.display(value) : value.repr
    return bundle
  }
}
