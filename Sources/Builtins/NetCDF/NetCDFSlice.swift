import Interpreter
import Tensor

/// Which part of a variable a subscript picks: per value dimension, the positions taken
/// and whether the dimension stays. Read as the smallest box that holds them, then picked.
struct NetCDFSlice {
  struct Axis {
    let dimension: String
    let positions: [Int]
    let isKept: Bool
  }

  let axes: [Axis]

  /// The whole variable.
  init(whole variable: NetCDFVariable) {
    let dims = CFFrame.dataDims(variable)
    axes = zip(dims, variable.shape).map {
      Axis(dimension: $0, positions: Array(0..<$1), isKept: true)
    }
  }

  /// `v[i, lo:hi:step, …]`: missing trailing subscripts take the whole dimension.
  init(_ variable: NetCDFVariable, _ subscripts: [IndexItem]) throws(RuntimeError) {
    let dims = CFFrame.dataDims(variable)
    guard subscripts.count <= dims.count else {
      throw RuntimeError(
        .indexType,
        NetCDFMessages.tooManySubscripts(subscripts.count, variable.name, dims))
    }
    var axes: [Axis] = []
    for (axis, dimension) in dims.enumerated() {
      let size = variable.shape[axis]
      let item = axis < subscripts.count ? subscripts[axis] : .slice(nil, nil, nil)
      switch item {
      case .single(.int(let position)):
        let index = position < 0 ? size + position : position
        guard index >= 0, index < size else {
          throw RuntimeError(.indexOutOfRange, InterpreterMessages.indexOutOfRange(position, size))
        }
        axes.append(Axis(dimension: dimension, positions: [index], isKept: false))
      case .single(let other):
        throw RuntimeError(
          .indexType, InterpreterMessages.indexType("netCDF variable", other.typeName))
      case .slice(let lower, let upper, let step):
        let positions = try Indexing.positions(count: size, lower: lower, upper: upper, step: step)
        axes.append(Axis(dimension: dimension, positions: positions, isKept: true))
      }
    }
    self.axes = axes
  }

  /// The box to read (start and count per stored dimension, a char array's string length
  /// whole).
  func box(_ variable: NetCDFVariable) -> (start: [Int], count: [Int]) {
    // Slice positions are monotonic, so the ends are the extremes.
    var start = axes.map { axis in min(axis.positions.first ?? 0, axis.positions.last ?? 0) }
    var count = axes.map { axis in
      guard let first = axis.positions.first, let last = axis.positions.last else { return 0 }
      return abs(last - first) + 1
    }
    if variable.type == .char, let length = variable.shape.last {
      start.append(0)
      count.append(length)
    }
    return (start, count)
  }

  /// The shape of the result: the kept dimensions' position counts.
  var shape: [Int] { axes.filter(\.isKept).map(\.positions.count) }

  /// Flat indices into the box, in result order; nil when the box is the result.
  func picks(box count: [Int]) -> [Int]? {
    let isWholeBox = axes.enumerated().allSatisfy { index, axis in
      axis.positions.count == count[index]
        && (axis.positions.first ?? 0) <= (axis.positions.last ?? 0)
    }
    if isWholeBox { return nil }
    var strides = [Int](repeating: 1, count: axes.count)
    for axis in stride(from: axes.count - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * count[axis + 1]
    }
    var result = [0]
    for (index, axis) in axes.enumerated() {
      let low = min(axis.positions.first ?? 0, axis.positions.last ?? 0)
      result = result.flatMap { base in axis.positions.map { base + ($0 - low) * strides[index] } }
    }
    return result
  }
}

extension CFDecoded {
  /// The values at `positions`, in that order.
  func gathering(_ positions: [Int]) -> CFDecoded {
    let valid = self.valid.map { $0.gathering(positions) }
    switch self {
    case .numbers(let values, _):
      return .numbers(Gather.values(values, at: positions), valid: valid)
    case .times(let values, _): return .times(Gather.values(values, at: positions), valid: valid)
    case .calendarTimes(let values, let calendar, _):
      return .calendarTimes(positions.map { values[$0] }, calendar: calendar, valid: valid)
    case .strings(let values): return .strings(positions.map { values[$0] })
    case .flags(let codes, let meanings, _):
      return .flags(Gather.values(codes, at: positions), meanings: meanings, valid: valid)
    }
  }
}
