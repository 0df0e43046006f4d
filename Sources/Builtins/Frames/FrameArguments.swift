import Interpreter
import Tensor

extension Arguments {
  /// The frame bound to a parameter.
  func frame(_ name: String) throws -> Frame {
    if case .object(let value as FrameValue) = value(name) { return value.frame }
    throw typeError(name, "a frame")
  }

  /// The column bound to a parameter.
  func column(_ name: String) throws -> Column {
    if case .object(let value as ColumnValue) = value(name) { return value.column }
    throw typeError(name, "a column")
  }

  /// The record bound to a parameter (keyword arguments arrive as one).
  func record(_ name: String) throws -> RecordObject {
    if case .record(let record) = value(name) { return record }
    throw typeError(name, "a record")
  }

  /// Column names given as strings (or a list of strings); each must be in `frame`.
  func columnNames(_ name: String, in frame: Frame) throws -> [String] {
    var names: [String] = []
    for item in try elements(name) {
      guard case .string(let text) = item else { throw typeError(name, "column names") }
      guard frame.column(named: text) != nil else {
        throw error(FrameMessages.noColumn(text, frame.columnCount), at: name)
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
