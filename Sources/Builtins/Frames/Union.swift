import Foundation
import Interpreter
import Tensor

/// Frames stacked by column name: the columns in first-seen order, a column missing from a
/// frame is missing in its rows, ints meeting floats become floats. Typed storage is
/// concatenated directly; no value is boxed.
enum Union {
  /// Why two frames' columns cannot be stacked: the column's name and the two types.
  struct Mismatch: Error {
    let name: String
    let types: (ColumnType, ColumnType)
  }

  /// The frames stacked. O(total rows × columns).
  static func stacked(_ frames: [Frame]) throws(Mismatch) -> [Column] {
    var names: [String] = []
    var seen: Set<String> = []
    for frame in frames {
      for name in frame.names where seen.insert(name).inserted { names.append(name) }
    }
    var columns: [Column] = []
    for name in names {
      let pieces = frames.map { frame -> Column.Piece in
        frame.column(named: name).map { .column($0) } ?? .missing(count: frame.rowCount)
      }
      do throws(Column.ConcatenationProblem) {
        columns.append(try Column.concatenating(pieces, name: name))
      } catch {
        guard case .mixedTypes(let a, let b) = error else { continue }
        throw Mismatch(name: name, types: (a, b))
      }
    }
    return columns
  }

  /// The files' frames stacked, with a `source_file` column naming each row's file.
  static func byName(_ frames: [Frame], sources: [String], args: Arguments) throws -> Frame {
    var columns: [Column]
    do throws(Mismatch) {
      columns = try stacked(frames)
    } catch {
      throw args.error(
        "column '\(error.name)' holds different kinds of values in different files",
        at: "path", help: "give its type with types={\(error.name): \"string\"}")
    }
    var sourceNames: [String] = []
    for (frame, source) in zip(frames, sources) {
      sourceNames += Array(repeating: (source as NSString).lastPathComponent, count: frame.rowCount)
    }
    columns.append(Column(name: "source_file", storage: .strings(sourceNames)))
    return try Frame(columns: columns)
  }
}
