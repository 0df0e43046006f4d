import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (a free port) for the fetch tests. Each path answers
/// with a list of replies, one per request (the last one repeats), so "500, then success"
/// and "the connection drops" are one line each. It serves only this process's tests and
/// stops when `stop()` is called.
final class LocalHTTPServer: @unchecked Sendable {
  enum Reply {
    case ok(String, contentType: String = "text/plain;charset=UTF-8")
    case bytes([UInt8], contentType: String)
    case status(Int)
    /// 429 with a Retry-After header.
    case retryAfter(Int)
    /// Closes the connection without answering.
    case drop
    /// Sends a Content-Length larger than the body, then closes.
    case truncated(String)
  }

  private let socketDescriptor: Int32
  let port: UInt16
  private let lock = NSLock()
  private var routes: [String: [Reply]] = [:]
  private var log: [String] = []

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw ServerError.socket }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else {
      close(descriptor)
      throw ServerError.socket
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    socketDescriptor = descriptor
    port = UInt16(bigEndian: address.sin_port)
    Thread.detachNewThread { [self] in acceptLoop() }
  }

  enum ServerError: Error { case socket }

  var base: String { "http://127.0.0.1:\(port)" }

  /// Sets the replies for `path` (without the query).
  func route(_ path: String, _ replies: Reply...) {
    lock.lock()
    routes[path] = replies
    lock.unlock()
  }

  /// The request targets (path and query) received so far.
  var requests: [String] {
    lock.lock()
    defer { lock.unlock() }
    return log
  }

  func stop() {
    shutdown(socketDescriptor, Int32(SHUT_RDWR))
    close(socketDescriptor)
  }

  private func acceptLoop() {
    while true {
      let client = accept(socketDescriptor, nil, nil)
      guard client >= 0 else { return }
      handle(client)
      close(client)
    }
  }

  private func handle(_ client: Int32) {
    var request: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !request.contains(subsequence: Array("\r\n\r\n".utf8)) {
      let count = recv(client, &buffer, buffer.count, 0)
      guard count > 0 else { return }
      request += buffer[0..<count]
    }
    let line = String(decoding: request.prefix(while: { $0 != 13 }), as: UTF8.self)
    let target = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
    let path = String(target.split(separator: "?").first ?? "")
    send(client, reply(for: path, target: target))
  }

  private func reply(for path: String, target: String) -> Reply {
    lock.lock()
    defer { lock.unlock() }
    log.append(target)
    guard var replies = routes[path], let first = replies.first else { return .status(404) }
    if replies.count > 1 {
      replies.removeFirst()
      routes[path] = replies
    }
    return first
  }

  private func send(_ client: Int32, _ reply: Reply) {
    switch reply {
    case .ok(let text, let type): write(client, 200, Array(text.utf8), type: type)
    case .bytes(let bytes, let type): write(client, 200, bytes, type: type)
    case .status(let code): write(client, code, Array("error \(code)".utf8), type: "text/plain")
    case .retryAfter(let seconds):
      write(client, 429, [], type: "text/plain", extra: "Retry-After: \(seconds)\r\n")
    case .drop: return
    case .truncated(let text):
      let body = Array(text.utf8)
      let head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(body.count * 2)\r\n"
        + "Connection: close\r\n\r\n"
      writeAll(client, Array(head.utf8) + body)
    }
  }

  private func write(
    _ client: Int32, _ status: Int, _ body: [UInt8], type: String, extra: String = ""
  ) {
    let head =
      "HTTP/1.1 \(status) Status\r\nContent-Type: \(type)\r\n" + extra
      + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
    writeAll(client, Array(head.utf8) + body)
  }

  private func writeAll(_ client: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { return }
      offset += sent
    }
  }
}

extension Array where Element == UInt8 {
  func contains(subsequence: [UInt8]) -> Bool {
    guard count >= subsequence.count else { return false }
    return (0...(count - subsequence.count)).contains {
      Array(self[$0..<($0 + subsequence.count)]) == subsequence
    }
  }
}
