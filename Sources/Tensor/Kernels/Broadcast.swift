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
      // A size of 1 stretches to the other, 0 included: (0,) with (1,) is (0,), as numpy.
      result[axis] = x == 1 ? y : x
    }
    return result
  }

  /// The element-wise operators with loops of their own (so the compiler vectorises them;
  /// `power` calls pow or powf per value).
  public enum Operator: Sendable {
    case add, subtract, multiply, divide, power
  }

  /// `a op b` element-wise with broadcasting; equal shapes and scalars take tight loops.
  /// float32 with float32 gives float32; any float64 operand makes the result float64.
  public static func apply(_ a: Tensor, _ b: Tensor, _ op: Operator) throws(Tensor.Problem)
    -> Tensor
  {
    switch (a.storage, b.storage) {
    case (.float64(let x), .float64(let y)): return try apply(x, a.shape, y, b.shape, op)
    case (.float32(let x), .float32(let y)): return try apply(x, a.shape, y, b.shape, op)
    default: return try apply(a.converted(to: .float64), b.converted(to: .float64), op)
    }
  }

  static func apply<E: TensorElement>(
    _ x: [E], _ xShape: [Int], _ y: [E], _ yShape: [Int], _ op: Operator
  ) throws(Tensor.Problem) -> Tensor {
    if xShape == yShape {
      return Tensor(unchecked: xShape, values: same(x, y, op))
    }
    if y.count == 1, let scalar = y.first, !x.isEmpty, yShape.count <= xShape.count {
      return Tensor(
        unchecked: xShape, values: same(x, [E](repeating: scalar, count: x.count), op))
    }
    if x.count == 1, let scalar = x.first, !y.isEmpty, xShape.count <= yShape.count {
      return Tensor(
        unchecked: yShape, values: same([E](repeating: scalar, count: y.count), y, op))
    }
    switch op {
    case .add: return try stretched(x, xShape, y, yShape, +)
    case .subtract: return try stretched(x, xShape, y, yShape, -)
    case .multiply: return try stretched(x, xShape, y, yShape, *)
    case .divide: return try stretched(x, xShape, y, yShape, /)
    case .power: return try stretched(x, xShape, y, yShape, E.power)
    }
  }

  /// `x op y` for equal counts; a million values and more are split across the cores.
  static func same<E: TensorElement>(_ x: [E], _ y: [E], _ op: Operator) -> [E] {
    if var reused: [E] = BufferPool.shared.take(x.count) {
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
    return [E](unsafeUninitializedCapacity: x.count) { out, initialized in
      x.withUnsafeBufferPointer { a in
        y.withUnsafeBufferPointer { b in
          guard let pa = a.baseAddress, let pb = b.baseAddress, let po = out.baseAddress else {
            return
          }
          HugePages.advise(UnsafeMutableRawPointer(po), bytes: a.count * MemoryLayout<E>.stride)
          let operands = Operands(a: pa, b: pb, out: po)
          Parallel.ranges(a.count, minimum: parallelMinimum) { operands.apply(op, $0) }
        }
      }
      initialized = x.count
    }
  }

  /// `a op b` written into `a`'s storage (copied first only when shared) for equal shapes
  /// and dtypes; false, with `a` unchanged, otherwise. O(n), split across the cores as `same`.
  public static func applyInPlace(_ a: inout Tensor, _ b: Tensor, _ op: Operator) -> Bool {
    guard a.shape == b.shape else { return false }
    switch b.storage {
    case .float64(let y): return a.updateValues { (x: inout [Double]) in inPlace(&x, y, op) }
    case .float32(let y): return a.updateValues { (x: inout [Float]) in inPlace(&x, y, op) }
    }
  }

  static func inPlace<E: TensorElement>(_ x: inout [E], _ y: [E], _ op: Operator) {
    let count = x.count
    y.withUnsafeBufferPointer { b in
      x.withUnsafeMutableBufferPointer { a in
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return }
        let operands = Operands(a: UnsafePointer(pa), b: pb, out: pa)
        Parallel.ranges(count, minimum: parallelMinimum) { operands.apply(op, $0) }
      }
    }
  }

  /// The fewest values per thread worth splitting an element-wise loop for.
  static let parallelMinimum = 1 << 19

  /// The operand and result buffers of one element-wise loop, shared by its threads, each
  /// writing a range of its own.
  struct Operands<E: TensorElement>: @unchecked Sendable {
    let a: UnsafePointer<E>
    let b: UnsafePointer<E>
    let out: UnsafeMutablePointer<E>

    /// `out[i] = a[i] op b[i]` for `i` in `range`.
    func apply(_ op: Operator, _ range: Range<Int>) {
      let (pa, pb, po) = (a + range.lowerBound, b + range.lowerBound, out + range.lowerBound)
      switch op {
      case .add: lanes(pa, pb, po, range.count, { $0 + $1 }, { $0 + $1 })
      case .subtract: lanes(pa, pb, po, range.count, { $0 - $1 }, { $0 - $1 })
      case .multiply: lanes(pa, pb, po, range.count, { $0 * $1 }, { $0 * $1 })
      case .divide: lanes(pa, pb, po, range.count, { $0 / $1 }, { $0 / $1 })
      case .power: for i in 0..<range.count { po[i] = E.power(pa[i], pb[i]) }
      }
    }
  }

  /// Runs `vector` over 64 bytes of values at a time (8 doubles or 16 floats) and `scalar`
  /// over the rest.
  @inline(__always)
  static func lanes<E: TensorElement>(
    _ a: UnsafePointer<E>, _ b: UnsafePointer<E>, _ out: UnsafeMutablePointer<E>,
    _ count: Int, _ vector: (E.Vector, E.Vector) -> E.Vector, _ scalar: (E, E) -> E
  ) {
    let rawA = UnsafeRawPointer(a)
    let rawB = UnsafeRawPointer(b)
    let rawOut = UnsafeMutableRawPointer(out)
    let width = E.Vector.scalarCount
    let size = MemoryLayout<E>.stride
    var i = 0
    while i + width <= count {
      let x = rawA.loadUnaligned(fromByteOffset: i * size, as: E.Vector.self)
      let y = rawB.loadUnaligned(fromByteOffset: i * size, as: E.Vector.self)
      rawOut.storeBytes(of: vector(x, y), toByteOffset: i * size, as: E.Vector.self)
      i += width
    }
    while i < count {
      out[i] = scalar(a[i], b[i])
      i += 1
    }
  }

  /// `a op b` element-wise with broadcasting, for any operation on float64 values.
  public static func apply(_ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double)
    throws(Tensor.Problem) -> Tensor
  {
    try stretched(a.data, a.shape, b.data, b.shape, op)
  }

  /// `x op y` with broadcasting, one value at a time.
  static func stretched<E: TensorElement>(
    _ x: [E], _ xShape: [Int], _ y: [E], _ yShape: [Int], _ op: (E, E) -> E
  ) throws(Tensor.Problem) -> Tensor {
    if xShape == yShape {
      var result = [E](repeating: 0, count: x.count)
      for i in 0..<x.count { result[i] = op(x[i], y[i]) }
      return Tensor(unchecked: xShape, values: result)
    }
    guard let shape = shape(xShape, yShape) else { throw .shapeMismatch(xShape, yShape) }
    let count = Tensor.elementCount(shape) ?? 0
    if count == 0 { return Tensor(unchecked: shape, values: [E]()) }
    let aStrides = stretchedStrides(xShape, rank: shape.count)
    let bStrides = stretchedStrides(yShape, rank: shape.count)
    var result = [E](repeating: 0, count: count)
    var index = [Int](repeating: 0, count: shape.count)
    var (aOffset, bOffset) = (0, 0)
    for position in 0..<count {
      result[position] = op(x[aOffset], y[bOffset])
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
    return Tensor(unchecked: shape, values: result)
  }

  /// Strides of `tensor` seen at `rank` dimensions, 0 along stretched (size-1 or missing) axes.
  static func stretchedStrides(_ shape: [Int], rank: Int) -> [Int] {
    var strides = [Int](repeating: 0, count: shape.count)
    var stride = 1
    for axis in shape.indices.reversed() {
      strides[axis] = shape[axis] == 1 ? 0 : stride
      stride *= shape[axis]
    }
    return [Int](repeating: 0, count: rank - shape.count) + strides
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
    let data = tensor.data
    var result = [Double](repeating: 0, count: outer * inner)
    var lane = [Double](repeating: 0, count: size)
    for o in 0..<outer {
      for i in 0..<inner {
        for k in 0..<size { lane[k] = data[(o * size + k) * inner + i] }
        result[o * inner + i] = reduction(lane)
      }
    }
    var shape = tensor.shape
    shape.remove(at: normalized)
    return Tensor(unchecked: shape, data: result)
  }
}
