/// "Did you mean" suggestions, by CPython's rule: a candidate is close when at most a third of
/// the characters change (case flips are cheap).
public enum Suggest {
  /// The closest candidate to `name`, if any is close enough.
  public static func closest<S: Sequence>(to name: String, in candidates: S) -> String?
  where S.Element == String {
    let target = Array(name)
    guard !target.isEmpty, target.count <= 64 else { return nil }
    var best: (name: String, cost: Int)?
    for candidate in candidates where candidate != name {
      let other = Array(candidate)
      guard other.count <= 64 else { continue }
      let limit = (target.count + other.count + 3) * 2 / 6
      let cost = distance(target, other)
      if cost <= limit, cost < (best?.cost ?? Int.max) {
        best = (candidate, cost)
      }
    }
    return best?.name
  }

  /// Levenshtein distance where each edit costs 2 and a case flip costs 1.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(stride(from: 0, through: b.count * 2, by: 2))
    var current = previous
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i * 2
      for j in 1...max(1, b.count) where !b.isEmpty {
        let substitution: Int
        if a[i - 1] == b[j - 1] {
          substitution = 0
        } else if a[i - 1].lowercased() == b[j - 1].lowercased() {
          substitution = 1
        } else {
          substitution = 2
        }
        current[j] = min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + substitution)
      }
      swap(&previous, &current)
    }
    return a.isEmpty ? b.count * 2 : previous[b.count]
  }
}
