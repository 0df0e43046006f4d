import Foundation
import Interpreter
import Tensor

/// Frames stacked by column name: the columns in first-seen order, a column missing from a
/// frame is missing in its rows, ints meeting floats become floats.
enum Union {
  static func byName(_ frames: [Frame], sources: [String], args: Arguments) throws -> Frame {
    var names: [String] = []
    for frame in frames {
      for name in frame.names where !names.contains(name) { names.append(name) }
    }
    var columns: [Column] = []
    for name in names {
      var values: [Value] = []
      var unit: String?
      for frame in frames {
        if let column = frame.column(named: name) {
          unit = unit ?? column.unit
          values += (0..<column.count).map { ValueConversion.value(column, row: $0) }
        } else {
          values += Array(repeating: .null, count: frame.rowCount)
        }
      }
      guard var column = ValueConversion.column(values, name: name) else {
        throw args.error(
          "column '\(name)' holds different kinds of values in different files",
          at: "path", help: "give its type with types={\(name): \"string\"}")
      }
      column.unit = unit
      columns.append(column)
    }
    var sourceNames: [String] = []
    for (frame, source) in zip(frames, sources) {
      sourceNames += Array(repeating: (source as NSString).lastPathComponent, count: frame.rowCount)
    }
    columns.append(Column(name: "source_file", storage: .strings(sourceNames)))
    return try Frame(columns: columns)
  }
}
