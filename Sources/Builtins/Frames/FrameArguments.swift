import Interpreter
import Tensor

extension Arguments {
  /// The library object bound to a parameter. Binding has checked the declared kind, so this
  /// fails only for a look-alike of another type (a group's view of a frame).
  func object<Object: ObjectValue>(_ name: String, _ type: Object.Type) throws -> Object {
    if case .object(let value as Object) = value(name) { return value }
    throw kindError(name)
  }

  /// The frame bound to a parameter.
  func frame(_ name: String) throws -> Frame {
    try object(name, FrameValue.self).frame
  }

  /// The column bound to a parameter.
  func column(_ name: String) throws -> Column {
    try object(name, ColumnValue.self).column
  }

  /// The items of a list parameter declared `.listOf(.string)`.
  func strings(_ name: String) throws -> [String] {
    try list(name).map { item in
      guard case .string(let text) = item else { throw kindError(name) }
      return text
    }
  }

  /// The items of a list parameter declared `.listOf(.int)` (or bounded ints).
  func ints(_ name: String) throws -> [Int] {
    try list(name).map { item in
      guard case .int(let number) = item else { throw kindError(name) }
      return number
    }
  }

  /// The record bound to a parameter (keyword arguments arrive as one).
  func record(_ name: String) throws -> RecordObject {
    if case .record(let record) = value(name) { return record }
    throw kindError(name)
  }

  /// Column names given as strings (or a list of strings); each must be in `frame`.
  func columnNames(_ name: String, in frame: Frame) throws -> [String] {
    var names: [String] = []
    for item in try elements(name) {
      guard case .string(let text) = item else {
        throw typeError(name, FrameMessages.expectedColumnNames)
      }
      guard frame.column(named: text) != nil else {
        throw error(.noColumn, FrameMessages.noColumn(text, frame.columnCount), at: name)
      }
      names.append(text)
    }
    return names
  }

  func typeError(_ name: String, _ expected: String) -> RuntimeError {
    error(
      .argumentType,
      InterpreterMessages.argumentType(name, builtin.name, expected, value(name).typeName),
      at: name)
  }
}

extension Value {
  static func frame(_ frame: Frame) -> Value { .object(FrameValue(frame)) }
  static func column(_ column: Column) -> Value { .object(ColumnValue(column)) }
}
