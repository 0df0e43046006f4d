import Foundation

/// What a Jupyter connection file says: the transport and address, one port per channel, the
/// signing key and scheme.
struct ConnectionInfo {
  var transport: String
  var ip: String
  var ports: [Channel: Int]
  var key: [UInt8]
  var signatureScheme: String

  /// The five channels of a kernel.
  enum Channel: String, CaseIterable {
    case shell, control, stdin, iopub, heartbeat = "hb"
  }

  /// Reads a connection file; the reason when it cannot be used.
  static func read(_ path: String) -> Result<ConnectionInfo, KernelFailure> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(.connectionFile(path, AwishMessages.connectionUnreadable))
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      return .failure(.connectionFile(path, AwishMessages.connectionNotAnObject))
    }
    var ports: [Channel: Int] = [:]
    for channel in Channel.allCases {
      guard let port = object[channel.rawValue + "_port"] as? Int else {
        return .failure(.connectionFile(path, AwishMessages.portMissing(channel.rawValue)))
      }
      ports[channel] = port
    }
    let scheme = object["signature_scheme"] as? String ?? "hmac-sha256"
    guard scheme == "hmac-sha256" || (object["key"] as? String ?? "").isEmpty else {
      return .failure(.connectionFile(path, AwishMessages.signatureScheme(scheme)))
    }
    return .success(
      ConnectionInfo(
        transport: object["transport"] as? String ?? "tcp",
        ip: object["ip"] as? String ?? "127.0.0.1",
        ports: ports, key: Array((object["key"] as? String ?? "").utf8), signatureScheme: scheme))
  }

  func endpoint(_ channel: Channel) -> Endpoint {
    Endpoint(transport: transport, ip: ip, port: ports[channel] ?? 0)
  }
}
