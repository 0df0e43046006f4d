import Dispatch

/// What a read produced: the frame, and the rows left out under `onBadRows: .skip`.
public struct CSVResult: Sendable {
  public let frame: Frame
  public let skippedRows: [(line: Int, reason: String)]
}

/// Reads CSV and TSV text into a `Frame`, inferring each column's type as pandas does (with
/// missing values kept in validity bitmaps, so ints stay ints). Files over a few megabytes
/// without quoted fields are read in parallel chunks; the result is the same as one pass.
public enum CSVReader {
  /// Bodies smaller than this are read in one pass.
  static let parallelThreshold = 1 << 20

  /// Reads the file at `path`.
  public static func read(path: String, options: CSVOptions = CSVOptions()) throws(CSVError)
    -> CSVResult
  {
    let file = try FileBytes(path: path)
    return try parse(file.buffer, options: options, sourceName: path, release: file.release)
  }

  /// Parses `bytes`; `sourceName` goes into the frame's metadata.
  public static func parse(
    bytes: [UInt8], options: CSVOptions = CSVOptions(),
    sourceName: String = "<bytes>"
  ) throws(CSVError) -> CSVResult {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(CSVError) in
        try parse(buffer, options: options, sourceName: sourceName, release: {})
      }
    }
    return try result.get()
  }

  /// Parses `buffer`, calling `release` once its bytes are no longer needed (before the
  /// columns are assembled, so the file and the columns are not both held at their peak).
  static func parse(
    _ whole: UnsafeBufferPointer<UInt8>, options: CSVOptions, sourceName: String,
    release: () -> Void
  ) throws(CSVError) -> CSVResult {
    guard !whole.isEmpty else { throw CSVError(message: TensorMessages.csvEmpty) }
    let buffer = withoutBOM(whole, options: options)
    let header = try Header.read(buffer, options: options)
    let settings = CSVSettings(names: header.names, options: options)
    let body = UnsafeBufferPointer(rebasing: buffer[header.bodyStart...])
    var chunks = try readChunks(body, settings: settings, firstLine: header.bodyLine)
    let skipped = chunks.skipped
    try harmonize(&chunks.parsers, lineShifts: chunks.lineShifts, settings: settings)
    var builders = (0..<chunks.parsers.count).map { chunks.parsers[$0].takeBuilders() }
    chunks.parsers = []
    release()
    let parts = settings.names.indices.map { take($0, from: &builders) }
    let columns = ColumnAssembly.columns(named: settings.names, from: parts)
    do throws(Frame.Problem) {
      let frame = try Frame(columns: columns, metadata: [(key: "source", value: sourceName)])
      return CSVResult(frame: frame, skippedRows: skipped)
    } catch {
      throw CSVError(message: TensorMessages.csvNotAFrame(error))
    }
  }

  /// The builders of `column` in every chunk, moved out so that their storage is not shared
  /// (the first chunk's arrays then grow in place).
  private static func take(_ column: Int, from builders: inout [[ColumnBuilder]])
    -> [ColumnBuilder]
  {
    builders.indices.map { chunk in
      var taken = ColumnBuilder(kind: .empty)
      swap(&taken, &builders[chunk][column])
      return taken
    }
  }

  private static func withoutBOM(_ buffer: UnsafeBufferPointer<UInt8>, options: CSVOptions)
    -> UnsafeBufferPointer<UInt8>
  {
    guard options.encoding == .utf8, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB,
      buffer[2] == 0xBF
    else { return buffer }
    return UnsafeBufferPointer(rebasing: buffer[3...])
  }

  /// The public type of a builder kind (nil for a column with no value yet).
  static func columnType(_ kind: BuilderKind) -> ColumnType? {
    switch kind {
    case .empty: return nil
    case .int: return .int
    case .float: return .float
    case .bool: return .bool
    case .time: return .time
    case .string: return .string
    }
  }
}
