import Foundation

/// One float column's cells in one format, as pandas prints a frame's column: every value
/// with the same decimals — the fewest, from 1 to 6, that keep what `%.6f` shows of each —
/// or every value in `%.6e` when a nonzero value is under 1e-6 (it would print as zero) or a
/// value over 1e6 makes the fixed cells longer than 12 characters. The format is chosen from
/// the values given (the rows shown), so decimals line up down the column. NaN prints `nan`,
/// infinities `inf` and `-inf`, a missing value `nil`.
enum FloatColumnFormat {
  static let digits = 6

  /// The cells of `values` (nil for a missing value) in the column's one format; O(n).
  static func cells(_ values: [Double?]) -> [String] {
    let fixed = trimmed(values.map { cell($0, format: "%.\(digits)f") })
    let isLarge = values.contains { ($0?.magnitude ?? 0) > 1e6 }
    let isSmall = values.contains { value in
      guard let value, value.isFinite else { return false }
      return value != 0 && value.magnitude < 1e-6
    }
    // pandas measures with the leading space it gives positive numbers.
    let widest =
      zip(values, fixed).map { value, text in
        text.count + ((value.map { $0.isFinite && $0.sign == .plus }) == true ? 1 : 0)
      }.max() ?? 0
    guard isSmall || (isLarge && widest > digits + 6) else { return fixed }
    return values.map { cell($0, format: "%.\(digits)e") }
  }

  /// One value's cell: missing, non-finite or the number in `format`.
  private static func cell(_ value: Double?, format: String) -> String {
    guard let value else { return "nil" }
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    return printed(value, format)
  }

  /// C's printf of one number (correctly rounded, as Python's format), without Foundation's
  /// String(format:), which costs several times more per cell.
  private static func printed(_ value: Double, _ format: String) -> String {
    // %.6f of the largest double is 316 characters.
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
      guard let base = buffer.baseAddress else { return String(format: format, value) }
      let written = withVaList([value]) { vsnprintf(base, buffer.count, format, $0) }
      guard written >= 0, Int(written) < buffer.count else { return String(format: format, value) }
      return String(cString: base)
    }
  }

  /// Fixed-notation cells with the trailing zeros every number shares cut, one decimal kept.
  private static func trimmed(_ cells: [String]) -> [String] {
    let numbers = cells.indices.filter { cells[$0].contains(".") }
    guard !numbers.isEmpty else { return cells }
    let shared =
      numbers.map { index in
        cells[index].reversed().prefix { $0 == "0" }.count
      }.min() ?? 0
    let cut = min(shared, digits - 1)
    var result = cells
    for index in numbers { result[index].removeLast(cut) }
    return result
  }
}
