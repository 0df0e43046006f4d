/// numpy's broadcasting: shapes are aligned at the right; a size of 1 stretches.
public enum Broadcast {
  /// The broadcast shape of two shapes, or nil when they do not broadcast.
  public static func shape(_ a: [Int], _ b: [Int]) -> [Int]? {
    let rank = max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for axis in 0..<rank {
      let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
      let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
      guard x == y || x == 1 || y == 1 else { return nil }
      result[axis] = max(x, y)
    }
    return result
  }

  /// The element-wise operators with loops of their own (so the compiler vectorises them).
  public enum Operator: Sendable {
    case add, subtract, multiply, divide
  }

  /// `a op b` element-wise with broadcasting; equal shapes and scalars take tight loops.
  public static func apply(_ a: Tensor, _ b: Tensor, _ op: Operator) throws(Tensor.Problem)
    -> Tensor
  {
    if a.shape == b.shape {
      return Tensor(unchecked: a.shape, data: same(a.data, b.data, op))
    }
    if b.count == 1, let scalar = b.data.first, a.count > 0 {
      return Tensor(
        unchecked: a.shape, data: same(a.data, [Double](repeating: scalar, count: a.count), op))
    }
    if a.count == 1, let scalar = a.data.first, b.count > 0 {
      return Tensor(
        unchecked: b.shape, data: same([Double](repeating: scalar, count: b.count), b.data, op))
    }
    switch op {
    case .add: return try apply(a, b, +)
    case .subtract: return try apply(a, b, -)
    case .multiply: return try apply(a, b, *)
    case .divide: return try apply(a, b, /)
    }
  }

  /// `x op y` for equal counts; a million values and more are split across the cores.
  static func same(_ x: [Double], _ y: [Double], _ op: Operator) -> [Double] {
    if var reused = BufferPool.shared.take(x.count) {
      x.withUnsafeBufferPointer { a in
        y.withUnsafeBufferPointer { b in
          reused.withUnsafeMutableBufferPointer { out in
            guard let pa = a.baseAddress, let pb = b.baseAddress, let po = out.baseAddress else {
              return
            }
            let operands = Operands(a: pa, b: pb, out: po)
            Parallel.ranges(a.count, minimum: parallelMinimum) { operands.apply(op, $0) }
          }
        }
      }
      return reused
    }
    return [Double](unsafeUninitializedCapacity: x.count) { out, initialized in
      x.withUnsafeBufferPointer { a in
        y.withUnsafeBufferPointer { b in
          guard let pa = a.baseAddress, let pb = b.baseAddress, let po = out.baseAddress else {
            return
          }
          HugePages.advise(UnsafeMutableRawPointer(po), bytes: a.count * 8)
          let operands = Operands(a: pa, b: pb, out: po)
          Parallel.ranges(a.count, minimum: parallelMinimum) { operands.apply(op, $0) }
        }
      }
      initialized = x.count
    }
  }

  /// `a op b` written into `a`'s storage (copied first only when shared) for equal shapes;
  /// false, with `a` unchanged, for other shapes. O(n), split across the cores as `same`.
  public static func applyInPlace(_ a: inout Tensor, _ b: Tensor, _ op: Operator) -> Bool {
    guard a.shape == b.shape else { return false }
    let count = a.count
    b.data.withUnsafeBufferPointer { y in
      a.data.withUnsafeMutableBufferPointer { x in
        guard let pa = x.baseAddress, let pb = y.baseAddress else { return }
        let operands = Operands(a: UnsafePointer(pa), b: pb, out: pa)
        Parallel.ranges(count, minimum: parallelMinimum) { operands.apply(op, $0) }
      }
    }
    return true
  }

  /// The fewest values per thread worth splitting an element-wise loop for.
  static let parallelMinimum = 1 << 19

  /// The operand and result buffers of one element-wise loop, shared by its threads, each
  /// writing a range of its own.
  struct Operands: @unchecked Sendable {
    let a: UnsafePointer<Double>
    let b: UnsafePointer<Double>
    let out: UnsafeMutablePointer<Double>

    /// `out[i] = a[i] op b[i]` for `i` in `range`.
    func apply(_ op: Operator, _ range: Range<Int>) {
      let (pa, pb, po) = (a + range.lowerBound, b + range.lowerBound, out + range.lowerBound)
      switch op {
      case .add: lanes(pa, pb, po, range.count, { $0 + $1 }, { $0 + $1 })
      case .subtract: lanes(pa, pb, po, range.count, { $0 - $1 }, { $0 - $1 })
      case .multiply: lanes(pa, pb, po, range.count, { $0 * $1 }, { $0 * $1 })
      case .divide: lanes(pa, pb, po, range.count, { $0 / $1 }, { $0 / $1 })
      }
    }
  }

  /// Runs `vector` over 8 values at a time and `scalar` over the rest.
  @inline(__always)
  static func lanes(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>,
    _ count: Int, _ vector: (SIMD8<Double>, SIMD8<Double>) -> SIMD8<Double>,
    _ scalar: (Double, Double) -> Double
  ) {
    let rawA = UnsafeRawPointer(a)
    let rawB = UnsafeRawPointer(b)
    let rawOut = UnsafeMutableRawPointer(out)
    let stride = MemoryLayout<SIMD8<Double>>.stride
    var i = 0
    while i + 8 <= count {
      let x = rawA.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
      let y = rawB.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
      rawOut.storeBytes(of: vector(x, y), toByteOffset: i * 8, as: SIMD8<Double>.self)
      i += 8
    }
    _ = stride
    while i < count {
      out[i] = scalar(a[i], b[i])
      i += 1
    }
  }

  /// `a op b` element-wise with broadcasting, for any operation.
  public static func apply(_ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double)
    throws(Tensor.Problem) -> Tensor
  {
    if a.shape == b.shape {
      var result = [Double](repeating: 0, count: a.count)
      for i in 0..<a.count { result[i] = op(a.data[i], b.data[i]) }
      return Tensor(unchecked: a.shape, data: result)
    }
    guard let shape = shape(a.shape, b.shape) else { throw .shapeMismatch(a.shape, b.shape) }
    let count = Tensor.elementCount(shape) ?? 0
    let aStrides = stretchedStrides(a, rank: shape.count)
    let bStrides = stretchedStrides(b, rank: shape.count)
    var result = [Double](repeating: 0, count: count)
    var index = [Int](repeating: 0, count: shape.count)
    var (aOffset, bOffset) = (0, 0)
    for position in 0..<count {
      result[position] = op(a.data[aOffset], b.data[bOffset])
      var axis = shape.count - 1
      while axis >= 0 {
        index[axis] += 1
        aOffset += aStrides[axis]
        bOffset += bStrides[axis]
        if index[axis] < shape[axis] { break }
        aOffset -= aStrides[axis] * shape[axis]
        bOffset -= bStrides[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
    }
    return Tensor(unchecked: shape, data: result)
  }

  /// Strides of `tensor` seen at `rank` dimensions, 0 along stretched (size-1 or missing) axes.
  static func stretchedStrides(_ tensor: Tensor, rank: Int) -> [Int] {
    let own = tensor.strides
    let offset = rank - tensor.rank
    return (0..<rank).map { axis in
      guard axis >= offset else { return 0 }
      return tensor.shape[axis - offset] == 1 ? 0 : own[axis - offset]
    }
  }

  /// Sums (or another reduction) along one axis, removing it.
  public static func reduce(_ tensor: Tensor, axis: Int, _ reduction: ([Double]) -> Double)
    throws(Tensor.Problem) -> Tensor
  {
    let normalized = axis < 0 ? axis + tensor.rank : axis
    guard normalized >= 0, normalized < tensor.rank else {
      throw .axisOutOfRange(axis, tensor.rank)
    }
    let outer = tensor.shape[..<normalized].reduce(1, *)
    let size = tensor.shape[normalized]
    let inner = tensor.shape[(normalized + 1)...].reduce(1, *)
    var result = [Double](repeating: 0, count: outer * inner)
    var lane = [Double](repeating: 0, count: size)
    for o in 0..<outer {
      for i in 0..<inner {
        for k in 0..<size { lane[k] = tensor.data[(o * size + k) * inner + i] }
        result[o * inner + i] = reduction(lane)
      }
    }
    var shape = tensor.shape
    shape.remove(at: normalized)
    return Tensor(unchecked: shape, data: result)
  }
}
