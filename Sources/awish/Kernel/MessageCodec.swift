import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The Jupyter wire format (messaging protocol 5.3): identities, the `<IDS|MSG>` delimiter,
/// the HMAC-SHA256 signature, then header, parent header, metadata and content as JSON.
/// Messages whose signature does not match are refused.
struct MessageCodec: Sendable {
  static let delimiter = Array("<IDS|MSG>".utf8)
  static let protocolVersion = "5.3"

  /// nil when the connection file gives no key: messages are then neither signed nor checked.
  let signer: HMAC?
  let session = UUID().uuidString.lowercased()
  let username = ProcessInfo.processInfo.environment["USER"] ?? "awish"

  init(key: [UInt8]) {
    signer = key.isEmpty ? nil : HMAC(key: key)
  }

  /// Why a message cannot be taken.
  enum Refusal: Error {
    case malformed(String)
    case badSignature
  }

  /// The message in the frames, after checking its signature.
  func decode(_ frames: [[UInt8]]) -> Result<KernelMessage, Refusal> {
    guard let split = frames.firstIndex(of: MessageCodec.delimiter) else {
      return .failure(.malformed(AwishMessages.noDelimiter))
    }
    let parts = Array(frames[(split + 1)...])
    guard parts.count >= 5 else { return .failure(.malformed(AwishMessages.fewerThanFiveParts)) }
    if let signer, !signer.verifies(parts[0], Array(parts[1...4])) {
      return .failure(.badSignature)
    }
    guard let header = jsonObject(parts[1]), let metadata = jsonObject(parts[3]),
      let content = jsonObject(parts[4])
    else { return .failure(.malformed(AwishMessages.partNotAnObject)) }
    return .success(
      KernelMessage(
        identities: Array(frames[..<split]), header: header, rawHeader: parts[1],
        metadata: metadata, content: content))
  }

  /// The frames of a new message of `type` caused by `parent`.
  func encode(
    _ type: String, _ content: [String: Any], parent: KernelMessage?, identities: [[UInt8]],
    metadata: [String: Any] = [:]
  ) -> [[UInt8]] {
    let header: [String: Any] = [
      "msg_id": UUID().uuidString.lowercased(), "session": session, "username": username,
      "date": MessageCodec.now(), "msg_type": type, "version": MessageCodec.protocolVersion,
    ]
    let parts = [
      jsonBytes(header), parent?.rawHeader ?? Array("{}".utf8), jsonBytes(metadata),
      jsonBytes(content),
    ]
    let signature = signer.map { Array($0.hex(parts).utf8) } ?? []
    return identities + [MessageCodec.delimiter, signature] + parts
  }

  /// The current time in ISO 8601 with microseconds, in UTC.
  static func now() -> String {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    var parts = tm()
    var seconds = time.tv_sec
    gmtime_r(&seconds, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let micro = String(time.tv_nsec / 1000)
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))."
      + String(repeating: "0", count: 6 - micro.count) + micro + "Z"
  }
}
