import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The kernel's I/O thread: polls the listening sockets and their connections, accepts,
/// reads and hands whole messages to the sockets' handlers. It never runs awi code.
final class SocketPoller: @unchecked Sendable {
  private let sockets: [ZMTPSocket]
  /// Called about once a second while nothing arrives (the parent-process check).
  private let onIdle: () -> Void

  init(sockets: [ZMTPSocket], onIdle: @escaping () -> Void) {
    self.sockets = sockets
    self.onIdle = onIdle
  }

  /// Starts the loop on a thread of its own; it runs until the process ends.
  func start() {
    let thread = Thread { [self] in loop() }
    thread.stackSize = 1 << 20
    thread.start()
  }

  private func loop() {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      var owners: [(socket: ZMTPSocket, isListener: Bool)] = []
      var watched: [pollfd] = []
      for socket in sockets {
        owners.append((socket, true))
        watched.append(pollfd(fd: socket.listener, events: Int16(POLLIN), revents: 0))
        for descriptor in socket.descriptors {
          owners.append((socket, false))
          watched.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
        }
      }
      let ready = poll(&watched, nfds_t(watched.count), 1000)
      if ready == 0 { onIdle() }
      guard ready > 0 else { continue }
      for (index, entry) in watched.enumerated() where entry.revents != 0 {
        let owner = owners[index]
        if owner.isListener {
          owner.socket.accept()
        } else {
          owner.socket.read(entry.fd, into: &buffer)
        }
      }
    }
  }
}
