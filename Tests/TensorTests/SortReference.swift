@testable import Tensor

/// The order the sort kernels must give, by a stable comparison sort with absent keys last in
/// either direction: the reference SortKeysTests and SilentAnswersTests compare against.
func referenceOrder(_ keys: [Column], _ descending: Bool) -> [Int] {
  guard let count = keys.first?.count else { return [] }
  return Array(0..<count).sorted { x, y in
    for key in keys {
      let (absentX, absentY) = (SortKeys.isAbsent(key, x), SortKeys.isAbsent(key, y))
      if absentX != absentY { return absentY }
      if absentX { continue }
      let order = FrameOrder.compare(key, x, y)
      if order != 0 { return descending ? order > 0 : order < 0 }
    }
    return x < y
  }
}
