import Foundation
import Interpreter
import Lang
import Tensor

/// Frames stacked by column name: the columns in first-seen order, a column missing from a
/// frame is missing in its rows, ints meeting floats become floats. Typed storage is
/// concatenated directly; no value is boxed.
enum Union {
  /// Why two frames' columns cannot be stacked: the column's name and the two types, or
  /// (`units` set) why their units do not meet.
  struct Mismatch: Error {
    let name: String
    let types: (ColumnType, ColumnType)
    var units: String? = nil

    /// The text users see, `files` naming what was stacked ("frames", "files").
    func message(_ files: String) -> String {
      if let units { return FrameMessages.stackUnits(name, units) }
      return FrameMessages.stackKinds(name, files)
    }

    /// The id: units that do not meet are a unit mismatch, the rest mixed kinds.
    var code: ErrorCode { units == nil ? .mixedKinds : .unitMismatch }
  }

  /// The frames stacked; each column's pieces in the first frame's unit. A column without a
  /// unit next to one with a unit is a mismatch unless `bareUnits` gives its unit.
  /// O(total rows × columns).
  static func stacked(_ frames: [Frame], bareUnits: [String: PhysicalUnit] = [:]) throws(Mismatch)
    -> [Column]
  {
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
        let bare = bareUnits[name].map { Column.BareUnit.taken($0) } ?? .refuse
        columns.append(try Column.concatenating(pieces, name: name, bare: bare))
      } catch {
        switch error {
        case .mixedTypes(let a, let b): throw Mismatch(name: name, types: (a, b))
        case .incompatibleUnits(let reason):
          throw Mismatch(name: name, types: (.float, .float), units: reason)
        case .unitAndNone(let unit):
          throw Mismatch(
            name: name, types: (.float, .float),
            units: FrameMessages.stackUnitAndNone(name, unit))
        }
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
      if error.units != nil {
        throw args.error(error.code, error.message("files"), at: "path")
      }
      throw args.error(
        error.code, error.message("files"), at: "path",
        help: FrameMessages.stackKindsHelp(error.name))
    }
    // Codes straight from the frame positions: no string is hashed per row.
    var dictionary: [String] = []
    var codes: [Int32] = []
    codes.reserveCapacity(frames.reduce(0) { $0 + $1.rowCount })
    for (frame, source) in zip(frames, sources) {
      let name = (source as NSString).lastPathComponent
      let code = Int32(truncatingIfNeeded: dictionary.firstIndex(of: name) ?? dictionary.count)
      if code == dictionary.count { dictionary.append(name) }
      codes += repeatElement(code, count: frame.rowCount)
    }
    columns.append(
      Column(name: "source_file", storage: .string(codes: codes, dictionary: dictionary)))
    return try Frame(columns: columns)
  }
}
