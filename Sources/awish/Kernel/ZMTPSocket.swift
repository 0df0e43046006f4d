import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A bound ZeroMQ socket of the three kinds a kernel needs. ROUTER hands each message to
/// `onMessage` with the peer it came from (replies go back to that peer); PUB sends to every
/// subscriber whose topic matches and reports new subscriptions (XPUB's welcome, JEP 65); REP
/// echoes what it gets (the heartbeat).
final class ZMTPSocket: @unchecked Sendable {
  enum Kind: String {
    case router = "ROUTER"
    case publisher = "PUB"
    case reply = "REP"
  }

  let kind: Kind
  let listener: Int32
  let isTCP: Bool
  private let lock = NSLock()
  private var peers: [Int32: ZMTPPeer] = [:]
  /// Called on the I/O thread with each message of a ROUTER socket.
  var onMessage: (ZMTPPeer, [[UInt8]]) -> Void = { _, _ in }
  /// Called on the I/O thread when a subscriber of a PUB socket subscribes to a topic.
  var onSubscribe: (ZMTPPeer, [UInt8]) -> Void = { _, _ in }

  init(kind: Kind, listener: Int32, isTCP: Bool) {
    self.kind = kind
    self.listener = listener
    self.isTCP = isTCP
  }

  /// The connections to watch for reading.
  var descriptors: [Int32] { lock.withLock { Array(peers.keys) } }

  /// Accepts a waiting connection (on the I/O thread).
  func accept() {
    let descriptor = Glibc.accept(listener, nil, nil)
    guard descriptor >= 0 else { return }
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    if isTCP {
      var yes: Int32 = 1
      setsockopt(
        descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    }
    let peer = ZMTPPeer(descriptor: descriptor, socketType: kind.rawValue)
    lock.withLock { peers[descriptor] = peer }
  }

  /// Reads what a connection sent (on the I/O thread); drops the connection at its end or
  /// on a protocol error.
  func read(_ descriptor: Int32, into buffer: inout [UInt8]) {
    guard let peer = lock.withLock({ peers[descriptor] }) else { return }
    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    if count < 0, errno == EINTR || errno == EAGAIN { return }
    guard count > 0 else { return drop(peer) }
    do throws(ZMTPError) {
      for event in try peer.receive(buffer[0..<count]) { handle(event, from: peer) }
    } catch {
      KernelLog.write(AwishMessages.droppedConnection("\(error)"))
      drop(peer)
    }
  }

  private func handle(_ event: ZMTPPeer.Event, from peer: ZMTPPeer) {
    switch (kind, event) {
    case (.reply, .message(let frames)): peer.send(frames)
    case (.router, .message(let frames)): onMessage(peer, frames)
    case (.publisher, .message(let frames)):
      guard let first = frames.first, let flag = first.first, flag <= 1 else { return }
      subscription(peer, Array(first.dropFirst()), isAdded: flag == 1)
    case (.publisher, .command(let name, let data)) where name == "SUBSCRIBE" || name == "CANCEL":
      subscription(peer, Array(data), isAdded: name == "SUBSCRIBE")
    default: break
    }
  }

  private func subscription(_ peer: ZMTPPeer, _ topic: [UInt8], isAdded: Bool) {
    peer.subscribe(topic, isAdded: isAdded)
    if isAdded { onSubscribe(peer, topic) }
  }

  private func drop(_ peer: ZMTPPeer) {
    lock.withLock { _ = peers.removeValue(forKey: peer.descriptor) }
    peer.close()
  }

  /// Sends a message to every subscriber whose topic it matches (PUB).
  func publish(_ message: [[UInt8]]) {
    let all = lock.withLock { Array(peers.values) }
    for peer in all { peer.publish(message) }
  }
}
