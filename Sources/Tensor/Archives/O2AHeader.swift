import Foundation

/// One column header of an O2A data web service answer, as the service's format page and
/// its real answers show it: `<urn> (<function>) [<unit>]` for an aggregated sensor, `<urn>
/// [<unit>]` without aggregation, and `<urn> (quality_flag)` (no unit) for the quality flags
/// that `withQualityFlags=true` adds after a sensor's column.
struct O2AHeader: Equatable {
  /// The sensor URN, `platformType:platform:…:device:parameter`.
  var urn: String
  /// The aggregate function in lower case (`mean`, `max`, `stddev`), nil without one.
  var function: String?
  /// The unit between the last ` [` … `]`; nil when the header has none or it is `[]`.
  var unit: String?
  /// Whether the column holds the sensor's quality flags rather than values.
  var isFlag: Bool

  init(_ text: String) {
    var rest = Substring(text).trimmingSpaces()
    var unit: String?
    // The unit is the last bracket group: units such as `[0/00]` contain no brackets, but
    // the part before it may.
    if rest.hasSuffix("]"), let open = rest.lastRange(of: " [") {
      unit = String(rest[open.upperBound..<rest.index(before: rest.endIndex)])
      rest = rest[..<open.lowerBound].trimmingSpaces()
    }
    var function: String?
    if rest.hasSuffix(")"), let open = rest.lastRange(of: " (") {
      function = rest[open.upperBound..<rest.index(before: rest.endIndex)].lowercased()
      rest = rest[..<open.lowerBound].trimmingSpaces()
    }
    urn = String(rest)
    isFlag = function == "quality_flag"
    self.function = isFlag ? nil : function
    self.unit = unit.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
  }

  /// The URN's parts, split at `:`.
  var parts: [Substring] { urn.split(separator: ":", omittingEmptySubsequences: false) }
}

extension Substring {
  fileprivate func trimmingSpaces() -> Substring {
    drop(while: { $0 == " " }).dropLast(while: { $0 == " " })
  }

  fileprivate func lastRange(of needle: String) -> Range<Index>? {
    range(of: needle, options: .backwards)
  }
}
