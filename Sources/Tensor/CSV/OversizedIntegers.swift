/// Integers too large for 64 bits. pandas reads them as float64 (or uint64), silently
/// changing their last digits; awish reads such a column as strings, so every digit is kept,
/// and tells the caller which columns they are.
extension NumberParser {
  /// Whether `bytes` is an integer (optional sign, digits, spaces around) that does not fit
  /// in an Int64.
  static func isOversizedInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    var end = bytes.count
    trimSpaces(bytes, &start, &end)
    if start < end, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
      start += 1
    }
    guard end - start >= 19 else { return false }
    for index in start..<end where bytes[index] &- UInt8(ascii: "0") >= 10 { return false }
    return int(bytes) == nil
  }
}

extension CSVReader {
  /// The string columns of `frame` that hold only numbers, at least one of them an integer
  /// beyond 64 bits, with the first such value: the columns read as text to keep them exact.
  public static func oversizedIntegerColumns(_ frame: Frame) -> [(name: String, example: String)] {
    frame.columns.compactMap { column in
      guard case .string(_, let dictionary) = column.storage else { return nil }
      var example: String?
      for text in dictionary where !text.isEmpty {
        var bytes = Array(text.utf8)
        let (isNumber, isOversized) = bytes.withUnsafeMutableBufferPointer { buffer in
          let view = UnsafeBufferPointer(buffer)
          return (NumberParser.double(view) != nil, NumberParser.isOversizedInteger(view))
        }
        guard isNumber else { return nil }
        if isOversized, example == nil { example = text }
      }
      return example.map { (column.name, $0) }
    }
  }
}

extension CSVReader {
  /// The warning for a column read as text because its integers do not fit 64 bits, with
  /// one of them as `example`.
  public static func oversizedIntegersWarning(_ column: String, _ example: String) -> String {
    TensorMessages.csvOversizedIntegers(column, example)
  }
}
