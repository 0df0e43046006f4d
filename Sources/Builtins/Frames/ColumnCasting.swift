import Foundation
import Interpreter
import Tensor

/// Converting a column to another type, value by value; a value that does not convert is an
/// error naming it and its row.
enum ColumnCasting {
  /// Why a value does not convert: its text and row.
  struct Failure: Error {
    let value: String
    let row: Int
  }

  /// The column as `type`; missing values stay missing. O(rows).
  static func cast(_ column: Column, to type: ColumnType) throws(Failure) -> Column {
    guard column.type != type else { return column }
    let storage: ColumnStorage
    switch type {
    case .float:
      storage = .float(
        try converted(column, filler: 0.0) { value throws(Failure) in try float(value) })
    case .int:
      storage = .int(try converted(column, filler: 0) { value throws(Failure) in try int(value) })
    case .bool:
      storage = .bool(
        try converted(column, filler: false) { value throws(Failure) in try bool(value) })
    case .string: storage = .strings(try converted(column, filler: "") { $0.text })
    case .time: throw Failure(value: FrameMessages.aColumn, row: 0)
    }
    return Column(name: column.name, storage: storage, validity: column.validity, unit: column.unit)
  }

  private static func converted<T>(
    _ column: Column, filler: T, _ convert: (Value) throws(Failure) -> T
  ) throws(Failure) -> [T] {
    var result: [T] = []
    result.reserveCapacity(column.count)
    // Missing rows hold the first converted value (or the filler when all are missing).
    var placeholder = filler
    for row in 0..<column.count where !column.isMissing(row) {
      do throws(Failure) {
        placeholder = try convert(ValueConversion.value(column, row: row))
        break
      } catch {
        throw Failure(value: error.value, row: row)
      }
    }
    for row in 0..<column.count {
      if column.isMissing(row) {
        result.append(placeholder)
        continue
      }
      do throws(Failure) {
        result.append(try convert(ValueConversion.value(column, row: row)))
      } catch {
        throw Failure(value: error.value, row: row)
      }
    }
    return result
  }

  static func float(_ value: Value) throws(Failure) -> Double {
    switch value {
    case .int(let x): return Double(x)
    case .float(let x): return x
    case .bool(let x): return x ? 1 : 0
    case .string(let text):
      if let x = Double(text.trimmingCharacters(in: .whitespaces)) { return x }
    default: break
    }
    throw Failure(value: value.repr, row: 0)
  }

  static func int(_ value: Value) throws(Failure) -> Int {
    switch value {
    case .int(let x): return x
    case .bool(let x): return x ? 1 : 0
    case .float(let x):
      if x.rounded() == x, let whole = Int(exactly: x) { return whole }
    case .string(let text):
      if let x = Int(text.trimmingCharacters(in: .whitespaces)) { return x }
    default: break
    }
    throw Failure(value: value.repr, row: 0)
  }

  static func bool(_ value: Value) throws(Failure) -> Bool {
    switch value {
    case .bool(let x): return x
    case .int(let x): return x != 0
    case .float(let x): return x != 0
    case .string(let text):
      switch text.lowercased() {
      case "true": return true
      case "false": return false
      default: break
      }
    default: break
    }
    throw Failure(value: value.repr, row: 0)
  }
}
