import Lang

/// Operand readers and operator kinds that generic code is specialised over, so an
/// expression like `n - 1` or `i < count` compiles to one closure with the reads and the
/// int/float paths inlined, instead of a closure per node.
protocol OperandReader {
  func read(_ m: Machine) throws(RuntimeError) -> Value
}

struct LocalOperand: OperandReader {
  let slot: Int
  @inline(__always) func read(_ m: Machine) throws(RuntimeError) -> Value {
    m.stack[m.base &+ slot]
  }
}

struct ConstantOperand: OperandReader {
  let value: Value
  @inline(__always) func read(_ m: Machine) throws(RuntimeError) -> Value { value }
}

struct CodeOperand: OperandReader {
  let code: Code
  @inline(__always) func read(_ m: Machine) throws(RuntimeError) -> Value { try code(m) }
}

struct GlobalOperand: OperandReader {
  let slot: Int
  let failure: RuntimeError
  @inline(__always) func read(_ m: Machine) throws(RuntimeError) -> Value {
    if slot < m.globals.count, let value = m.globals[slot] { return value }
    throw failure
  }
}

/// How an operand is read: straight from a frame slot, a constant, or general code.
enum OperandKind {
  case local(Int)
  case constant(Value)
  case code(Code)
}

/// An arithmetic operator's fast paths on scalar ints and floats (Tensor's
/// Elementwise.ArithmeticOperator is the element-wise one); `overflow` (or a nil float) sends the operands to
/// the general path in `Operators`, which also reports errors.
protocol ScalarArithmetic {
  static func ints(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool)
  static func floats(_ a: Double, _ b: Double) -> Double?
  /// Whether `+` of two strings joins them (only AddOperator says yes).
  static var joinsStrings: Bool { get }
}

extension ScalarArithmetic {
  static var joinsStrings: Bool { false }
}

/// `%` for non-negative ints with a positive divisor (Python and C agree there).
enum ModuloOperator: ScalarArithmetic {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) {
    b > 0 && a >= 0 ? (a % b, false) : (0, true)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Double? { nil }
}

/// `/` on floats with a non-zero divisor; ints always give a float, via the general path.
enum DivideOperator: ScalarArithmetic {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) {
    (0, true)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Double? {
    b != 0 ? a / b : nil
  }
}

enum AddOperator: ScalarArithmetic {
  static var joinsStrings: Bool { true }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) {
    a.addingReportingOverflow(b)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Double? { a + b }
}

enum SubtractOperator: ScalarArithmetic {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) {
    a.subtractingReportingOverflow(b)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Double? { a - b }
}

enum MultiplyOperator: ScalarArithmetic {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) {
    a.multipliedReportingOverflow(by: b)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Double? { a * b }
}

protocol ComparisonOperator {
  static func ints(_ a: Int, _ b: Int) -> Bool
  static func floats(_ a: Double, _ b: Double) -> Bool
}

enum LessOperator: ComparisonOperator {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a < b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a < b }
}

enum LessEqualOperator: ComparisonOperator {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a <= b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a <= b }
}

enum GreaterOperator: ComparisonOperator {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a > b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a > b }
}

enum GreaterEqualOperator: ComparisonOperator {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a >= b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a >= b }
}

enum EqualOperator: ComparisonOperator {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a == b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a == b }
}

enum NotEqualOperator: ComparisonOperator {
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a != b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a != b }
}

/// The general path of a binary operator; it owns the left operand, so a temporary there
/// can be reused (see `ObjectValue.binaryInPlace`).
typealias SlowBinary = (consuming Value, Value) throws(RuntimeError) -> Value
typealias Condition = (Machine) throws(RuntimeError) -> Bool

enum Specialized {
  static func arithmetic<Op: ScalarArithmetic, L: OperandReader, R: OperandReader>(
    _: Op.Type, _ left: L, _ right: R, _ slow: @escaping SlowBinary
  ) -> Code {
    return { m throws(RuntimeError) in
      let a = try left.read(m)
      let b = try right.read(m)
      switch (a, b) {
      case (.int(let x), .int(let y)):
        let (result, overflow) = Op.ints(x, y)
        if !overflow { return .int(result) }
      case (.float(let x), .float(let y)):
        if let result = Op.floats(x, y) { return .float(result) }
      case (.float(let x), .int(let y)):
        if let result = Op.floats(x, Double(y)) { return .float(result) }
      case (.int(let x), .float(let y)):
        if let result = Op.floats(Double(x), y) { return .float(result) }
      case (.string(let x), .string(let y)) where Op.joinsStrings:
        return .string(x + y)
      default: break
      }
      return try slow(a, b)
    }
  }

  static func comparison<Op: ComparisonOperator, L: OperandReader, R: OperandReader>(
    _: Op.Type, _ left: L, _ right: R, _ slow: @escaping SlowBinary
  ) -> Condition {
    return { m throws(RuntimeError) in
      let a = try left.read(m)
      let b = try right.read(m)
      switch (a, b) {
      case (.int(let x), .int(let y)): return Op.ints(x, y)
      case (.float(let x), .float(let y)): return Op.floats(x, y)
      case (.float(let x), .int(let y)): return Op.floats(x, Double(y))
      case (.int(let x), .float(let y)): return Op.floats(Double(x), y)
      default: return try slow(a, b).isTruthy
      }
    }
  }

  /// A comparison that gives a value: a bool for numbers, whatever the general path gives
  /// otherwise (a bool column for columns).
  static func comparisonValue<Op: ComparisonOperator, L: OperandReader, R: OperandReader>(
    _: Op.Type, _ left: L, _ right: R, _ slow: @escaping SlowBinary
  ) -> Code {
    return { m throws(RuntimeError) in
      let a = try left.read(m)
      let b = try right.read(m)
      switch (a, b) {
      case (.int(let x), .int(let y)): return .bool(Op.ints(x, y))
      case (.float(let x), .float(let y)): return .bool(Op.floats(x, y))
      case (.float(let x), .int(let y)): return .bool(Op.floats(x, Double(y)))
      case (.int(let x), .float(let y)): return .bool(Op.floats(Double(x), y))
      default: return try slow(a, b)
      }
    }
  }

  static func comparisonValue<Op: ComparisonOperator>(
    _ op: Op.Type, _ left: OperandKind, _ right: OperandKind, _ slow: @escaping SlowBinary
  ) -> Code {
    build(ComparisonValueBuilder<Op>(slow: slow), left, right).run
  }

  static func arithmetic<Op: ScalarArithmetic>(
    _ op: Op.Type, _ left: OperandKind, _ right: OperandKind, _ slow: @escaping SlowBinary
  ) -> Code {
    build(ArithmeticBuilder<Op>(slow: slow), left, right).run
  }

  static func comparison<Op: ComparisonOperator>(
    _ op: Op.Type, _ left: OperandKind, _ right: OperandKind, _ slow: @escaping SlowBinary
  ) -> Condition {
    build(ComparisonBuilder<Op>(slow: slow), left, right).test
  }

  /// Chooses the operand readers by kind, once for every operator: the builder then makes
  /// code specialised for exactly that pair.
  static func build<B: ReaderPairBuilder>(_ builder: B, _ left: OperandKind, _ right: OperandKind)
    -> B.Output
  {
    switch (left, right) {
    case (.local(let a), .constant(let b)):
      return builder.make(LocalOperand(slot: a), ConstantOperand(value: b))
    case (.local(let a), .local(let b)):
      return builder.make(LocalOperand(slot: a), LocalOperand(slot: b))
    case (.local(let a), .code(let b)):
      return builder.make(LocalOperand(slot: a), CodeOperand(code: b))
    case (.code(let a), .constant(let b)):
      return builder.make(CodeOperand(code: a), ConstantOperand(value: b))
    case (.code(let a), .local(let b)):
      return builder.make(CodeOperand(code: a), LocalOperand(slot: b))
    case (.constant(let a), .local(let b)):
      return builder.make(ConstantOperand(value: a), LocalOperand(slot: b))
    default:
      return builder.make(CodeOperand(code: code(left)), CodeOperand(code: code(right)))
    }
  }

  static func element<L: OperandReader, R: OperandReader>(
    _ base: L, _ index: R, _ slow: @escaping SlowBinary
  ) -> Code {
    return { m throws(RuntimeError) in
      let container = try base.read(m)
      let key = try index.read(m)
      if case .list(let list) = container, case .int(let i) = key, i >= 0, i < list.items.count {
        return list.items[i]
      }
      return try slow(container, key)
    }
  }

  /// `a[i]` with the reads chosen by kind.
  static func element(_ base: OperandKind, _ index: OperandKind, _ slow: @escaping SlowBinary)
    -> Code
  {
    build(ElementBuilder(slow: slow), base, index).run
  }

  static func code(_ kind: OperandKind) -> Code {
    switch kind {
    case .local(let slot): return { m throws(RuntimeError) in m.stack[m.base &+ slot] }
    case .constant(let value): return { _ throws(RuntimeError) in value }
    case .code(let code): return code
    }
  }
}

/// Makes code from a pair of operand readers; `Specialized.build` picks the readers. The
/// code comes back wrapped in a struct: a bare closure returned as a generic associated type
/// would be called through conversion thunks.
protocol ReaderPairBuilder {
  associatedtype Output
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> Output
}

struct ArithmeticBuilder<Op: ScalarArithmetic>: ReaderPairBuilder {
  let slow: SlowBinary
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> CompiledExpression {
    CompiledExpression(run: Specialized.arithmetic(Op.self, left, right, slow))
  }
}

struct ComparisonBuilder<Op: ComparisonOperator>: ReaderPairBuilder {
  let slow: SlowBinary
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> CompiledCondition {
    CompiledCondition(test: Specialized.comparison(Op.self, left, right, slow))
  }
}

struct ComparisonValueBuilder<Op: ComparisonOperator>: ReaderPairBuilder {
  let slow: SlowBinary
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> CompiledExpression {
    CompiledExpression(run: Specialized.comparisonValue(Op.self, left, right, slow))
  }
}

struct ElementBuilder: ReaderPairBuilder {
  let slow: SlowBinary
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> CompiledExpression {
    CompiledExpression(run: Specialized.element(left, right, slow))
  }
}

/// A compiled condition, for returning through generic code.
struct CompiledCondition {
  let test: Condition
}
