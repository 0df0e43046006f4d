/// Rows of a time column put into equal bins, as pandas' resample with its defaults: bins
/// are closed on the left and labelled by their start, and they are counted from midnight of
/// the day of the earliest time (origin "start_day"). Every bin from the earliest time's to
/// the latest's is present, empty or not; rows with a missing time are left out.
public struct TimeBins: Sendable {
  /// The start of each bin, as a time column named like the binned column.
  public let starts: Column
  /// The row positions in each bin, in the frame's order.
  public let rows: [[Int]]

  public enum Problem: Error, Equatable {
    case notTime(ColumnType)
    case tooManyBins(Int64, limit: Int)
  }

  /// The most bins a resample may make: beyond this a typo in `every` ("1s" for "1d") would
  /// fill memory before anyone could stop it.
  public static let limit = 10_000_000

  /// Bins `width` microseconds wide (> 0) over `column`'s times. O(rows + bins).
  public init(_ column: Column, width: Int64) throws(Problem) {
    guard case .time(let times) = column.storage else { throw .notTime(column.type) }
    let valid = times.indices.filter { !column.isMissing($0) }
    let lowest = valid.map { times[$0] }.min() ?? 0
    let highest = valid.map { times[$0] }.max() ?? 0
    let day: Int64 = 86_400_000_000
    let origin = TimeBins.floor(lowest, day)
    guard !highest.subtractingReportingOverflow(origin).overflow else {
      throw .tooManyBins(.max, limit: TimeBins.limit)
    }
    let first = TimeBins.bin(lowest, origin: origin, width: width)
    let last = TimeBins.bin(highest, origin: origin, width: width)
    let (span, overflow) = last.subtractingReportingOverflow(first)
    guard !overflow, span >= 0, span < Int64(TimeBins.limit) else {
      throw .tooManyBins(overflow ? .max : span + 1, limit: TimeBins.limit)
    }
    let count = valid.isEmpty ? 0 : Int(span) + 1
    var rows = Array(repeating: [Int](), count: count)
    for row in valid {
      rows[Int(TimeBins.bin(times[row], origin: origin, width: width) - first)].append(row)
    }
    self.rows = rows
    let labels = (0..<Int64(count)).map { origin &+ (first &+ $0) &* width }
    starts = Column(name: column.name, storage: .time(labels), unit: column.unit)
  }

  /// The bin number of `time`, counted from `origin` (time ≥ origin).
  static func bin(_ time: Int64, origin: Int64, width: Int64) -> Int64 {
    (time &- origin) / width
  }

  /// `value` rounded down to a multiple of `step`.
  static func floor(_ value: Int64, _ step: Int64) -> Int64 {
    let remainder = value % step
    return remainder < 0 ? value &- remainder &- step : value - remainder
  }
}
