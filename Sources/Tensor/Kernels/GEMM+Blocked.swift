import Dispatch
import Foundation

/// A matrix read in place: element (i, j) is at `base[i * rowStride + j * columnStride]`, so
/// a transposed operand is the same memory with the strides swapped.
struct MatrixView<E>: @unchecked Sendable {
  let base: UnsafePointer<E>
  let rowStride: Int
  let columnStride: Int

  @inline(__always)
  subscript(i: Int, j: Int) -> E { base[i * rowStride + j * columnStride] }
}

/// The blocked product of the built-in kernels, laid out as in BLIS (Van Zee & van de Geijn
/// 2015): C is computed in column blocks of `columnBlock`; for each depth block of
/// `depthBlock` the B block is packed into slivers of the kernel's width (kept in L1 while a
/// sliver of it is used), for each row block of `rowBlock` the A block is packed into slivers
/// of the kernel's rows (kept in L2), and the tile kernel multiplies every pair of slivers.
///
/// Each C value sums its products in depth order: the depth blocks follow one another and the
/// kernel runs its depth in order, and how C is cut into tiles, edges or threads changes
/// nothing, so the same inputs give the same bits on any number of threads (threads take
/// rows, or columns when there are few rows; the depth is never split).
extension GEMM {
  /// Depth (k) per packed block: a 6 × 256 sliver of A and a 256 × 16 sliver of B of doubles
  /// fit the 48 KB L1 of the machines measured together.
  static let depthBlock = 256
  /// Rows of A per packed block (a multiple of 6): 192 × 256 doubles is 384 KB of L2.
  static let rowBlock = 192
  /// Columns of B per packed block.
  static let columnBlock = 3072
  /// Multiply-adds below which one thread does the product (a thread start costs ~20 µs).
  static let parallelWork = 1 << 22

  /// C (m×n, row stride `ldc`) = A·B, or C + A·B when `accumulate`, by `kernel`, on up to
  /// `threads` threads. O(m·k·n).
  static func blocked<E: GEMMElement>(
    _ a: MatrixView<E>, _ b: MatrixView<E>, into c: UnsafeMutablePointer<E>, ldc: Int,
    m: Int, k: Int, n: Int, accumulate: Bool, kernel: TileKernel<E> = E.tileKernel,
    threads: Int = 1
  ) {
    guard m > 0, n > 0 else { return }
    guard k > 0 else {
      if !accumulate { for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) } }
      return
    }
    let pieces = m * k * n < parallelWork ? 1 : max(1, min(threads, 8))
    let output = SharedOutput(pointer: c)
    let byRows = m >= pieces * 4 * kernel.rows
    let unit = byRows ? kernel.rows : kernel.columns
    let parts = split(byRows ? m : n, into: pieces, unit: unit)
    let work: @Sendable (Int) -> Void = { piece in
      let rows = byRows ? parts[piece] : 0..<m
      let columns = byRows ? 0..<n : parts[piece]
      blockedPart(a, b, output.pointer, ldc, rows, columns, k, accumulate, kernel)
    }
    if parts.count == 1 {
      work(0)
    } else {
      Parallel.concurrentPerform(iterations: parts.count, work)
    }
  }

  /// `0..<count` cut into at most `pieces` ranges whose boundaries are multiples of `unit`.
  static func split(_ count: Int, into pieces: Int, unit: Int) -> [Range<Int>] {
    let units = (count + unit - 1) / unit
    let used = max(1, min(pieces, units))
    return (0..<used).map { piece in
      let lower = min(count, units * piece / used * unit)
      let upper = piece == used - 1 ? count : min(count, units * (piece + 1) / used * unit)
      return lower..<upper
    }
  }

  /// The rows × columns part of C, on this thread, with packing buffers of its own.
  static func blockedPart<E: GEMMElement>(
    _ a: MatrixView<E>, _ b: MatrixView<E>, _ c: UnsafeMutablePointer<E>, _ ldc: Int,
    _ rows: Range<Int>, _ columns: Range<Int>, _ k: Int, _ accumulate: Bool,
    _ kernel: TileKernel<E>
  ) {
    let (mr, nr) = (kernel.rows, kernel.columns)
    let depth = min(depthBlock, k)
    let aCount = roundUp(min(rowBlock, rows.count), mr) * depth
    let bCount = roundUp(min(columnBlock, columns.count), nr) * depth
    let buffers = PackingBuffers<E>(counts: [aCount, bCount, mr * nr])
    defer { buffers.deallocate() }
    for jc in stride(from: columns.lowerBound, to: columns.upperBound, by: columnBlock) {
      let blockColumns = jc..<min(jc + columnBlock, columns.upperBound)
      for pc in stride(from: 0, to: k, by: depthBlock) {
        let blockDepth = pc..<min(pc + depthBlock, k)
        packB(b, blockDepth, blockColumns, nr, into: buffers[1])
        for ic in stride(from: rows.lowerBound, to: rows.upperBound, by: rowBlock) {
          let blockRows = ic..<min(ic + rowBlock, rows.upperBound)
          packA(a, blockRows, blockDepth, mr, into: buffers[0])
          let tile = TileOrigin(row: ic, column: jc, depth: blockDepth.count)
          multiplyPacked(
            buffers, tile, blockRows.count, blockColumns.count, c, ldc,
            accumulate || pc > 0, kernel)
        }
      }
    }
  }

  /// Every tile of a packed A block times a packed B block, into C from `origin`.
  static func multiplyPacked<E: GEMMElement>(
    _ buffers: PackingBuffers<E>, _ origin: TileOrigin, _ height: Int, _ width: Int,
    _ c: UnsafeMutablePointer<E>, _ ldc: Int, _ accumulate: Bool, _ kernel: TileKernel<E>
  ) {
    let (mr, nr, depth, edge) = (kernel.rows, kernel.columns, origin.depth, buffers[2])
    for jr in stride(from: 0, to: width, by: nr) {
      let tileWidth = min(nr, width - jr)
      let bSliver = UnsafePointer(buffers[1] + jr * depth)
      for ir in stride(from: 0, to: height, by: mr) {
        let tileHeight = min(mr, height - ir)
        let aSliver = UnsafePointer(buffers[0] + ir * depth)
        let target = c + (origin.row + ir) * ldc + origin.column + jr
        if tileHeight == mr && tileWidth == nr {
          kernel.multiply(depth, aSliver, bSliver, target, ldc, accumulate)
          continue
        }
        // An edge tile: computed whole into a scratch tile, then its valid part is moved.
        // C + tile is the same sum the kernel forms in place, so edges change no bits.
        kernel.multiply(depth, aSliver, bSliver, edge, nr, false)
        for i in 0..<tileHeight {
          for j in 0..<tileWidth {
            let value = edge[i * nr + j]
            target[i * ldc + j] = accumulate ? target[i * ldc + j] + value : value
          }
        }
      }
    }
  }

  /// A's `rows` × `depth` block as slivers of `tileRows` rows: sliver s holds, for each depth
  /// step, the values of its rows (zeros past the last row). Written in order, read a column
  /// of the sliver at a time (contiguous when A is transposed). O(rows · depth).
  static func packA<E: GEMMElement>(
    _ a: MatrixView<E>, _ rows: Range<Int>, _ depth: Range<Int>, _ tileRows: Int,
    into buffer: UnsafeMutablePointer<E>
  ) {
    var out = buffer
    let kc = depth.count
    for i0 in stride(from: rows.lowerBound, to: rows.upperBound, by: tileRows) {
      let height = min(tileRows, rows.upperBound - i0)
      if a.columnStride == 1 {
        // Each row read in order, written to every tileRows-th place of the sliver (in L1).
        for r in 0..<tileRows {
          guard r < height else {
            for p in 0..<kc { out[p &* tileRows &+ r] = 0 }
            continue
          }
          let source = a.base + (i0 + r) * a.rowStride + depth.lowerBound
          for p in 0..<kc { out[p &* tileRows &+ r] = source[p] }
        }
      } else {
        let first = a.base + i0 * a.rowStride
        for (p, column) in depth.enumerated() {
          let source = first + column * a.columnStride
          for r in 0..<height { out[p &* tileRows &+ r] = source[r &* a.rowStride] }
          for r in height..<tileRows { out[p &* tileRows &+ r] = 0 }
        }
      }
      out += tileRows * kc
    }
  }

  /// B's `depth` × `columns` block as slivers of `width` columns: sliver t holds, for each
  /// depth step, its `width` values (zeros past the last column). A row-major B is read row
  /// by row (a sliver at a time would touch a new page per value). O(depth · columns).
  static func packB<E: GEMMElement>(
    _ b: MatrixView<E>, _ depth: Range<Int>, _ columns: Range<Int>, _ width: Int,
    into buffer: UnsafeMutablePointer<E>
  ) {
    let slivers = (columns.count + width - 1) / width
    let step = width * depth.count
    let lanes = E.Vector.scalarCount
    for (p, source) in depth.enumerated() {
      let row = b.base + source * b.rowStride
      for t in 0..<slivers {
        let j0 = columns.lowerBound + t * width
        let count = min(width, columns.upperBound - j0)
        let out = buffer + t * step + p * width
        if b.columnStride == 1 && count == width && width % lanes == 0 {
          copyVectors(from: row + j0, to: out, count: width / lanes)
        } else if b.columnStride == 1 {
          for j in 0..<count { out[j] = row[j0 + j] }
        } else {
          for j in 0..<count { out[j] = row[(j0 + j) * b.columnStride] }
        }
        for j in count..<width { out[j] = 0 }
      }
    }
  }

  /// Copies `count` vectors of 64 bytes (unaligned).
  @inline(__always)
  static func copyVectors<E: GEMMElement>(
    from source: UnsafePointer<E>, to target: UnsafeMutablePointer<E>, count: Int
  ) {
    let (from, to) = (UnsafeRawPointer(source), UnsafeMutableRawPointer(target))
    let size = MemoryLayout<E.Vector>.stride
    for index in 0..<count {
      let vector = from.loadUnaligned(fromByteOffset: index * size, as: E.Vector.self)
      to.storeBytes(of: vector, toByteOffset: index * size, as: E.Vector.self)
    }
  }

  /// `value` rounded up to a multiple of `unit`.
  static func roundUp(_ value: Int, _ unit: Int) -> Int { (value + unit - 1) / unit * unit }
}

/// Where a packed block's first tile goes in C, and the block's depth.
struct TileOrigin {
  let row: Int
  let column: Int
  let depth: Int
}

/// 64-byte-aligned scratch buffers for one thread's packed blocks and edge tile.
struct PackingBuffers<E> {
  let pointers: [UnsafeMutablePointer<E>]

  init(counts: [Int]) {
    pointers = counts.map { count in
      UnsafeMutableRawPointer.allocate(
        byteCount: max(count, 1) * MemoryLayout<E>.stride, alignment: 64
      ).bindMemory(to: E.self, capacity: max(count, 1))
    }
  }

  subscript(index: Int) -> UnsafeMutablePointer<E> { pointers[index] }

  func deallocate() { for pointer in pointers { UnsafeMutableRawPointer(pointer).deallocate() } }
}

/// A pointer that worker threads write through, each to elements of its own.
struct SharedOutput<E>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<E>
}
