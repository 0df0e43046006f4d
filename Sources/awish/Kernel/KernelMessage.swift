import Foundation

/// One Jupyter message as it arrived: who sent it (the routing identities), its header
/// (kept as sent, to be the parent header of what it causes) and its content.
struct KernelMessage: @unchecked Sendable {
  var identities: [[UInt8]]
  var header: [String: Any]
  /// The header's JSON bytes exactly as received.
  var rawHeader: [UInt8]
  var metadata: [String: Any]
  var content: [String: Any]

  var type: String { header["msg_type"] as? String ?? "" }
  var id: String { header["msg_id"] as? String ?? "" }

  /// A content field as a string, or `fallback`.
  func string(_ key: String, _ fallback: String = "") -> String {
    content[key] as? String ?? fallback
  }

  /// A content field as a boolean, or `fallback`.
  func bool(_ key: String, _ fallback: Bool) -> Bool {
    content[key] as? Bool ?? fallback
  }

  /// A content field as an integer, or `fallback`.
  func int(_ key: String, _ fallback: Int) -> Int {
    content[key] as? Int ?? fallback
  }
}

/// JSON text of a dictionary.
func jsonBytes(_ object: [String: Any]) -> [UInt8] {
  JSONText.bytes(object)
}

/// A JSON object from bytes, nil when they are not one.
func jsonObject(_ bytes: [UInt8]) -> [String: Any]? {
  try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
}
