extension BufferPool {
  /// A buffer of `count` values that `fill` writes completely: a pooled one of that size
  /// when there is one (no fresh pages to fault in), else a new one advised to use huge pages.
  func filled(_ count: Int, _ fill: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
    if var reused: [Double] = take(count) {
      reused.withUnsafeMutableBufferPointer { fill($0) }
      return reused
    }
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      HugePages.advise(buffer)
      fill(buffer)
      initialized = count
    }
  }
}
