import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Matrix products. The built-in blocked product (GEMM+Blocked.swift), with the tile kernel
/// for the CPU's widest vectors (GEMM+Kernel.swift), does the work wherever it has an AVX2 or
/// AVX-512 kernel, so such machines give the same bits with or without a BLAS installed. A
/// BLAS's `cblas_dgemm` or `cblas_sgemm` (OpenBLAS or the reference BLAS, found with dlopen
/// at first use) does it on CPUs with only the baseline kernel, or everywhere with
/// AWISH_BLAS=1; AWISH_NO_BLAS=1 ignores any BLAS. Both give C = A·B for row-major matrices.
public enum GEMM {
  typealias CBLASDgemm =
    @convention(c) (
      Int32, Int32, Int32, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
      UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32
    ) -> Void

  typealias CBLASSgemm =
    @convention(c) (
      Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
      UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
    ) -> Void

  /// The BLAS library names tried, in order.
  static let libraries = ["libopenblas.so.0", "libopenblas.so", "libblas.so.3", "libcblas.so.3"]

  /// The BLAS that products use by default: `library` where `prefersLibrary`, else nil.
  static let blas = prefersLibrary ? library : nil

  /// Whether products go to the BLAS library by default (see `prefersLibrary(_:bestKernel:)`).
  static let prefersLibrary = prefersLibrary(
    ProcessInfo.processInfo.environment, bestKernel: Double.tileKernels[0].name)

  /// Whether a BLAS should do the products: when AWISH_BLAS is set (to anything but 0), or
  /// when the CPU has no SIMD tile kernel (`bestKernel` is "baseline") and AWISH_GEMM_KERNEL
  /// does not ask for a built-in kernel. OpenBLAS's kernels were measured slower than the
  /// AVX-512 tile kernel, and keeping one path makes machines with and without it agree.
  static func prefersLibrary(_ environment: [String: String], bestKernel: String) -> Bool {
    if isSet(environment["AWISH_BLAS"]) { return true }
    return bestKernel == "baseline" && environment["AWISH_GEMM_KERNEL"] == nil
  }

  /// Whether an environment switch is on: set to anything but "" or "0".
  static func isSet(_ value: String?) -> Bool {
    guard let value else { return false }
    return !["", "0"].contains(value)
  }

  /// cblas_dgemm and cblas_sgemm from the first BLAS that has both; nil when there is none or
  /// AWISH_NO_BLAS is set (to anything but 0), which measures the built-in kernels of a
  /// machine without a BLAS on one that has it.
  static let library: (name: String, dgemm: CBLASDgemm, sgemm: CBLASSgemm)? = {
    if isSet(ProcessInfo.processInfo.environment["AWISH_NO_BLAS"]) { return nil }
    for name in libraries {
      guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL),
        let double = dlsym(handle, "cblas_dgemm"), let single = dlsym(handle, "cblas_sgemm")
      else { continue }
      return (
        name, unsafeBitCast(double, to: CBLASDgemm.self),
        unsafeBitCast(single, to: CBLASSgemm.self)
      )
    }
    return nil
  }()

  typealias SetThreads = @convention(c) (Int32) -> Void
  typealias GetThreads = @convention(c) () -> Int32

  /// OpenBLAS's thread-count controls, when the BLAS in use is OpenBLAS.
  static let threadControls: (set: SetThreads, get: GetThreads)? = {
    guard blas != nil else { return nil }
    for name in libraries {
      guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL),
        let set = dlsym(handle, "openblas_set_num_threads"),
        let get = dlsym(handle, "openblas_get_num_threads")
      else { continue }
      return (unsafeBitCast(set, to: SetThreads.self), unsafeBitCast(get, to: GetThreads.self))
    }
    return nil
  }()

  /// Runs `body` with the BLAS on one thread: for callers that already spread their products
  /// over the cores (a BLAS on every core inside each worker would oversubscribe them).
  public static func singleThreaded<T>(_ body: () -> T) -> T {
    guard let controls = threadControls else { return body() }
    let previous = controls.get()
    controls.set(1)
    defer { controls.set(previous) }
    return body()
  }

  /// Which implementation `multiply` uses: the BLAS library's name, or "built-in (KERNEL)"
  /// with the float64 tile kernel's instruction set.
  public static var implementation: String {
    blas?.name ?? "built-in (\(Double.tileKernel.name))"
  }

  /// The product of an m×k and a k×n matrix, both row-major. `useBLAS`: nil takes the
  /// default path, true the BLAS library when there is one, false the built-in product.
  public static func multiply(
    _ a: [Double], _ b: [Double], m: Int, k: Int, n: Int,
    useBLAS: Bool? = nil
  ) -> [Double] {
    multiply(a, b, m: m, k: k, n: n, useBLAS: useBLAS) { blas, pa, pb, pc in
      // CblasRowMajor = 101, CblasNoTrans = 111.
      blas.dgemm(101, 111, 111, m32(m), m32(n), m32(k), 1, pa, m32(k), pb, m32(n), 0, pc, m32(n))
    }
  }

  /// The float32 product of an m×k and a k×n matrix, both row-major (sgemm).
  public static func multiply(
    _ a: [Float], _ b: [Float], m: Int, k: Int, n: Int,
    useBLAS: Bool? = nil
  ) -> [Float] {
    multiply(a, b, m: m, k: k, n: n, useBLAS: useBLAS) { blas, pa, pb, pc in
      blas.sgemm(101, 111, 111, m32(m), m32(n), m32(k), 1, pa, m32(k), pb, m32(n), 0, pc, m32(n))
    }
  }

  /// A size as the BLAS's int (checked to fit before any call).
  static func m32(_ size: Int) -> Int32 { Int32(truncatingIfNeeded: size) }

  /// C = A·B by `gemm` when the BLAS is chosen (`useBLAS`, else the default) and the sizes
  /// fit its ints, else by `blocked`.
  static func multiply<E: GEMMElement>(
    _ a: [E], _ b: [E], m: Int, k: Int, n: Int, useBLAS: Bool?,
    _ gemm: (
      (name: String, dgemm: CBLASDgemm, sgemm: CBLASSgemm), UnsafePointer<E>?,
      UnsafePointer<E>?, UnsafeMutablePointer<E>?
    ) -> Void
  ) -> [E] {
    guard m > 0, n > 0, k > 0 else { return [E](repeating: 0, count: m * n) }
    let chosen = useBLAS.map { $0 ? library : nil } ?? blas
    if let blas = chosen, m < Int(Int32.max), n < Int(Int32.max), k < Int(Int32.max) {
      var c = [E](repeating: 0, count: m * n)
      a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
          c.withUnsafeMutableBufferPointer { pc in
            gemm(blas, pa.baseAddress, pb.baseAddress, pc.baseAddress)
          }
        }
      }
      return c
    }
    // The product overwrites every value: no need to fill the result with zeros first.
    return a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        [E](unsafeUninitializedCapacity: m * n) { pc, count in
          count = m * n
          guard let pa = pa.baseAddress, let pb = pb.baseAddress, let pc = pc.baseAddress else {
            return
          }
          blocked(
            MatrixView(base: pa, rowStride: k, columnStride: 1),
            MatrixView(base: pb, rowStride: n, columnStride: 1), into: pc, ldc: n, m: m, k: k,
            n: n, accumulate: false, threads: threadCount)
        }
      }
    }
  }

  /// C = op(A)·op(B) for row-major buffers the caller owns (op(A) m×k, op(B) k×n, C m×n;
  /// op transposes when asked), so hot loops can reuse one output buffer. `accumulate` adds
  /// to C instead of overwriting it. Uses the BLAS when there is one, else the built-in
  /// blocked product on this thread (the callers spread their own work over the cores).
  public static func multiply(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    m: Int, k: Int, n: Int, transposeA: Bool = false, transposeB: Bool = false,
    accumulate: Bool = false
  ) {
    guard m > 0, n > 0 else { return }
    guard k > 0 else {
      if !accumulate { c.update(repeating: 0, count: m * n) }
      return
    }
    let (lda, ldb) = (transposeA ? m : k, transposeB ? k : n)
    if let blas, m < Int(Int32.max), n < Int(Int32.max), k < Int(Int32.max) {
      // CblasRowMajor = 101, CblasNoTrans = 111, CblasTrans = 112.
      blas.dgemm(
        101, transposeA ? 112 : 111, transposeB ? 112 : 111, Int32(m), Int32(n), Int32(k), 1, a,
        Int32(lda), b, Int32(ldb), accumulate ? 1 : 0, c, Int32(n))
      return
    }
    let aView =
      transposeA
      ? MatrixView(base: a, rowStride: 1, columnStride: lda)
      : MatrixView(base: a, rowStride: lda, columnStride: 1)
    let bView =
      transposeB
      ? MatrixView(base: b, rowStride: 1, columnStride: ldb)
      : MatrixView(base: b, rowStride: ldb, columnStride: 1)
    blocked(aView, bView, into: c, ldc: n, m: m, k: k, n: n, accumulate: accumulate)
  }

  /// Threads for a large product: the cores this process may use (at most 8).
  static let threadCount = min(8, max(1, ProcessInfo.processInfo.activeProcessorCount))
}

extension Tensor {
  /// The matrix product (rank 2 · rank 2, or with a vector on either side, as numpy's @);
  /// float32 when both are float32 (sgemm), else float64.
  public func matmul(_ other: Tensor) throws(Problem) -> Tensor {
    let left = rank == 1 ? Tensor(unchecked: [1, shape[0]], storage: storage) : self
    let right =
      other.rank == 1 ? Tensor(unchecked: [other.shape[0], 1], storage: other.storage) : other
    guard left.rank == 2, right.rank == 2, left.shape[1] == right.shape[0] else {
      throw .shapeMismatch(shape, other.shape)
    }
    let (m, k, n) = (left.shape[0], left.shape[1], right.shape[1])
    guard (Tensor.elementCount([m, n]) ?? Int.max) <= Tensor.maxElements else {
      throw .tooLarge(TensorMessages.productTooLarge(m, n))

    }
    var resultShape = [m, n]
    if other.rank == 1 { resultShape.removeLast() }
    if rank == 1 { resultShape.removeFirst() }
    if case .float32(let a) = left.storage, case .float32(let b) = right.storage {
      return Tensor(unchecked: resultShape, values: GEMM.multiply(a, b, m: m, k: k, n: n))
    }
    let product = GEMM.multiply(left.data, right.data, m: m, k: k, n: n)
    return Tensor(unchecked: resultShape, data: product)
  }
}
