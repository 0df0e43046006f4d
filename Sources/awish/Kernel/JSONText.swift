import Foundation

/// JSON text of the dictionaries the kernel builds (strings, ints, doubles, bools, NSNull,
/// arrays and string-keyed dictionaries of them). Foundation's JSONSerialization bridges
/// every value through NSObject and took half of a request's time; this writes bytes
/// directly. O(n) in the output; anything else is written as null.
enum JSONText {
  static func bytes(_ object: [String: Any]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    write(object, into: &output)
    return output
  }

  private static func write(_ value: Any, into output: inout [UInt8]) {
    switch value {
    case let text as String: write(string: text, into: &output)
    case let flag as Bool: output += Array((flag ? "true" : "false").utf8)
    case let number as Int: output += Array(String(number).utf8)
    case let number as Double:
      output += Array((number.isFinite ? String(number) : "null").utf8)
    case let object as [String: Any]:
      output.append(UInt8(ascii: "{"))
      for (index, (key, item)) in object.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        write(string: key, into: &output)
        output.append(UInt8(ascii: ":"))
        write(item, into: &output)
      }
      output.append(UInt8(ascii: "}"))
    case let array as [Any]:
      output.append(UInt8(ascii: "["))
      for (index, item) in array.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        write(item, into: &output)
      }
      output.append(UInt8(ascii: "]"))
    default: output += Array("null".utf8)
    }
  }

  /// A JSON string: quotes, backslashes and control characters escaped, UTF-8 kept.
  private static func write(string: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case UInt8(ascii: "\r"): output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case UInt8(ascii: "\t"): output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        output += Array(("\\u00" + (byte < 16 ? "0" : "") + hex).utf8)
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
