/// Choosing parts of a tensor along its axes: `t[1, 2:5, :]`.
extension Tensor {
  /// What one subscript takes from its axis.
  public enum Pick: Sendable {
    /// One position; the axis goes away.
    case index(Int)
    /// These positions, in order; the axis stays.
    case positions([Int])
  }

  /// The values the picks select, one pick per leading axis (the rest are kept whole).
  /// Positions must already be within range.
  public func picking(_ picks: [Pick]) throws(Problem) -> Tensor {
    guard picks.count <= rank else {
      throw .badShape(TensorMessages.tooManySubscripts(picks.count, rank))
    }
    if let block = try leadingBlock(picks) { return block }
    var chosen: [[Int]] = []
    var keptShape: [Int] = []
    for axis in 0..<rank {
      let pick: Pick = axis < picks.count ? picks[axis] : .positions(Array(0..<shape[axis]))
      switch pick {
      case .index(let position):
        guard position >= 0, position < shape[axis] else {
          throw .indexOutOfRange(TensorMessages.indexOutOfRange)
        }
        chosen.append([position])
      case .positions(let positions):
        guard positions.allSatisfy({ $0 >= 0 && $0 < shape[axis] }) else {
          throw .indexOutOfRange(TensorMessages.indexOutOfRange)
        }
        chosen.append(positions)
        keptShape.append(positions.count)
      }
    }
    switch storage {
    case .float64(let values):
      return Tensor(unchecked: keptShape, values: gathered(values, chosen))
    case .float32(let values):
      return Tensor(unchecked: keptShape, values: gathered(values, chosen))
    }
  }

  /// The contiguous block that single positions on the leading axes select (`t[i]`,
  /// `t[i, j]`); nil when some pick keeps its axis. O(size of the block).
  func leadingBlock(_ picks: [Pick]) throws(Problem) -> Tensor? {
    var start = 0
    let strides = self.strides
    for (axis, pick) in picks.enumerated() {
      guard case .index(let position) = pick else { return nil }
      guard position >= 0, position < shape[axis] else {
        throw .indexOutOfRange(TensorMessages.indexOutOfRange)
      }
      start += position * strides[axis]

    }
    let keptShape = Array(shape[picks.count...])
    let block = start..<(start + (Tensor.elementCount(keptShape) ?? 0))
    switch storage {
    case .float64(let values): return Tensor(unchecked: keptShape, values: Array(values[block]))
    case .float32(let values): return Tensor(unchecked: keptShape, values: Array(values[block]))
    }
  }

  /// The values at every combination of the chosen positions, row-major.
  func gathered<E: TensorElement>(_ data: [E], _ chosen: [[Int]]) -> [E] {
    let strides = self.strides
    let rank = self.rank
    var result: [E] = []
    result.reserveCapacity(chosen.reduce(1) { $0 * $1.count })
    func walk(_ axis: Int, _ offset: Int) {
      if axis == rank {
        result.append(data[offset])
        return
      }
      for position in chosen[axis] { walk(axis + 1, offset + position * strides[axis]) }
    }
    walk(0, 0)
    return result
  }
}
