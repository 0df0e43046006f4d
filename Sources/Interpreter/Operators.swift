import Foundation
import Guards
import Lang

/// The meaning of awi's operators on values. Errors come back without a place; the caller
/// adds the range of the expression.
public enum Operators {
  public static func binary(_ op: BinaryOperator, _ left: consuming Value, _ right: Value)
    throws(RuntimeError) -> Value
  {
    if case .object(var object) = left {
      // Drop the enum's reference: when `object` is then the only one, the left operand is
      // a temporary nothing else can see, and its storage can take the result.
      left = .null
      if isKnownUniquelyReferenced(&object), let result = try object.binaryInPlace(op, right) {
        return result
      }
      left = .object(object)
    }
    if case .object(let object) = left, let result = try object.binary(op, right, isLeft: true) {
      return result
    }
    if case .object(let object) = right,
      let result = try object.binary(op, left, isLeft: false)
    {
      return result
    }
    switch op {
    case .add: return try add(left, right)
    case .subtract, .multiply, .divide, .floorDivide, .modulo, .power:
      return try arithmetic(op, left, right)
    case .equal: return .bool(try equal(left, right))
    case .notEqual: return .bool(!(try equal(left, right)))
    case .less, .lessEqual, .greater, .greaterEqual:
      return .bool(try compare(op, left, right))
    case .contains: return .bool(try contains(right, left))
    case .matmul: throw operandError(op, left, right)
    }
  }

  static func operandError(_ op: BinaryOperator, _ left: Value, _ right: Value) -> RuntimeError {
    RuntimeError(
      .operandTypes, InterpreterMessages.operandTypes(op.rawValue, left.typeName, right.typeName))
  }

  static func add(_ left: Value, _ right: Value) throws(RuntimeError) -> Value {
    switch (left, right) {
    case (.string(let a), .string(let b)): return .string(a + b)
    case (.list(let a), .list(let b)): return .list(ListObject(a.items + b.items))
    default: return try arithmetic(.add, left, right)
    }
  }

  static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value)
    throws(RuntimeError) -> Value
  {
    switch (left, right) {
    case (.int(let a), .int(let b)): return try integer(op, a, b)
    case (.int(let a), .float(let b)): return try floating(op, Double(a), b)
    case (.float(let a), .int(let b)): return try floating(op, a, Double(b))
    case (.float(let a), .float(let b)): return try floating(op, a, b)
    case (.bool(let a), _): return try arithmetic(op, .int(a ? 1 : 0), right)
    case (_, .bool(let b)): return try arithmetic(op, left, .int(b ? 1 : 0))
    case (.string(let text), .int(let count)) where op == .multiply:
      return .string(repeated(text, try repetitions(text.utf8.count, count, stride: 1)))
    case (.list(let list), .int(let count)) where op == .multiply:
      let times = try repetitions(list.items.count, count, stride: MemoryLayout<Value>.stride)
      var items: [Value] = []
      items.reserveCapacity(list.items.count * times)
      for _ in 0..<times { items.append(contentsOf: list.items) }
      return .list(ListObject(items))
    case (.cell(let cell), _): return try binary(op, cell.value, right)
    case (_, .cell(let cell)): return try binary(op, left, cell.value)
    default: throw operandError(op, left, right)
    }
  }

  /// `text` `times` times over, by doubling its bytes: O(n) copying, where String(repeating:)
  /// appends one copy at a time.
  static func repeated(_ text: String, _ times: Int) -> String {
    let unit = Array(text.utf8)
    let total = unit.count * times
    guard total > 0 else { return "" }
    var bytes = unit
    bytes.reserveCapacity(total)
    while bytes.count < total { bytes.append(contentsOf: bytes.prefix(total - bytes.count)) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// How many copies `* count` makes of something of `size` elements (`stride` bytes each);
  /// an error when the result would not fit in memory. Nothing repeated any number of times
  /// is nothing: 0 copies, so no loop or table runs `count` times.
  private static func repetitions(_ size: Int, _ count: Int, stride: Int) throws(RuntimeError)
    -> Int
  {
    guard size > 0 else { return 0 }
    let times = max(0, count)
    let (total, overflow) = size.multipliedReportingOverflow(by: times)
    guard !overflow, total <= 1 << 40 else {
      throw RuntimeError(.integerOverflow, InterpreterMessages.integerOverflow("*"))
    }
    do {
      try MemoryBudget.check(count: total, stride: stride)
    } catch {
      throw RuntimeError(.outOfMemory, InterpreterMessages.repeatTooLarge(error.message))
    }
    return times
  }

  static func integer(_ op: BinaryOperator, _ a: Int, _ b: Int) throws(RuntimeError) -> Value {
    let result: (partialValue: Int, overflow: Bool)
    switch op {
    case .add: result = a.addingReportingOverflow(b)
    case .subtract: result = a.subtractingReportingOverflow(b)
    case .multiply: result = a.multipliedReportingOverflow(by: b)
    case .divide:
      guard b != 0 else { throw RuntimeError(.divisionByZero, InterpreterMessages.divisionByZero) }
      return .float(Double(a) / Double(b))
    case .floorDivide, .modulo:
      guard b != 0 else { throw RuntimeError(.divisionByZero, InterpreterMessages.divisionByZero) }
      guard !(a == Int.min && b == -1) else { throw overflow(op) }
      let quotient = a / b
      let remainder = a % b
      let adjust = remainder != 0 && ((remainder < 0) != (b < 0))
      return .int(
        op == .modulo
          ? (adjust ? remainder + b : remainder)
          : (adjust ? quotient - 1 : quotient))
    case .power: return try power(a, b)
    default: throw operandError(op, .int(a), .int(b))
    }
    if result.overflow { throw overflow(op) }
    return .int(result.partialValue)
  }

  static func overflow(_ op: BinaryOperator) -> RuntimeError {
    RuntimeError(
      .integerOverflow, InterpreterMessages.integerOverflow(op.rawValue),
      help: InterpreterMessages.integerOverflowHelp)
  }

  static func power(_ base: Int, _ exponent: Int) throws(RuntimeError) -> Value {
    if exponent < 0 {
      // As in Python: 0 to a negative power is a division by zero, not infinity.
      guard base != 0 else {
        throw RuntimeError(.divisionByZero, InterpreterMessages.divisionByZero)
      }
      return .float(Foundation.pow(Double(base), Double(exponent)))
    }
    var result = 1
    var factor = base
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 {
        let (product, overflow) = result.multipliedReportingOverflow(by: factor)
        if overflow { throw self.overflow(.power) }
        result = product
      }
      remaining >>= 1
      if remaining > 0 {
        let (square, overflow) = factor.multipliedReportingOverflow(by: factor)
        if overflow { throw self.overflow(.power) }
        factor = square
      }
    }
    return .int(result)
  }

  static func floating(_ op: BinaryOperator, _ a: Double, _ b: Double)
    throws(RuntimeError) -> Value
  {
    switch op {
    case .add: return .float(a + b)
    case .subtract: return .float(a - b)
    case .multiply: return .float(a * b)
    case .divide:
      guard b != 0 else { throw RuntimeError(.divisionByZero, InterpreterMessages.divisionByZero) }
      return .float(a / b)
    case .floorDivide:
      guard b != 0 else { throw RuntimeError(.divisionByZero, InterpreterMessages.divisionByZero) }
      return .float((a / b).rounded(.down))
    case .modulo:
      guard b != 0 else { throw RuntimeError(.divisionByZero, InterpreterMessages.divisionByZero) }
      let remainder = fmod(a, b)
      return .float(remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder)
    case .power: return .float(Foundation.pow(a, b))
    default: throw operandError(op, .float(a), .float(b))
    }
  }

  /// How deep comparison follows nested lists and records before it gives up, as CPython's
  /// recursion limit does: a list that holds itself would otherwise recurse without end.
  static let comparisonDepth = 1000

  /// Structural equality; ints and floats compare by value. A list or record is equal to
  /// itself; two that nest deeper than `comparisonDepth` (as self-containing ones do) are an
  /// error, never a stack overflow.
  public static func equal(_ left: Value, _ right: Value) throws(RuntimeError) -> Bool {
    try equal(left, right, depth: 0)
  }

  static func equal(_ left: Value, _ right: Value, depth: Int) throws(RuntimeError) -> Bool {
    switch (left, right) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a == b
    case (.int(let a), .float(let b)): return Double(a) == b
    case (.float(let a), .int(let b)): return a == Double(b)
    case (.string(let a), .string(let b)): return a == b
    case (.list(let a), .list(let b)):
      if a === b { return true }
      guard a.items.count == b.items.count else { return false }
      return try allEqual(a.items, b.items, depth: depth)
    case (.record(let a), .record(let b)):
      if a === b { return true }
      guard a.keys == b.keys else { return false }
      return try allEqual(a.values, b.values, depth: depth)
    case (.range(let a), .range(let b)): return a == b
    case (.function(let a), .function(let b)): return a === b
    case (.builtin(let a), .builtin(let b)): return a === b
    case (.object(let a), .object(let b)): return a === b
    case (.cell(let cell), _): return try equal(cell.value, right, depth: depth)
    case (_, .cell(let cell)): return try equal(left, cell.value, depth: depth)
    default: return false
    }
  }

  /// Whether the items are pairwise equal, one level deeper.
  private static func allEqual(_ a: [Value], _ b: [Value], depth: Int) throws(RuntimeError)
    -> Bool
  {
    guard depth < comparisonDepth else { throw tooDeep() }
    for (x, y) in zip(a, b) where !(try equal(x, y, depth: depth + 1)) { return false }
    return true
  }

  static func tooDeep() -> RuntimeError {
    RuntimeError(
      .comparisonTooDeep, InterpreterMessages.comparisonTooDeep(comparisonDepth),
      help: InterpreterMessages.comparisonTooDeepHelp)
  }

  static func compare(_ op: BinaryOperator, _ left: Value, _ right: Value)
    throws(RuntimeError) -> Bool
  {
    guard let order = try ordering(left, right) else {
      throw operandError(op, left, right)
    }
    // 2 is NaN's "unordered": every ordering comparison with it is false.
    if order == 2 { return false }
    switch op {
    case .less: return order < 0
    case .lessEqual: return order <= 0
    case .greater: return order > 0
    default: return order >= 0
    }
  }

  /// -1, 0 or 1; nil when the two cannot be ordered. NaN compares false both ways, so its
  /// order is neither; comparisons with it give false except '!='.
  static func ordering(_ left: Value, _ right: Value, depth: Int = 0) throws(RuntimeError)
    -> Int?
  {
    switch (left, right) {
    case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    case (.string(let a), .string(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
    case (.list(let a), .list(let b)):
      if a === b { return 0 }
      guard depth < comparisonDepth else { throw tooDeep() }
      for (x, y) in zip(a.items, b.items) {
        guard let order = try ordering(x, y, depth: depth + 1) else { return nil }
        if order != 0 { return order }
      }
      return a.items.count < b.items.count ? -1 : (a.items.count == b.items.count ? 0 : 1)
    default:
      guard let a = number(left), let b = number(right) else { return nil }
      if a < b { return -1 }
      if a > b { return 1 }
      return a == b ? 0 : 2
    }
  }

  static func number(_ value: Value) -> Double? {
    switch value {
    case .int(let a): return Double(a)
    case .float(let a): return a
    default: return nil
    }
  }

  /// `element in container`.
  static func contains(_ container: Value, _ element: Value) throws(RuntimeError) -> Bool {
    switch (container, element) {
    case (.list(let list), _):
      for item in list.items where try equal(item, element) { return true }
      return false
    case (.record(let record), .string(let key)): return record.position(of: key) != nil
    case (.string(let text), .string(let part)): return part.isEmpty || text.contains(part)
    case (.range(let range), .int(let value)):
      guard range.count > 0 else { return false }
      let offset = value.subtractingReportingOverflow(range.start)
      let remainder = offset.partialValue.remainderReportingOverflow(dividingBy: range.step)
      if offset.overflow || remainder.overflow || remainder.partialValue != 0 { return false }
      let index = offset.partialValue.dividedReportingOverflow(by: range.step)
      return !index.overflow && index.partialValue >= 0 && index.partialValue < range.count
    default:
      throw RuntimeError(
        .operandTypes,
        InterpreterMessages.operandTypes(
          "in", element.typeName,
          container.typeName))
    }
  }

  public static func unary(_ op: UnaryOperator, _ value: Value) throws(RuntimeError) -> Value {
    if case .object(let object) = value, let result = try object.unary(op) { return result }
    switch (op, value) {
    case (.not, _): return .bool(!value.isTruthy)
    case (.negate, .int(let a)):
      guard a != Int.min else {
        throw RuntimeError(.integerOverflow, InterpreterMessages.integerOverflow("-"))
      }
      return .int(-a)
    case (.negate, .float(let a)): return .float(-a)
    case (.negate, .bool(let a)): return .int(a ? -1 : 0)
    case (.negate, .cell(let cell)): return try unary(op, cell.value)
    default:
      throw RuntimeError(
        .operandTypes, InterpreterMessages.unaryOperandType(op.rawValue, value.typeName))
    }
  }
}
