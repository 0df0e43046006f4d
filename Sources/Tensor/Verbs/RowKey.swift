/// A hashable stand-in for one value of a column, comparable across columns (strings by text,
/// not by dictionary code). Missing is a key of its own, so missing matches missing as in
/// pandas' merge.
public enum KeyPart: Hashable, Sendable {
  case missing
  case number(UInt64)
  case int(Int)
  case bool(Bool)
  case string(String)
  case time(Int64)

  /// The key of `column[row]`; with `asFloat` an int is keyed as the float it equals, so that
  /// 1 matches 1.0. -0.0 is keyed as 0.0 and every NaN alike.
  public static func of(_ column: Column, _ row: Int, asFloat: Bool = false) -> KeyPart {
    if column.isMissing(row) { return .missing }
    switch column.storage {
    case .float(let values): return number(values[row])
    case .int(let values): return asFloat ? number(Double(values[row])) : .int(values[row])
    case .bool(let values): return .bool(values[row])
    case .time(let values): return .time(values[row])
    case .string(let codes, let dictionary):
      let code = Int(codes[row])
      return .string(dictionary.indices.contains(code) ? dictionary[code] : "")
    }
  }

  static func number(_ value: Double) -> KeyPart {
    if value.isNaN { return .number(Double.nan.bitPattern) }
    return .number((value == 0 ? 0 : value).bitPattern)
  }

  /// The keys of every row of the given columns.
  public static func rows(_ columns: [Column], asFloat: [Bool], count: Int) -> [[KeyPart]] {
    (0..<count).map { row in
      zip(columns, asFloat).map { of($0, row, asFloat: $1) }
    }
  }
}
