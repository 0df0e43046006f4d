/// The bytes of ZMTP 3.0 (rfc.zeromq.org/spec/23): the 64-byte greeting, frames and the
/// READY command of the NULL mechanism. Pure functions over byte arrays.
enum ZMTPWire {
  /// Flag bits of a frame's first byte.
  static let more: UInt8 = 0x01
  static let long: UInt8 = 0x02
  static let command: UInt8 = 0x04

  /// Our greeting: signature, version 3.0, mechanism NULL, as-server 0, filler.
  static let greeting: [UInt8] = {
    var bytes: [UInt8] = [0xFF] + [UInt8](repeating: 0, count: 8) + [0x7F, 3, 0]
    let mechanism = Array("NULL".utf8)
    bytes += mechanism + [UInt8](repeating: 0, count: 20 - mechanism.count)
    bytes += [UInt8](repeating: 0, count: 32)
    return bytes
  }()

  /// Why a peer's greeting is refused, or nil when it is a ZMTP 3 greeting with NULL.
  static func problem(inGreeting bytes: ArraySlice<UInt8>) -> String? {
    let bytes = Array(bytes)
    guard bytes.count == 64, bytes[0] == 0xFF, bytes[9] == 0x7F else {
      return AwishMessages.notZMTP
    }
    guard bytes[10] >= 3 else { return AwishMessages.oldZMTP(Int(bytes[10])) }
    let mechanism = String(decoding: bytes[12..<32].prefix { $0 != 0 }, as: UTF8.self)
    return mechanism == "NULL" ? nil : AwishMessages.securityMechanism(mechanism)
  }

  /// A frame: flags, size (one byte, or eight big-endian when over 255), body.
  static func frame(_ body: [UInt8], isLast: Bool, isCommand: Bool = false) -> [UInt8] {
    var flags: UInt8 = isLast ? 0 : more
    if isCommand { flags |= command }
    if body.count > 255 {
      let size = UInt64(body.count)
      return [flags | long] + (0..<8).map { UInt8(truncatingIfNeeded: size >> (56 - 8 * $0)) }
        + body
    }
    return [flags, UInt8(body.count)] + body
  }

  /// The frames of a message, one buffer ready to write.
  static func message(_ frames: [[UInt8]]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(frames.reduce(16) { $0 + $1.count + 9 })
    for (index, body) in frames.enumerated() {
      bytes += frame(body, isLast: index == frames.count - 1)
    }
    return bytes
  }

  /// READY with the socket type (and an empty identity where the type routes).
  static func ready(socketType: String) -> [UInt8] {
    var body: [UInt8] = [5] + Array("READY".utf8)
    body += property("Socket-Type", Array(socketType.utf8))
    return frame(body, isLast: true, isCommand: true)
  }

  private static func property(_ name: String, _ value: [UInt8]) -> [UInt8] {
    let size = UInt32(value.count)
    return [UInt8(name.utf8.count)] + Array(name.utf8)
      + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: size >> UInt32($0)) } + value
  }

  /// A command's name and its body after the name.
  static func command(_ body: [UInt8]) -> (name: String, data: ArraySlice<UInt8>)? {
    guard let size = body.first, body.count > Int(size) else { return nil }
    return (String(decoding: body[1...Int(size)], as: UTF8.self), body[(Int(size) + 1)...])
  }

  /// The properties of a READY command's body (name → value).
  static func properties(_ data: ArraySlice<UInt8>) -> [String: [UInt8]] {
    var result: [String: [UInt8]] = [:]
    var index = data.startIndex
    while index < data.endIndex {
      let nameSize = Int(data[index])
      let valueStart = index + 1 + nameSize + 4
      guard valueStart <= data.endIndex else { break }
      let name = String(decoding: data[(index + 1)..<(index + 1 + nameSize)], as: UTF8.self)
      let size = data[(valueStart - 4)..<valueStart].reduce(0) { $0 << 8 | Int($1) }
      guard size <= data.endIndex - valueStart else { break }
      result[name.lowercased()] = Array(data[valueStart..<(valueStart + size)])
      index = valueStart + size
    }
    return result
  }
}
