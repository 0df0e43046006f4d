/// Reads the rows of one stretch of a file into column builders, choosing each column's kind
/// as it goes: a value that does not fit widens the column (int to float) or rereads it as
/// strings. O(bytes), plus one reread per column that turns into strings.
struct ChunkParser {
  let settings: CSVSettings
  let bytes: UnsafeBufferPointer<UInt8>
  /// The file line of the first byte; 0 when the caller shifts lines afterwards.
  let startLine: Int
  let allowsQuotes: Bool
  /// The bytes whose rows this chunk's storage is reserved for: the first chunk reserves for
  /// the whole body, so the other chunks' values are later appended in place.
  var reservedBytes: Int
  private(set) var builders: [ColumnBuilder]
  private(set) var skipped: [(line: Int, reason: String)] = []
  /// Line ends consumed, once `run` is done.
  private(set) var lineCount = 0
  private let fields: FieldBuffer
  private let scratch = ByteScratch()

  /// How a run ended.
  enum Outcome {
    case done
    /// A quoted field in a chunk read without quotes: the caller must read sequentially.
    case quote
    case failed(CSVError)
  }

  init(settings: CSVSettings, bytes: UnsafeBufferPointer<UInt8>, startLine: Int, allowsQuotes: Bool)
  {
    self.settings = settings
    self.bytes = bytes
    self.startLine = startLine
    self.allowsQuotes = allowsQuotes
    reservedBytes = bytes.count
    builders = settings.forcedKinds.map { ColumnBuilder(kind: $0 ?? .empty) }
    fields = FieldBuffer(capacity: settings.columnCount)
  }

  /// Reads every row.
  mutating func run() -> Outcome {
    // The builders are moved out and reached through a buffer, so appending a field checks
    // no array for uniqueness and no index against its bounds.
    var columns = takeBuilders()
    let outcome = columns.withUnsafeMutableBufferPointer { readRows(into: $0) }
    builders = columns
    return outcome
  }

  private mutating func readRows(into columns: UnsafeMutableBufferPointer<ColumnBuilder>)
    -> Outcome
  {
    var scanner = makeScanner()
    var rows = 0
    while true {
      switch scanner.next(into: fields) {
      case .end:
        lineCount = scanner.line - startLine
        return .done
      case .blank: continue
      case .quote: return .quote
      case .unterminatedQuote(let line):
        return .failed(CSVError(line: line, message: TensorMessages.csvUnterminatedQuote))
      case .row(let line):
        if rows == 64 { reserve(columns, consumed: scanner.position, rows: rows) }
        rows += 1
        if let error = appendRow(columns, line: line) { return .failed(error) }
      }
    }
  }

  private func makeScanner() -> RowScanner {
    RowScanner(
      bytes: bytes, separator: settings.separator, allowsQuotes: allowsQuotes,
      line: startLine)
  }

  /// Reserves storage for the rows the rest of the chunk probably holds.
  private func reserve(
    _ columns: UnsafeMutableBufferPointer<ColumnBuilder>, consumed: Int, rows: Int
  ) {
    let bytesPerRow = max(Double(consumed) / Double(rows), 1)
    let expected = Int(Double(reservedBytes) / bytesPerRow * 1.05) + 64
    for column in columns.indices { columns[column].reserve(rows: expected) }
  }

  /// The bytes of field `column` of the current row (unescaped if needed); valid until the
  /// next call.
  @inline(__always)
  private func field(_ column: Int, of row: FieldBuffer) -> UnsafeBufferPointer<UInt8> {
    let start = row.starts[column]
    let end = row.ends[column]
    switch row.quoting[column] {
    case .plain: return UnsafeBufferPointer(rebasing: bytes[start..<end])
    case .quoted: return UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
    case .escaped: return scratch.unescape(bytes, start, end)
    }
  }

  /// Appends the current row, or skips it (or fails) when its field count is wrong.
  private mutating func appendRow(_ columns: UnsafeMutableBufferPointer<ColumnBuilder>, line: Int)
    -> CSVError?
  {
    guard fields.count == columns.count else {
      let reason = TensorMessages.csvFieldCount(fields.count, settings.columnCount)
      if settings.skipsBadRows {
        skipped.append((line, reason))
        return nil
      }
      return CSVError(line: line, message: reason, hint: .badRow)
    }
    let checksPlainNumbers = settings.missing.hasPlainNumber
    for column in columns.indices {
      let value = field(column, of: fields)
      // The typed fast path: a plain decimal in a float column is never missing here.
      if columns[column].kind == .float, !checksPlainNumbers,
        let number = NumberParser.simpleDouble(value)
      {
        columns[column].append(number)
        continue
      }
      if settings.missing.matches(value) {
        columns[column].appendMissing()
        continue
      }
      switch columns[column].append(value, latin1: settings.isLatin1) {
      case .appended: continue
      case .mismatch:
        if let error = widen(&columns[column], column, for: value, line: line) { return error }
      case .invalidText:
        return invalidText(column, line: line)
      }
    }
    return nil
  }

  private func invalidText(_ column: Int, line: Int) -> CSVError {
    CSVError(
      line: line, column: column + 1,
      message: TensorMessages.csvInvalidUTF8(settings.names[column]), hint: .latin1)
  }

  /// Changes the kind of `builder` (of `column`) so that `value` fits, then appends it.
  private func widen(
    _ builder: inout ColumnBuilder, _ column: Int, for value: UnsafeBufferPointer<UInt8>,
    line: Int
  ) -> CSVError? {
    if let forced = settings.forcedKinds[column] {
      let text = String(decoding: value, as: UTF8.self)
      let type = CSVReader.columnType(forced) ?? .string
      return CSVError(
        line: line, column: column + 1,
        message: TensorMessages.csvNotOfType(text, settings.names[column], type))
    }
    let valueKind = ColumnBuilder.kind(of: value, allowsTime: settings.allowsTime[column])
    let target = builder.kind.joined(with: valueKind)
    if !builder.widen(to: target) {
      if let error = reread(&builder, column) { return error }
    }
    switch builder.append(value, latin1: settings.isLatin1) {
    case .appended: return nil
    case .mismatch, .invalidText: return invalidText(column, line: line)
    }
  }

  /// Replaces `builder` (of `column`) by its values read again as strings.
  private func reread(_ builder: inout ColumnBuilder, _ column: Int) -> CSVError? {
    switch stringsReread(column, rows: builder.count, reserving: builder.expectedRows) {
    case .success(let strings?): builder = strings
    case .success(nil): break
    case .failure(let error): return error
    }
    return nil
  }

  /// The first `rows` values of `column` read again as strings (nil if the bytes end first).
  private func stringsReread(_ column: Int, rows: Int, reserving: Int)
    -> Result<ColumnBuilder?, CSVError>
  {
    var builder = ColumnBuilder(kind: .string)
    builder.reserve(rows: max(reserving, rows))
    var scanner = makeScanner()
    let row = FieldBuffer(capacity: settings.columnCount)
    while builder.count < rows {
      switch scanner.next(into: row) {
      case .row(let line) where row.count == settings.columnCount:
        let value = field(column, of: row)
        if settings.missing.matches(value) {
          builder.appendMissing()
        } else if builder.append(value, latin1: settings.isLatin1) != .appended {
          return .failure(invalidText(column, line: line))
        }
      case .row, .blank: continue
      case .end, .quote, .unterminatedQuote: return .success(nil)
      }
    }
    return .success(builder)
  }

  /// Widens `column` to `kind`, rereading it as strings when needed (after `run`).
  mutating func harmonize(_ column: Int, to kind: BuilderKind) -> CSVError? {
    guard builders[column].kind != kind else { return nil }
    if kind != .string, builders[column].widen(to: kind) { return nil }
    let rows = builders[column].count
    switch stringsReread(column, rows: rows, reserving: builders[column].expectedRows) {
    case .success(let strings?): builders[column] = strings
    case .success(nil): break
    case .failure(let error): return error
    }
    return nil
  }

  /// Hands the builders over, leaving none behind (so their storage is not shared).
  mutating func takeBuilders() -> [ColumnBuilder] {
    let taken = builders
    builders = []
    return taken
  }
}

/// A growable byte buffer for unescaped quoted fields.
final class ByteScratch {
  private var pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
  private var capacity = 64

  deinit { pointer.deallocate() }

  /// The content of the quoted field at `start..<end` (see `TextDecoding.unescape`).
  func unescape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> UnsafeBufferPointer<UInt8>
  {
    if end - start > capacity {
      pointer.deallocate()
      capacity = end - start
      pointer = .allocate(capacity: capacity)
    }
    let count = TextDecoding.unescape(bytes, start, end, into: pointer)
    return UnsafeBufferPointer(start: pointer, count: count)
  }
}
