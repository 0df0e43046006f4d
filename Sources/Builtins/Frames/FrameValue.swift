import Interpreter
import Lang
import Tensor

/// A frame as an awi value. It is shared by reference, like a pandas DataFrame:
/// `df.new = …` changes the frame every name for it sees.
final class FrameValue: ObjectValue {
  var frame: Frame

  init(_ frame: Frame) {
    self.frame = frame
  }

  var typeName: String { "frame" }
  var length: Int? { frame.rowCount }
  var providesColumns: Bool { true }
  var memberNames: [String] { frame.names }

  var shortDescription: String { "<frame \(frame.rowCount) rows × \(frame.columnCount) columns>" }

  func display(width: Int) -> String {
    String(FrameDisplay.frame(frame, width: width).dropLast())
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    frame.column(named: name).map { .object(ColumnValue($0)) }
  }

  func element(_ index: Value) throws(RuntimeError) -> Value? {
    switch index {
    case .string(let name):
      guard let column = frame.column(named: name) else { throw noColumn(name) }
      return .object(ColumnValue(column))
    case .list(let list):
      var names: [String] = []
      for item in list.items {
        guard case .string(let name) = item else { return nil }
        guard frame.column(named: name) != nil else { throw noColumn(name) }
        names.append(name)
      }
      return frame.selecting(names).map { .object(FrameValue($0)) }
    case .object(let mask as ColumnValue):
      return .object(
        FrameValue(frame.gathering(try Masks.rows(mask.column, count: frame.rowCount))))
    case .int(let position):
      let row = position < 0 ? frame.rowCount + position : position
      guard row >= 0, row < frame.rowCount else {
        throw RuntimeError(
          .indexOutOfRange, InterpreterMessages.indexOutOfRange(position, frame.rowCount))
      }
      return record(row)
    default: return nil
    }
  }

  func noColumn(_ name: String) -> RuntimeError {
    let suggestion = Suggest.closest(to: name, in: frame.names)
    return RuntimeError(
      .noColumn, FrameMessages.noColumn(name, frame.columnCount),
      label: suggestion.map(Messages.didYouMean) ?? "")
  }

  /// Row `row` as a record of column name to value.
  func record(_ row: Int) -> Value {
    .record(
      RecordObject(
        keys: frame.names,
        values: frame.columns.map { ValueConversion.value($0, row: row) }))
  }

  func setElement(_ index: Value, _ value: Value) throws(RuntimeError) -> Bool {
    guard case .string(let name) = index else { return false }
    try setColumn(name, value)
    return true
  }

  /// Sets a column from a column, a list, or a scalar repeated on every row.
  func setColumn(_ name: String, _ value: Value) throws(RuntimeError) {
    var column = try FrameValue.column(from: value, name: name, rows: frame.rowCount)
    column.name = name
    do throws(Frame.Problem) {
      try frame.set(column)
    } catch {
      throw RuntimeError(
        .lengthMismatch, error.message)
    }
  }

  static func column(from value: Value, name: String, rows: Int) throws(RuntimeError) -> Column {
    switch value {
    case .object(let column as ColumnValue): return column.column
    case .object(let quantity as QuantityValue):
      return Column(
        name: name, storage: .float(Array(repeating: quantity.value, count: rows)), validity: nil,
        physicalUnit: quantity.unit)
    case .list, .range:
      guard let items = try Iteration.elements(of: value),
        let column = ValueConversion.column(items, name: name)
      else { throw RuntimeError(.mixedKinds, FrameMessages.mixedKinds) }
      return column
    case .int, .float, .bool, .string, .null:
      guard let column = ValueConversion.column(Array(repeating: value, count: rows), name: name)
      else { throw RuntimeError(.mixedKinds, FrameMessages.mixedKinds) }
      return column
    default: throw RuntimeError(.notAColumn, FrameMessages.notAColumn(value.typeName))
    }
  }

  func slice(_ lower: Int?, _ upper: Int?, _ step: Int?) throws(RuntimeError) -> Value? {
    let positions = try Indexing.positions(
      count: frame.rowCount, lower: lower, upper: upper,
      step: step)
    return .object(FrameValue(frame.gathering(positions)))
  }

  /// A frame is walked row by row, each row a record.
  func elements() throws(RuntimeError) -> [Value]? {
    (0..<frame.rowCount).map(record)
  }
}

extension Frame.Problem {
  /// The error id: columns of different lengths are length-mismatch, a repeated name a frame
  /// error.
  var code: ErrorCode {
    switch self {
    case .lengthMismatch: return .lengthMismatch
    case .duplicateName: return .builtinFrame
    }
  }
}
