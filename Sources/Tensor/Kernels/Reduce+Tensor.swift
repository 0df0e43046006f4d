/// Reductions of a whole tensor or along one axis in the tensor's own precision, in numpy's
/// order: a float32 tensor sums pairwise in float32, as numpy does, so results match its
/// bits. Along an axis, lanes that are contiguous (nothing after the axis) sum pairwise and
/// other axes sum sequentially, as numpy's reduction loops do.
extension Tensor {
  /// What a reduction computes.
  public enum Reduction: Sendable, Equatable {
    case sum, mean, min, max, median
    /// The standard deviation with `ddof` delta degrees of freedom.
    case std(ddof: Int)
  }

  /// The reduction of every value, in the tensor's precision (returned widened to a
  /// Double); nil when there are too few values (mean, min, max, median of none; std of
  /// `ddof` values or fewer).
  public func reduced(_ reduction: Reduction) -> Double? {
    switch storage {
    case .float64(let values): Tensor.reduce(values, reduction)
    case .float32(let values): Tensor.reduce(values, reduction).map { Double($0) }
    }
  }

  /// The reduction along `axis` (negative counts from the end), which goes away; a lane
  /// with too few values gives NaN. O(count).
  public func reduced(_ reduction: Reduction, axis: Int) throws(Problem) -> Tensor {
    let normalized = axis < 0 ? axis + rank : axis
    guard normalized >= 0, normalized < rank else { throw .axisOutOfRange(axis, rank) }
    let lanes = Lanes(
      outer: shape[..<normalized].reduce(1, *), size: shape[normalized],
      inner: shape[(normalized + 1)...].reduce(1, *))
    var kept = shape
    kept.remove(at: normalized)
    switch storage {
    case .float64(let values):
      return Tensor(unchecked: kept, values: lanes.reduce(values, reduction))
    case .float32(let values):
      return Tensor(unchecked: kept, values: lanes.reduce(values, reduction))
    }
  }

  static func reduce<E: TensorElement>(_ values: [E], _ reduction: Reduction) -> E? {
    switch reduction {
    case .mean, .min, .max, .median: if values.isEmpty { return nil }
    case .std(let ddof): if values.count <= ddof { return nil }
    case .sum: break
    }
    return Lanes(outer: 1, size: values.count, inner: 1).reduce(values, reduction).first
  }

  /// A tensor seen as `outer` blocks of `size` lanes, each lane `inner` values apart.
  struct Lanes {
    let outer: Int
    let size: Int
    let inner: Int

    func reduce<E: TensorElement>(_ data: [E], _ reduction: Reduction) -> [E] {
      switch reduction {
      case .sum: return sums(data)
      case .mean: return sums(data).map { $0 / E(size) }
      case .min: return each(data) { lane in Tensor.extreme(lane, <) }
      case .max: return each(data) { lane in Tensor.extreme(lane, >) }
      case .median:
        return each(data) { lane in E(Reduce.median(lane.map(Double.init)) ?? .nan) }
      case .std(let ddof): return deviations(data, ddof: ddof)
      }
    }

    /// Sums of each lane: pairwise along contiguous lanes, else value after value.
    func sums<E: TensorElement>(_ data: [E]) -> [E] {
      var result = [E](repeating: 0, count: outer * inner)
      data.withUnsafeBufferPointer { values in
        for o in 0..<outer {
          if inner == 1 {
            let lane = UnsafeBufferPointer(rebasing: values[(o * size)..<((o + 1) * size)])
            result[o] = Reduce.pairwiseSum(lane, Identity())
            continue
          }
          for k in 0..<size {
            let start = (o * size + k) * inner
            for i in 0..<inner { result[o * inner + i] += values[start + i] }
          }
        }
      }
      return result
    }

    /// numpy's std: the mean, then the sum of squared deviations over `size - ddof`.
    func deviations<E: TensorElement>(_ data: [E], ddof: Int) -> [E] {
      guard size > ddof else { return [E](repeating: .nan, count: outer * inner) }
      let means = sums(data).map { $0 / E(size) }
      var squares = data
      for o in 0..<outer {
        for k in 0..<size {
          let start = (o * size + k) * inner
          for i in 0..<inner {
            let deviation = data[start + i] - means[o * inner + i]
            squares[start + i] = deviation * deviation
          }
        }
      }
      return sums(squares).map { ($0 / E(size - ddof)).squareRoot() }
    }

    /// `reduction` of each lane's values, in order; NaN for empty lanes.
    func each<E: TensorElement>(_ data: [E], _ reduction: ([E]) -> E) -> [E] {
      var result = [E](repeating: .nan, count: outer * inner)
      guard size > 0 else { return result }
      var lane = [E](repeating: 0, count: size)
      for o in 0..<outer {
        for i in 0..<inner {
          for k in 0..<size { lane[k] = data[(o * size + k) * inner + i] }
          result[o * inner + i] = reduction(lane)
        }
      }
      return result
    }
  }

  /// The value that beats all others by `isBetter`; NaN when any value is NaN (as numpy).
  static func extreme<E: TensorElement>(_ values: [E], _ isBetter: (E, E) -> Bool) -> E {
    guard var best = values.first else { return .nan }
    for value in values {
      if value.isNaN { return .nan }
      if isBetter(value, best) { best = value }
    }
    return best
  }
}
