/// Ids for matching rows by value as `KeyPart` does (pivots): missing is a key of its own,
/// -0.0 equals 0.0, every NaN is alike and strings match by text.
extension GroupIds {
  /// The ids of each row for the key columns together, counting up from 0 in order of first
  /// appearance, and the number of distinct keys; no row is left out. O(rows × keys).
  public static func matching(_ keys: [Column], rowCount: Int) -> (ids: [Int], keyCount: Int) {
    var ids = [Int](repeating: 0, count: rowCount)
    var keyCount = rowCount > 0 ? 1 : 0
    for key in keys where key.count == rowCount {
      let (own, ownCount) = matching(key)
      for row in 0..<rowCount { ids[row] = ids[row] &* ownCount &+ own[row] }
      (ids, keyCount) = densified(ids, bound: keyCount * ownCount)
    }
    return (ids, keyCount)
  }

  /// The ids of one column's rows, by `KeyPart`'s equality.
  static func matching(_ column: Column) -> (ids: [Int], keyCount: Int) {
    var (ids, count): ([Int], Int)
    switch column.storage {
    case .string(let codes, let dictionary):
      let canonical = textCodes(dictionary)
      (ids, count) = densified(
        codes.map { canonical.codes.indices.contains(Int($0)) ? canonical.codes[Int($0)] : 0 },
        bound: canonical.count)
    case .float(let values):
      (ids, count) = hashed(values.map { $0.isNaN ? Double.nan.bitPattern : ($0 + 0).bitPattern })
    default: (ids, count) = of(Column(name: column.name, storage: column.storage))
    }
    guard let validity = column.validity else { return (ids, count) }
    for row in ids.indices where !validity.isValid(row) { ids[row] = count }
    let (dense, keyCount) = densified(ids, bound: count + 1)
    return (dense, keyCount)
  }

  /// One code per distinct text of a dictionary (equal texts share it; the empty text, which
  /// a code outside the dictionary reads as, is code 0), and how many there are.
  static func textCodes(_ dictionary: [String]) -> (codes: [Int], count: Int) {
    var lookup: [String: Int] = ["": 0]
    let codes = dictionary.map { text in
      if let code = lookup[text] { return code }
      lookup[text] = lookup.count
      return lookup.count - 1
    }
    return (codes, lookup.count)
  }
}
