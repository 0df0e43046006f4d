/// Slurm's `--array` list: indices as ranges ("0-5,7,9-10") with an optional "%M" limit of
/// tasks running at once.
public enum ArraySpec {
  /// `indices` (any order) as Slurm's list, ranges where they run on.
  public static func text(_ indices: [Int], maxRunning: Int? = nil) -> String {
    let sorted = Array(Set(indices)).sorted()
    var parts: [String] = []
    var position = 0
    while position < sorted.count {
      var end = position
      while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
      parts.append(
        end == position ? String(sorted[position]) : "\(sorted[position])-\(sorted[end])")
      position = end + 1
    }
    let list = parts.joined(separator: ",")
    guard let maxRunning, maxRunning > 0 else { return list }
    return list + "%" + String(maxRunning)
  }
}
