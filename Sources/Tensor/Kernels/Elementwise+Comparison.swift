extension Elementwise {
  /// `a op b` row by row as a bool column. Numbers compare by value, strings in order,
  /// times by instant. A missing operand gives a missing result.
  public static func compare(
    _ op: ComparisonOperator, _ a: Operand, _ b: Operand,
    name: String
  ) throws(Problem) -> Column {
    let count = try length(a, b)
    let valid = validity(a, b, count: count)
    let flags: [Bool]
    if let x = strings(a, count: count), let y = strings(b, count: count) {
      flags = (0..<count).map { test(op, order(x[$0], y[$0])) }
    } else if let x = times(a), let y = times(b), x.count == y.count {
      flags = (0..<count).map { test(op, order(x[$0], y[$0])) }
    } else if let x = ints(a, count: count), let y = ints(b, count: count) {
      flags = comparing(op, x, y)
    } else if let x = exactFloats(a, count: count), let y = exactFloats(b, count: count) {
      flags = comparing(op, x, y)
    } else if let x = ints(a, count: count), let y = floats(b, count: count) {
      flags = (0..<count).map { test(op, exactOrder(x[$0], y[$0])) }
    } else if let x = floats(a, count: count), let y = ints(b, count: count) {
      flags = (0..<count).map { test(op, exactOrder(y[$0], x[$0]).map { -$0 }) }
    } else if let x = floats(a, count: count), let y = floats(b, count: count) {
      flags = comparing(op, x, y)
    } else {
      throw .unsupported(op.rawValue)
    }
    return Column(name: name, storage: .bool(flags), validity: valid)
  }

  /// `x op y` pairwise, one tight loop per operator (NaN compares false but for `!=`).
  static func comparing<T: Comparable>(_ op: ComparisonOperator, _ x: [T], _ y: [T]) -> [Bool] {
    var result = [Bool](repeating: false, count: x.count)
    for i in 0..<x.count {
      switch op {
      case .equal: result[i] = x[i] == y[i]
      case .notEqual: result[i] = x[i] != y[i]
      case .less: result[i] = x[i] < y[i]
      case .lessEqual: result[i] = x[i] <= y[i]
      case .greater: result[i] = x[i] > y[i]
      case .greaterEqual: result[i] = x[i] >= y[i]
      }
    }
    return result
  }

  static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

  /// The order of an int and a float by their exact values (as Python compares them), not
  /// after rounding the int to a float: 2^53 + 1 is above 2^53 as a float. nil for NaN.
  public static func exactOrder(_ int: Int, _ float: Double) -> Int? {
    if float.isNaN { return nil }
    // 2^63 as a float; every Int is below it, and at or above its negative.
    let limit = 9_223_372_036_854_775_808.0
    if float >= limit { return -1 }
    if float < -limit { return 1 }
    let whole = float.rounded(.down)
    let truncated = Int(whole)
    if int != truncated { return int < truncated ? -1 : 1 }
    return float > whole ? -1 : 0
  }

  /// Floats of an operand when each converts exactly (ints within ±2^53, which is the usual
  /// case and keeps the vector loop); nil otherwise.
  static func exactFloats(_ operand: Operand, count: Int) -> [Double]? {
    let exact: UInt = 1 << 53
    switch operand {
    case .column(let column):
      if case .int(let values) = column.storage,
        !values.allSatisfy({ $0.magnitude <= exact })
      {
        return nil
      }
    case .scalar(.int(let value)) where value.magnitude > exact: return nil
    default: break
    }
    return floats(operand, count: count)
  }

  /// `test` for an order that may be NaN's "unordered" (nil): only `!=` holds then.
  static func test(_ op: ComparisonOperator, _ order: Int?) -> Bool {
    guard let order else { return op == .notEqual }
    return test(op, order)
  }

  static func test(_ op: ComparisonOperator, _ order: Int) -> Bool {
    switch op {
    case .equal: return order == 0
    case .notEqual: return order != 0
    case .less: return order < 0
    case .lessEqual: return order <= 0
    case .greater: return order > 0
    case .greaterEqual: return order >= 0
    }
  }

  static func strings(_ operand: Operand, count: Int) -> [String]? {
    switch operand {
    case .column(let column):
      guard case .string(let codes, let dictionary) = column.storage else { return nil }
      return codes.map { dictionary[Int($0)] }
    case .scalar(.string(let text)): return Array(repeating: text, count: count)
    default: return nil
    }
  }

  static func times(_ operand: Operand) -> [Int64]? {
    guard case .column(let column) = operand, case .time(let values) = column.storage else {
      return nil
    }
    return values
  }

  /// Logical and/or of two bool columns (or a column and a bool), missing where either is.
  public static func logical(isAnd: Bool, _ a: Operand, _ b: Operand, name: String)
    throws(Problem) -> Column
  {
    let count = try length(a, b)
    guard let x = bools(a, count: count), let y = bools(b, count: count) else {
      throw .unsupported(isAnd ? "and" : "or")
    }
    let flags = isAnd ? zip(x, y).map { $0 && $1 } : zip(x, y).map { $0 || $1 }
    return Column(name: name, storage: .bool(flags), validity: validity(a, b, count: count))
  }

  public static func not(_ column: Column) throws(Problem) -> Column {
    guard case .bool(let flags) = column.storage else { throw .unsupported("not") }
    return Column(
      name: column.name, storage: .bool(flags.map { !$0 }),
      validity: column.validity)
  }

  static func bools(_ operand: Operand, count: Int) -> [Bool]? {
    switch operand {
    case .column(let column):
      guard case .bool(let flags) = column.storage else { return nil }
      return flags
    case .scalar(.bool(let flag)): return Array(repeating: flag, count: count)
    default: return nil
    }
  }
}
