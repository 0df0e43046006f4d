/// The column names and where the data starts: the first non-blank line, as names when the
/// options say the file has a header.
struct Header {
  let names: [String]
  /// The offset of the first data row.
  let bodyStart: Int
  /// The file line of `bodyStart`.
  let bodyLine: Int

  /// Reads the first non-blank line of `buffer`.
  static func read(_ buffer: UnsafeBufferPointer<UInt8>, options: CSVOptions) throws(CSVError)
    -> Header
  {
    var scanner = RowScanner(
      bytes: buffer, separator: options.separator, allowsQuotes: true,
      line: 1)
    let counter = FieldBuffer(capacity: 1)
    while true {
      let rowStart = scanner.position
      switch scanner.next(into: counter) {
      case .blank: continue
      case .end, .quote: throw CSVError(message: TensorMessages.csvOnlyBlankLines)
      case .unterminatedQuote(let line):
        throw CSVError(line: line, message: TensorMessages.csvUnterminatedQuote)
      case .row(let line):
        guard options.header else {
          let names = (0..<counter.count).map(String.init)
          return Header(names: names, bodyStart: rowStart, bodyLine: line)
        }
        let names = try decodeNames(buffer, rowStart, counter.count, options: options, line: line)
        return Header(names: uniqued(names), bodyStart: scanner.position, bodyLine: scanner.line)
      }
    }
  }

  private static func decodeNames(
    _ buffer: UnsafeBufferPointer<UInt8>, _ rowStart: Int, _ count: Int, options: CSVOptions,
    line: Int
  ) throws(CSVError) -> [String] {
    var scanner = RowScanner(
      bytes: buffer, separator: options.separator, allowsQuotes: true,
      line: line, position: rowStart)
    let fields = FieldBuffer(capacity: count)
    _ = scanner.next(into: fields)
    let scratch = ByteScratch()
    var names: [String] = []
    for index in 0..<min(count, fields.count) {
      let start = fields.starts[index]
      let end = fields.ends[index]
      let bytes =
        fields.quoting[index] == .plain
        ? UnsafeBufferPointer(rebasing: buffer[start..<end]) : scratch.unescape(buffer, start, end)
      guard let name = TextDecoding.string(bytes, latin1: options.encoding == .latin1) else {
        throw CSVError(
          line: line, column: index + 1, message: TensorMessages.csvInvalidUTF8InHeader,
          hint: .latin1)
      }
      names.append(name)
    }
    return names
  }

  /// pandas' renaming (its C parser's, pandas 3): empty names become `Unnamed: i`; a repeat
  /// gets the first free `.1`, `.2`, … suffix, skipping every name the header already holds,
  /// so no column the file names is renamed (`a, a, a.1` gives `a, a.2, a.1`).
  static func uniqued(_ names: [String]) -> [String] {
    var result = names.enumerated().map { $1.isEmpty ? "Unnamed: \($0)" : $1 }
    let written = Set(result)
    var counts: [String: Int] = [:]
    for index in result.indices {
      let original = result[index]
      var name = original
      var count = counts[name, default: 0]
      while count > 0 {
        counts[original] = count + 1
        name = "\(original).\(count)"
        count = written.contains(name) ? count + 1 : counts[name, default: 0]
      }
      result[index] = name
      counts[name] = count + 1
    }
    return result
  }
}
