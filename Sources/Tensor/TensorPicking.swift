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
      throw .badShape("\(picks.count) subscripts for a tensor of rank \(rank)")
    }
    var chosen: [[Int]] = []
    var keptShape: [Int] = []
    for axis in 0..<rank {
      let pick: Pick = axis < picks.count ? picks[axis] : .positions(Array(0..<shape[axis]))
      switch pick {
      case .index(let position):
        guard position >= 0, position < shape[axis] else { throw .badShape("index out of range") }
        chosen.append([position])
      case .positions(let positions):
        guard positions.allSatisfy({ $0 >= 0 && $0 < shape[axis] }) else {
          throw .badShape("index out of range")
        }
        chosen.append(positions)
        keptShape.append(positions.count)
      }
    }
    if picks.allSatisfy({ if case .index = $0 { true } else { false } }) {
      // Leading single positions select one contiguous block.
      let start = zip(chosen, strides).reduce(0) { $0 + ($1.0.first ?? 0) * $1.1 }
      let block = start..<(start + (Tensor.elementCount(keptShape) ?? 0))
      switch storage {
      case .float64(let values): return Tensor(unchecked: keptShape, values: Array(values[block]))
      case .float32(let values): return Tensor(unchecked: keptShape, values: Array(values[block]))
      }
    }
    switch storage {
    case .float64(let values):
      return Tensor(unchecked: keptShape, values: gathered(values, chosen))
    case .float32(let values):
      return Tensor(unchecked: keptShape, values: gathered(values, chosen))
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
