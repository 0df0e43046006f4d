import Dispatch

/// The chunks of one read after parsing: their parsers and the file line each starts on.
struct ParsedChunks {
  var parsers: [ChunkParser]
  var lineShifts: [Int]

  /// The skipped rows of every chunk, in file order, with file line numbers.
  var skipped: [(line: Int, reason: String)] {
    zip(parsers, lineShifts).flatMap { parser, shift in
      parser.skipped.map { (line: $0.line + shift, reason: $0.reason) }
    }
  }
}

/// Holds one parser per chunk while the chunks are read on several threads; each thread
/// touches only its own slot.
private final class ParserSlots: @unchecked Sendable {
  var parsers: [ChunkParser]
  var outcomes: [ChunkParser.Outcome]

  init(_ parsers: [ChunkParser]) {
    self.parsers = parsers
    outcomes = Array(repeating: .done, count: parsers.count)
  }

  /// Runs every parser, each on its own thread.
  func runAll() {
    let count = parsers.count
    parsers.withUnsafeMutableBufferPointer { parsers in
      outcomes.withUnsafeMutableBufferPointer { outcomes in
        let pointers = SendablePointers(parsers: parsers, outcomes: outcomes)
        Parallel.concurrentPerform(iterations: count) { index in
          pointers.outcomes[index] = pointers.parsers[index].run()
        }
      }
    }
  }
}

/// The parsers and outcomes as pointers that the worker threads write through, one distinct
/// index each.
private struct SendablePointers: @unchecked Sendable {
  let parsers: UnsafeMutableBufferPointer<ChunkParser>
  let outcomes: UnsafeMutableBufferPointer<ChunkParser.Outcome>
}

extension CSVReader {
  /// Parses the body, in parallel chunks when it is large and has no quoted field.
  static func readChunks(
    _ body: UnsafeBufferPointer<UInt8>, settings: CSVSettings, firstLine: Int
  ) throws(CSVError) -> ParsedChunks {
    let pieces = settings.allowsParallel ? chunkBounds(body) : [0..<body.count]
    if pieces.count > 1, let chunks = try readInParallel(body, pieces, settings, firstLine) {
      return chunks
    }
    var parser = ChunkParser(
      settings: settings, bytes: body, startLine: firstLine,
      allowsQuotes: true)
    switch parser.run() {
    case .done, .quote: return ParsedChunks(parsers: [parser], lineShifts: [0])
    case .failed(let error): throw error
    }
  }

  /// Splits the body after line ends into one piece per core (or one piece when small).
  static func chunkBounds(_ body: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    let cores = ProcessorCount.active
    guard body.count >= parallelThreshold, cores > 1 else { return [0..<body.count] }
    var bounds: [Range<Int>] = []
    var start = 0
    for piece in 1..<cores {
      var end = max(body.count / cores * piece, start)
      while end < body.count, body[end] != 10 { end += 1 }
      end = min(end + 1, body.count)
      if end > start { bounds.append(start..<end) }
      start = end
    }
    if start < body.count { bounds.append(start..<body.count) }
    return bounds
  }

  /// The chunks read on all cores; nil when one of them holds a quoted field.
  private static func readInParallel(
    _ body: UnsafeBufferPointer<UInt8>, _ pieces: [Range<Int>], _ settings: CSVSettings,
    _ firstLine: Int
  ) throws(CSVError) -> ParsedChunks? {
    let slots = ParserSlots(
      pieces.enumerated().map { index, piece in
        var parser = ChunkParser(
          settings: settings, bytes: UnsafeBufferPointer(rebasing: body[piece]),
          startLine: index == 0 ? firstLine : 0, allowsQuotes: false)
        if index == 0 { parser.reservedBytes = body.count }
        return parser
      })
    slots.runAll()
    var shifts: [Int] = []
    var nextLine = firstLine
    for (index, outcome) in slots.outcomes.enumerated() {
      let shift = index == 0 ? 0 : nextLine
      switch outcome {
      case .quote: return nil
      case .failed(let error): throw error.shifted(by: shift)
      case .done: break
      }
      shifts.append(shift)
      nextLine = shift + slots.parsers[index].startLine + slots.parsers[index].lineCount
    }
    return ParsedChunks(parsers: slots.parsers, lineShifts: shifts)
  }

  /// Gives every chunk's column the kind of the whole column (rereading as strings if needed).
  static func harmonize(_ parsers: inout [ChunkParser], lineShifts: [Int], settings: CSVSettings)
    throws(CSVError)
  {
    guard parsers.count > 1 else { return }
    for column in 0..<settings.columnCount {
      let kind = parsers.reduce(BuilderKind.empty) { $0.joined(with: $1.builders[column].kind) }
      for index in parsers.indices {
        if let error = parsers[index].harmonize(column, to: kind) {
          throw error.shifted(by: lineShifts[index])
        }
      }
    }
  }
}
