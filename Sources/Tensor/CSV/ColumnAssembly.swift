import Dispatch

/// Joins the builders of one column from every chunk (all of one kind by now) into a
/// `Column`: storage concatenated, dictionaries merged in order of first appearance (so
/// codes are the ones a single pass gives), validity bits joined. O(rows).
enum ColumnAssembly {
  /// The columns made from `parts` (one array of chunk builders per column), assembled on
  /// all cores, one column per task.
  static func columns(named names: [String], from parts: consuming [[ColumnBuilder]])
    -> [Column]
  {
    let slots = AssemblySlots(parts)
    slots.assembleAll(names)
    return slots.columns.compactMap { $0 }
  }

  /// The column made from `parts`, in order.
  static func column(named name: String, from parts: consuming [ColumnBuilder]) -> Column {
    var parts = parts
    let rows = parts.reduce(0) { $0 + $1.count }
    let missing = parts.reduce(0) { $0 + $1.missing }
    let validity = missing == 0 ? nil : Bitmap(words: validityWords(parts, rows: rows), count: rows)
    let kind = parts.first?.kind ?? .empty
    return Column(name: name, storage: storage(kind, &parts, rows: rows), validity: validity)
  }

  private static func storage(_ kind: BuilderKind, _ parts: inout [ColumnBuilder], rows: Int)
    -> ColumnStorage
  {
    switch kind {
    case .empty:
      // All missing: pandas gives float64 NaN; a file with no rows gives strings.
      return rows == 0
        ? .string(codes: [], dictionary: []) : .float(Array(repeating: 0, count: rows))
    case .int: return .int(joined(&parts, \.ints))
    case .float: return .float(joined(&parts, \.floats))
    case .bool: return .bool(joined(&parts, \.bools))
    case .time: return .time(joined(&parts, \.times))
    case .string: return strings(&parts, rows: rows)
    }
  }

  /// The arrays at `path` of every part, appended to the first one's (moved out, so it grows
  /// in place when it was reserved for the whole file).
  private static func joined<Element>(
    _ parts: inout [ColumnBuilder], _ path: WritableKeyPath<ColumnBuilder, [Element]>
  ) -> [Element] {
    guard !parts.isEmpty else { return [] }
    var result: [Element] = []
    swap(&result, &parts[0][keyPath: path])
    for index in parts.indices.dropFirst() {
      result.append(contentsOf: parts[index][keyPath: path])
      parts[index][keyPath: path] = []
    }
    return result
  }

  /// Codes into one dictionary; missing rows hold code 0, which always exists.
  private static func strings(_ parts: inout [ColumnBuilder], rows: Int) -> ColumnStorage {
    var dictionary = StringDictionary()
    var codes: [Int32] = []
    if !parts.isEmpty {
      swap(&dictionary, &parts[0].dictionary)
      swap(&codes, &parts[0].codes)
    }
    codes.reserveCapacity(rows)
    for part in parts.dropFirst() {
      let remap = dictionary.absorb(part.dictionary)
      codes.append(
        contentsOf: part.codes.map { remap.indices.contains(Int($0)) ? remap[Int($0)] : 0 })
    }
    var strings = dictionary.strings
    if strings.isEmpty, rows > 0 { strings.append("") }
    return .string(codes: codes, dictionary: strings)
  }

  /// The validity words of all parts: every row valid but the missing ones; no bit past
  /// `rows` is set.
  private static func validityWords(_ parts: [ColumnBuilder], rows: Int) -> [UInt64] {
    var words = Array(repeating: UInt64.max, count: (rows + 63) / 64)
    if rows & 63 != 0, let last = words.indices.last {
      words[last] = (1 << UInt64(rows & 63)) - 1
    }
    var offset = 0
    for part in parts {
      for row in part.missingRows {
        let bit = offset + row
        words[bit >> 6] &= ~(1 << UInt64(bit & 63))
      }
      offset += part.count
    }
    return words
  }
}

/// Holds each column's parts and its result while columns are assembled on several threads;
/// each thread touches only its own index.
private final class AssemblySlots: @unchecked Sendable {
  var parts: [[ColumnBuilder]]
  var columns: [Column?]

  init(_ parts: [[ColumnBuilder]]) {
    self.parts = parts
    columns = Array(repeating: nil, count: parts.count)
  }

  /// Assembles every column, moving its parts out so their storage is not shared.
  func assembleAll(_ names: [String]) {
    let count = min(parts.count, names.count)
    parts.withUnsafeMutableBufferPointer { parts in
      columns.withUnsafeMutableBufferPointer { columns in
        let pointers = AssemblyPointers(parts: parts, columns: columns)
        Parallel.concurrentPerform(iterations: count) { index in
          var taken: [ColumnBuilder] = []
          swap(&taken, &pointers.parts[index])
          pointers.columns[index] = ColumnAssembly.column(named: names[index], from: taken)
        }
      }
    }
  }
}

/// The parts and results as pointers that the worker threads write through, one distinct
/// index each.
private struct AssemblyPointers: @unchecked Sendable {
  let parts: UnsafeMutableBufferPointer<[ColumnBuilder]>
  let columns: UnsafeMutableBufferPointer<Column?>
}
