/// Where a netCDF-3 file (classic, 64-bit offset or CDF-5) keeps each variable's data, read
/// from its header natively, to check that the file really holds what the header claims.
/// The netCDF-C library reads past the end of a cut file as if it were fill values; a
/// damaged file must be an error instead.
struct ClassicLayout {
  /// The first byte after the last variable's data.
  let end: Int

  enum Problem: Error { case truncated }

  /// Parses the header of `bytes` (the whole file); throws when it runs past the end.
  init(_ bytes: [UInt8]) throws(Problem) {
    var reader = Reader(bytes: bytes, position: 4)
    guard bytes.count >= 4 else { throw .truncated }
    let version = bytes[3]
    reader.wide = version == 5
    let records = try reader.count()
    var lengths: [Int] = []
    try reader.list { reader throws(Problem) in
      try reader.name()
      lengths.append(try reader.count())
    }
    try reader.attributes()
    var end = reader.position
    var recordSize = 0
    var recordStarts: [Int] = []
    try reader.list { reader throws(Problem) in
      try reader.name()
      let rank = try reader.count()
      var dims: [Int] = []
      for _ in 0..<rank { dims.append(try reader.count()) }
      try reader.attributes()
      reader.position += 4  // nc_type
      let size = try reader.count()
      let begin = try version == 1 ? reader.int32() : reader.int64()
      if let first = dims.first, lengths.indices.contains(first), lengths[first] == 0 {
        recordSize += size
        recordStarts.append(begin)
      } else {
        end = max(end, ClassicLayout.add(begin, size))
      }
    }
    if let start = recordStarts.min(), records > 0, records != 0xFFFF_FFFF {
      let (bytes, overflow) = records.multipliedReportingOverflow(by: recordSize)
      end = max(end, overflow ? Int.max : ClassicLayout.add(start, bytes))
    }
    self.end = end
  }

  static func add(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
  }

  /// Big-endian reads with bounds checks.
  struct Reader {
    let bytes: [UInt8]
    var position: Int
    var wide = false

    mutating func int32() throws(Problem) -> Int {
      guard position >= 0, position + 4 <= bytes.count else { throw .truncated }
      defer { position += 4 }
      return bytes[position..<position + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    mutating func int64() throws(Problem) -> Int {
      let high = try int32()
      let low = try int32()
      guard high < 0x8000_0000 else { throw .truncated }
      return high << 32 | low
    }

    mutating func count() throws(Problem) -> Int { try wide ? int64() : int32() }

    mutating func name() throws(Problem) {
      let length = try count()
      guard length <= bytes.count else { throw .truncated }
      position += (length + 3) / 4 * 4
    }

    /// A tagged list (absent is two zero words); `item` reads one element.
    mutating func list(_ item: (inout Reader) throws(Problem) -> Void) throws(Problem) {
      _ = try int32()
      let count = try self.count()
      guard count <= bytes.count else { throw .truncated }
      for _ in 0..<count { try item(&self) }
    }

    mutating func attributes() throws(Problem) {
      try list { reader throws(Problem) in
        try reader.name()
        let type = try reader.int32()
        let count = try reader.count()
        let size = [1, 1, 1, 2, 4, 4, 8, 1, 2, 4, 8, 8][min(max(type, 0), 11)]
        guard count <= reader.bytes.count else { throw .truncated }
        reader.position += (count * size + 3) / 4 * 4
      }
    }
  }
}
