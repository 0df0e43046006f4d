import Interpreter
import Tensor

/// sum, mean, min, max, std and median of a column, skipping missing values and NaN as
/// pandas does (docs/language.md, "Missing values and NaN"). Ints add, compare and pick
/// exactly; strings and times have min and max of their own kind.
enum ColumnReductions {
  enum Kind: String { case sum, mean, min, max, std, median }

  /// The reduction of `value` when it is a column or tensor; nil for any other value.
  /// `axis` (an int or nil) reduces a tensor along one axis.
  static func reduce(_ value: Value, _ kind: Kind, axis: Value = .null) throws -> Value? {
    switch value {
    case .object(let object as ColumnValue):
      return try UnitReductions.result(try reduce(object.column, kind), object.column, kind)
    case .object(let object as TensorValue):
      if let reduced = try TensorValue.reduceFloat32(object.tensor, kind, axis: axis) {
        return reduced
      }
      guard case .int(let axis) = axis else {
        return reduce(tensorValues: object.tensor.data, kind).map(Value.float) ?? .null
      }
      do throws(Tensor.Problem) {
        let reduced = try Broadcast.reduce(object.tensor, axis: axis) { lane in
          reduce(tensorValues: lane, kind) ?? .nan
        }
        return .object(TensorValue(reduced))
      } catch {
        throw TensorValue.runtimeError(error, "axis")
      }
    default: return nil
    }
  }

  /// A column's reduction: ints exactly, strings and times by their own order, the rest as
  /// floats with missing values and NaN skipped; nil (missing) when no value is left.
  static func reduce(_ column: Column, _ kind: Kind) throws -> Value {
    switch column.storage {
    case .int(let ints) where kind == .sum || kind == .min || kind == .max:
      return try integer(ints, column, kind)
    case .string where kind == .min || kind == .max:
      return text(column, largest: kind == .max)
    case .time(let times) where kind == .min || kind == .max:
      return time(times, column, largest: kind == .max)
    case .string, .time:
      throw RuntimeError(
        .notNumeric, FrameMessages.notNumbers(kind.rawValue, column),
        help: FrameMessages.notNumbersHelp(column.type))
    default:
      return reduce(floats: Reduce.validFloats(column) ?? [], kind).map(Value.float) ?? .null
    }
  }

  /// Floats with nothing skipped: NaN propagates, as in numpy (tensors).
  static func reduce(tensorValues values: [Double], _ kind: Kind) -> Double? {
    reduce(floats: values, kind)
  }

  static func reduce(floats values: [Double], _ kind: Kind) -> Double? {
    switch kind {
    case .sum: return Reduce.sum(values)
    case .mean: return Reduce.mean(values)
    case .min: return Reduce.minimum(values)
    case .max: return Reduce.maximum(values)
    case .std: return Reduce.standardDeviation(values, ddof: 1)
    case .median: return Reduce.median(values)
    }
  }

  /// The exact sum, min or max of an int column; a sum beyond 64 bits is an error.
  static func integer(_ ints: [Int], _ column: Column, _ kind: Kind) throws -> Value {
    var result: Int? = kind == .sum ? 0 : nil
    for row in ints.indices where !column.isMissing(row) {
      let value = ints[row]
      guard let current = result else {
        result = value
        continue
      }
      switch kind {
      case .sum:
        let (total, overflow) = current.addingReportingOverflow(value)
        guard !overflow else {
          throw RuntimeError(
            .integerOverflow, FrameMessages.sumOverflow(column.name),
            help: FrameMessages.sumOverflowHelp)
        }
        result = total
      case .min: result = Swift.min(current, value)
      default: result = Swift.max(current, value)
      }
    }
    return result.map(Value.int) ?? .null
  }

  /// The smallest or largest string by code points (as Python compares str), missing
  /// values skipped.
  static func text(_ column: Column, largest: Bool) -> Value {
    guard case .string(let codes, let dictionary) = column.storage else { return .null }
    var used = [Bool](repeating: false, count: dictionary.count)
    for row in codes.indices where !column.isMissing(row) { used[Int(codes[row])] = true }
    let present = dictionary.indices.filter { used[$0] }.map { dictionary[$0] }
    let ordered = { (a: String, b: String) in
      a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
    let pick = largest ? present.max(by: ordered) : present.min(by: ordered)
    return pick.map(Value.string) ?? .null
  }

  /// The earliest or latest time, as indexing the column gives it.
  static func time(_ times: [Int64], _ column: Column, largest: Bool) -> Value {
    let valid = times.indices.filter { !column.isMissing($0) }.map { times[$0] }
    let pick = largest ? valid.max() : valid.min()
    return pick.map { .string(ISOTime.text($0)) } ?? .null
  }
}
