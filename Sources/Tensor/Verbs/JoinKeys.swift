/// Key ids shared by the two sides of a join: rows of either frame get the same id exactly
/// when their keys are equal by `KeyPart`'s rule (strings by text, an int meeting a float as
/// that float, -0.0 as 0.0, every NaN alike, missing matching missing). Typed passes per key
/// column: string keys map their dictionaries once, then each row is an array lookup;
/// numbers over a small span also; other numbers hash once per row. O(rows) per key.
struct JoinKeys {
  var left: [Int]
  var right: [Int]
  /// Ids are in 0..<count.
  var count: Int

  init(_ leftKeys: [Column], _ rightKeys: [Column]) {
    left = [Int](repeating: 0, count: leftKeys.first?.count ?? 0)
    right = [Int](repeating: 0, count: rightKeys.first?.count ?? 0)
    count = 1
    for (index, (a, b)) in zip(leftKeys, rightKeys).enumerated() {
      let own = Self.ids(a, b)
      if index == 0 {
        self = own
      } else {
        combine(own)
      }
    }
  }

  /// Folds one key's ids into the running ids, renumbering densely.
  private mutating func combine(_ own: JoinKeys) {
    let bound = count.multipliedReportingOverflow(by: own.count)
    var remap = DenseIds(bound: bound.overflow ? Int.max : bound.partialValue)
    for row in left.indices { left[row] = remap.id(of: left[row] &* own.count &+ own.left[row]) }
    for row in right.indices {
      right[row] = remap.id(of: right[row] &* own.count &+ own.right[row])
    }
    count = remap.count
  }

  /// One key column's ids on both sides.
  static func ids(_ a: Column, _ b: Column) -> JoinKeys {
    switch (a.storage, b.storage) {
    case (.string(let codes, let dictionary), .string(let otherCodes, let otherDictionary)):
      return strings((codes, dictionary, a.validity), (otherCodes, otherDictionary, b.validity))
    case (.int(let x), .int(let y)): return integers(x, a.validity, y, b.validity)
    case (.time(let x), .time(let y)):
      return integers(x.map { Int($0) }, a.validity, y.map { Int($0) }, b.validity)
    case (.bool(let x), .bool(let y)):
      return integers(x.map { $0 ? 1 : 0 }, a.validity, y.map { $0 ? 1 : 0 }, b.validity)
    default:
      return integers(floatBits(a), a.validity, floatBits(b), b.validity)
    }
  }

  /// A numeric column's values as the bits of the float each equals (-0.0 as 0.0, one NaN).
  static func floatBits(_ column: Column) -> [Int] {
    switch column.storage {
    case .float(let values): return values.map(bits)
    case .int(let values): return values.map { bits(Double($0)) }
    default: return [Int](repeating: 0, count: column.count)
    }
  }

  @inline(__always)
  static func bits(_ value: Double) -> Int {
    if value.isNaN { return Int(bitPattern: UInt(Double.nan.bitPattern)) }
    return Int(bitPattern: UInt((value == 0 ? 0 : value).bitPattern))
  }

  /// Ids of int-like values: by offset from the smallest value when the span is small
  /// (an array), else by hash; missing rows share one id.
  static func integers(_ x: [Int], _ xValid: Bitmap?, _ y: [Int], _ yValid: Bitmap?) -> JoinKeys {
    let (low, high) = bounds(x, y)
    let (span, overflow) = high.subtractingReportingOverflow(low)
    let small = !overflow && span < max(1 << 16, 2 * (x.count + y.count))
    var remap = DenseIds(bound: small ? span + 1 : Int.max)
    var missing: Int?
    func mapped(_ values: [Int], _ validity: Bitmap?) -> [Int] {
      if small, validity == nil { return remap.ids(values, offset: low) }
      var ids = [Int](repeating: 0, count: values.count)
      for row in values.indices {
        if validity?.isValid(row) == false {
          let id = missing ?? remap.fresh()
          missing = id
          ids[row] = id
        } else {
          ids[row] = remap.id(of: small ? values[row] &- low : values[row])
        }
      }
      return ids
    }
    let left = mapped(x, xValid)
    let right = mapped(y, yValid)
    return JoinKeys(left: left, right: right, count: remap.count)
  }

  /// The smallest and largest value of both arrays (0 and 0 when both are empty).
  static func bounds(_ x: [Int], _ y: [Int]) -> (Int, Int) {
    guard let first = x.first ?? y.first else { return (0, 0) }
    var (low, high) = (first, first)
    for values in [x, y] {
      values.withUnsafeBufferPointer { values in
        for value in values {
          if value < low { low = value }
          if value > high { high = value }
        }
      }
    }
    return (low, high)
  }

  typealias Strings = (codes: [Int32], dictionary: [String], validity: Bitmap?)

  /// Ids of string keys: one id per distinct text over both dictionaries, then a lookup per
  /// row; missing rows (and codes outside the dictionary) share one id.
  static func strings(_ x: Strings, _ y: Strings) -> JoinKeys {
    var texts: [String: Int] = [:]
    func table(_ dictionary: [String]) -> [Int] {
      dictionary.map { text in
        if let id = texts[text] { return id }
        texts[text] = texts.count
        return texts.count - 1
      }
    }
    let (xTable, yTable) = (table(x.dictionary), table(y.dictionary))
    let missing = texts.count
    func mapped(_ side: Strings, _ table: [Int]) -> [Int] {
      side.codes.indices.map { row in
        let code = Int(side.codes[row])
        guard side.validity?.isValid(row) != false, table.indices.contains(code) else {
          return missing
        }
        return table[code]
      }
    }
    return JoinKeys(left: mapped(x, xTable), right: mapped(y, yTable), count: missing + 1)
  }

  private init(left: [Int], right: [Int], count: Int) {
    self.left = left
    self.right = right
    self.count = count
  }
}

/// Renumbers values densely by first appearance: through an array when the values lie in
/// 0..<bound for a small bound, else through a hash.
struct DenseIds {
  private var array: [Int]
  private var hash: [Int: Int] = [:]
  private let usesArray: Bool
  private(set) var count = 0

  init(bound: Int) {
    usesArray = bound <= 1 << 22
    array = usesArray ? [Int](repeating: -1, count: bound) : []
  }

  /// The ids of `values` less `offset` (all in 0..<bound, through the array). O(values).
  mutating func ids(_ values: [Int], offset: Int) -> [Int] {
    guard usesArray else { return values.map { id(of: $0 &- offset) } }
    var next = count
    let ids = array.withUnsafeMutableBufferPointer { array in
      values.withUnsafeBufferPointer { values in
        [Int](unsafeUninitializedCapacity: values.count) { ids, initialized in
          for (row, value) in values.enumerated() {
            let slot = value &- offset
            var known = array[slot]
            if known < 0 {
              known = next
              array[slot] = next
              next += 1
            }
            ids.initializeElement(at: row, to: known)
          }
          initialized = values.count
        }
      }
    }
    count = next
    return ids
  }

  /// An id that no value has.
  mutating func fresh() -> Int {
    count += 1
    return count - 1
  }

  /// The id of `value`, a new one at its first appearance.
  @inline(__always)
  mutating func id(of value: Int) -> Int {
    if usesArray, array.indices.contains(value) {
      let known = array[value]
      if known >= 0 { return known }
      array[value] = count
    } else if let known = hash[value] {
      return known
    } else {
      hash[value] = count
    }
    count += 1
    return count - 1
  }
}
