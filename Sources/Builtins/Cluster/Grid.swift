import Foundation
import Tensor

/// A parameter grid from `--grid key=v1,v2,nil` options: the keys in the order given and
/// every combination of their values, the first key varying slowest (like Python's
/// itertools.product).
public struct Grid: Equatable, Sendable {
  /// One `--grid` option: a parameter and its values.
  public struct Axis: Equatable, Sendable {
    public let key: String
    public let values: [JSON]
  }

  public let axes: [Axis]

  public init(axes: [Axis]) { self.axes = axes }

  /// The grid of `options` (each `key=v1,v2,…`); a value reads as an int, a float, true,
  /// false or nil (missing) when it can, else as a string.
  public static func parse(_ options: [String]) throws(ClusterError) -> Grid {
    guard !options.isEmpty else {
      throw ClusterError(ClusterMessages.emptyGrid, help: ClusterMessages.emptyGridHelp)
    }
    var axes: [Axis] = []
    for option in options {
      let axis = try parseAxis(option)
      if axes.contains(where: { $0.key == axis.key }) {
        throw ClusterError(ClusterMessages.gridKeyTwice(axis.key))
      }
      axes.append(axis)
    }
    return Grid(axes: axes)
  }

  static func parseAxis(_ option: String) throws(ClusterError) -> Axis {
    guard let equals = option.firstIndex(of: "=") else {
      throw ClusterError(ClusterMessages.gridNeedsPairs(option))
    }
    let key = String(option[..<equals]).trimmingCharacters(in: .whitespaces)
    guard ParameterText.isName(key) else {
      throw ClusterError(ClusterMessages.gridNeedsName(option))
    }
    let text = option[option.index(after: equals)...]
    let items = text.split(separator: ",", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    if text.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ClusterError(
        ClusterMessages.emptyAxis(key), help: ClusterMessages.emptyAxisHelp(key))
    }
    if items.contains(where: \.isEmpty) {
      throw ClusterError(ClusterMessages.emptyGridValue(key, String(text)))
    }
    return Axis(key: key, values: items.map(ParameterText.value))
  }

  /// How many combinations there are; nil when the count overflows.
  public var count: Int? {
    var total = 1
    for axis in axes {
      let (product, overflow) = total.multipliedReportingOverflow(by: axis.values.count)
      if overflow { return nil }
      total = product
    }
    return total
  }

  /// Combination `index` (0-based) as key-value pairs in axis order. O(axes).
  public func combination(_ index: Int) -> [(String, JSON)] {
    var rest = index
    var pairs: [(String, JSON)] = []
    for axis in axes.reversed() {
      pairs.append((axis.key, axis.values[rest % axis.values.count]))
      rest /= axis.values.count
    }
    return pairs.reversed()
  }
}

/// Parameter names and values as the command line writes them.
public enum ParameterText {
  /// Whether `text` is a name awi code can write as `params.name`.
  public static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
    }
  }

  /// A value from the command line: an int, a float, a bool, nil, else the text itself.
  public static func value(_ text: String) -> JSON {
    if let number = Int(text) { return .int(number) }
    if let number = Double(text), number.isFinite { return .number(number) }
    switch text {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "nil": return .null
    default: return .string(text)
    }
  }

  /// How a value shows in a table or a job name.
  public static func text(_ value: JSON) -> String {
    switch value {
    case .null: return "nil"
    case .string(let text): return text
    case .array(let items): return items.map(text).joined(separator: ",")
    default: return value.text(pretty: false)
    }
  }
}

/// A cluster command's failure in words for the user, with an optional hint.
public struct ClusterError: Error, Equatable {
  public let message: String
  public let help: String?

  public init(_ message: String, help: String? = nil) {
    self.message = message
    self.help = help
  }
}
