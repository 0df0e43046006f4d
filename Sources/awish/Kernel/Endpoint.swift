import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where one kernel socket listens, as the connection file says: a TCP port, or a Unix
/// socket at `ip-port` for the `ipc` transport.
enum Endpoint: Equatable {
  case tcp(host: String, port: Int)
  case ipc(path: String)

  /// The endpoint of one channel of a connection file.
  init(transport: String, ip: String, port: Int) {
    self = transport == "ipc" ? .ipc(path: "\(ip)-\(port)") : .tcp(host: ip, port: port)
  }

  /// A listening socket; the reason when it cannot be made.
  func listen() -> Result<Int32, KernelFailure> {
    switch self {
    case .tcp(let host, let port): return Endpoint.listenTCP(host: host, port: port)
    case .ipc(let path): return Endpoint.listenUnix(path: path)
    }
  }

  private static func listenTCP(host: String, port: Int) -> Result<Int32, KernelFailure> {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
    let name = host == "localhost" ? "127.0.0.1" : host == "*" ? "0.0.0.0" : host
    guard (0...65535).contains(port), inet_pton(AF_INET, name, &address.sin_addr) == 1 else {
      return .failure(.cannotListen("\(host):\(port)", AwishMessages.notAnIPv4Address))
    }
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { return .failure(.cannotListen("\(host):\(port)", lastError())) }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    return finish(descriptor, bound: bound, place: "\(host):\(port)")
  }

  /// A Unix socket that only this user can connect to: made under umask 077, then chmod 600.
  private static func listenUnix(path: String) -> Result<Int32, KernelFailure> {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard bytes.count < capacity else {
      return .failure(.cannotListen(path, AwishMessages.socketPathTooLong))
    }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in bytes.enumerated() { raw[index] = byte }
    }
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { return .failure(.cannotListen(path, lastError())) }
    let mask = umask(0o077)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    umask(mask)
    if bound == 0 { chmod(path, 0o600) }
    return finish(descriptor, bound: bound, place: path)
  }

  private static func finish(_ descriptor: Int32, bound: Int32, place: String) -> Result<
    Int32, KernelFailure
  > {
    guard bound == 0, Glibc.listen(descriptor, 64) == 0 else {
      let reason = lastError()
      close(descriptor)
      return .failure(.cannotListen(place, reason))
    }
    return .success(descriptor)
  }

  static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Why the kernel could not start.
enum KernelFailure: Error {
  case cannotListen(String, String)
  case connectionFile(String, String)

  var message: String {
    switch self {
    case .cannotListen(let place, let reason): return AwishMessages.cannotListen(place, reason)
    case .connectionFile(let path, let reason):
      return AwishMessages.connectionFileUnusable(path, reason)
    }
  }
}
