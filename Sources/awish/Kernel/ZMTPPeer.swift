import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One connection accepted by a kernel socket: the greeting and READY handshake, then
/// messages. Reads happen on the I/O thread only; writes come from any thread under `lock`.
final class ZMTPPeer: @unchecked Sendable {
  /// What a peer said, once it is whole.
  enum Event {
    case message([[UInt8]])
    case command(name: String, data: ArraySlice<UInt8>)
  }

  let descriptor: Int32
  private let lock = NSLock()
  private var reader = ZMTPFrameReader()
  private var greeted = false
  /// The peer's READY arrived; messages before it break the protocol.
  private var isReady = false
  private var frames: [[UInt8]] = []
  /// Topics a subscriber asked for (publisher sockets only); guarded by `lock`.
  private var topics: [[UInt8]] = []
  private var isClosed = false

  init(descriptor: Int32, socketType: String) {
    self.descriptor = descriptor
    send(raw: ZMTPWire.greeting + ZMTPWire.ready(socketType: socketType))
  }

  /// Takes bytes read from the connection; the whole messages and commands they complete.
  func receive(_ bytes: ArraySlice<UInt8>) throws(ZMTPError) -> [Event] {
    reader.append(bytes)
    if !greeted {
      guard let greeting = reader.take(64) else { return [] }
      if let problem = ZMTPWire.problem(inGreeting: greeting) { throw .badGreeting(problem) }
      greeted = true
    }
    var events: [Event] = []
    while let frame = try reader.next() {
      if frame.isCommand {
        guard let command = ZMTPWire.command(frame.body) else { continue }
        if command.name == "READY" { isReady = true }
        events.append(.command(name: command.name, data: command.data))
        continue
      }
      guard isReady else { throw .messageBeforeReady }
      frames.append(frame.body)
      if !frame.hasMore {
        events.append(.message(frames))
        frames = []
      }
    }
    return events
  }

  /// Sends a message; false when the connection is gone.
  @discardableResult
  func send(_ message: [[UInt8]]) -> Bool {
    send(raw: ZMTPWire.message(message))
  }

  /// Sends a message when the subscriber asked for a topic its first frame starts with.
  func publish(_ message: [[UInt8]]) {
    guard let topic = message.first else { return }
    let wanted = lock.withLock { topics.contains { topic.starts(with: $0) } }
    if wanted { send(message) }
  }

  /// Adds (or with `isAdded` false removes) a subscription topic.
  func subscribe(_ topic: [UInt8], isAdded: Bool) {
    lock.withLock {
      if isAdded {
        topics.append(topic)
      } else if let index = topics.firstIndex(of: topic) {
        topics.remove(at: index)
      }
    }
  }

  @discardableResult
  private func send(raw bytes: [UInt8]) -> Bool {
    lock.withLock {
      guard !isClosed else { return false }
      var offset = 0
      while offset < bytes.count {
        let written = bytes.withUnsafeBytes { buffer in
          Glibc.send(
            descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset,
            Int32(MSG_NOSIGNAL))
        }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
      }
      return true
    }
  }

  /// Closes the connection; later sends do nothing.
  func close() {
    lock.withLock {
      guard !isClosed else { return }
      isClosed = true
      Glibc.close(descriptor)
    }
  }
}
