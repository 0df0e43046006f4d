import Lang

/// A value of the awi language. Small payloads inline; lists and records are shared mutable
/// objects (like Python's list and dict), strings and numbers are values.
public enum Value {
  case null
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  case list(ListObject)
  case record(RecordObject)
  indirect case range(RangeValue)
  case function(Closure)
  case builtin(Builtin)
  /// Values defined outside the interpreter core (columns, frames, tensors, models, plots).
  case object(any ObjectValue)
  /// A captured variable's shared box; lives only in frame slots, never seen by users.
  case cell(Cell)

  /// The name users see for the type, as `type(x)` returns it.
  public var typeName: String {
    switch self {
    case .null: return "nil"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .string: return "string"
    case .list: return "list"
    case .record: return "record"
    case .range: return "range"
    case .function, .builtin: return "function"
    case .object(let object): return object.typeName
    case .cell(let cell): return cell.value.typeName
    }
  }

  /// Truthiness for `if`, `while`, `and`, `or`, `not`: only `false` and `nil` are false,
  /// and `0`, `0.0`, `""` and empty containers, as in Python.
  public var isTruthy: Bool {
    switch self {
    case .null: return false
    case .bool(let value): return value
    case .int(let value): return value != 0
    case .float(let value): return value != 0
    case .string(let value): return !value.isEmpty
    case .list(let list): return !list.items.isEmpty
    case .record(let record): return !record.keys.isEmpty
    case .range(let range): return range.count > 0
    case .function, .builtin, .object: return true
    case .cell(let cell): return cell.value.isTruthy
    }
  }
}

/// A value type defined by a library module (a column, frame, tensor …).
public protocol ObjectValue: AnyObject {
  var typeName: String { get }
  /// The text the REPL and `print` show.
  func display(width: Int) -> String
  /// A one-line form for use inside lists and records.
  var shortDescription: String { get }

  // Language hooks. Each returns nil (or false) for "not supported", and the caller reports
  // the usual error; they throw for errors of their own.

  /// `self op other` (or `other op self` when `isLeft` is false).
  func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value?
  /// `self op other` written into `self`'s own storage; called only when nothing else holds
  /// `self` (a temporary), and nil to fall back to `binary`.
  func binaryInPlace(_ op: BinaryOperator, _ other: Value) throws(RuntimeError) -> Value?
  /// Element-wise `and`/`or` with another value.
  func logical(isAnd: Bool, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value?
  func unary(_ op: UnaryOperator) throws(RuntimeError) -> Value?
  /// `self.name`.
  func member(_ name: String) throws(RuntimeError) -> Value?
  /// `self[index]`.
  func element(_ index: Value) throws(RuntimeError) -> Value?
  /// `self[index] = value`; false when not supported.
  func setElement(_ index: Value, _ value: Value) throws(RuntimeError) -> Bool
  /// `self[i, lo:hi, …]`: several subscripts, one per axis (tensors).
  func elements(at subscripts: [IndexItem]) throws(RuntimeError) -> Value?
  /// `self[lower:upper:step]`.
  func slice(_ lower: Int?, _ upper: Int?, _ step: Int?) throws(RuntimeError) -> Value?
  /// What `for x in self` walks over.
  func elements() throws(RuntimeError) -> [Value]?
  /// `len(self)`.
  var length: Int? { get }
  /// True for frames: inside a call whose first argument is this value, `.name` reads
  /// `member(name)`.
  var providesColumns: Bool { get }
  /// Names `member` knows, for "did you mean" suggestions.
  var memberNames: [String] { get }
  /// For grouped frames: one frame per group. A call whose first argument has groups
  /// evaluates its other arguments once per group, each with that group's frame as the
  /// context of `.name`, and receives each as a `PerGroup` value.
  var groupFrames: [any ObjectValue]? { get }
  /// For grouped values: each plan's values, one per group in the order of the groups,
  /// computed at once by the builtin's `GroupedShortcut`; an entry is nil where the value
  /// declines the plan (that argument is then evaluated once per group). nil when the value
  /// has no shortcuts.
  func groupedValues(_ plans: [GroupedPlan?]) -> [[Value]?]?
  /// For a number with a unit: the number and the unit's symbol, so format specs such as
  /// `:.2f` apply to the number.
  var quantity: (value: Double, unit: String)? { get }
}

extension ObjectValue {
  public func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError)
    -> Value?
  { nil }
  public func binaryInPlace(_ op: BinaryOperator, _ other: Value) throws(RuntimeError) -> Value? {
    nil
  }
  public func logical(isAnd: Bool, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    nil
  }
  public func unary(_ op: UnaryOperator) throws(RuntimeError) -> Value? { nil }
  public func member(_ name: String) throws(RuntimeError) -> Value? { nil }
  public func element(_ index: Value) throws(RuntimeError) -> Value? { nil }
  public func setElement(_ index: Value, _ value: Value) throws(RuntimeError) -> Bool { false }
  public func slice(_ lower: Int?, _ upper: Int?, _ step: Int?) throws(RuntimeError) -> Value? {
    nil
  }
  public func elements(at subscripts: [IndexItem]) throws(RuntimeError) -> Value? { nil }
  public func elements() throws(RuntimeError) -> [Value]? { nil }
  public var length: Int? { nil }
  public var providesColumns: Bool { false }
  public var quantity: (value: Double, unit: String)? { nil }
  public var memberNames: [String] { [] }
  public var groupFrames: [any ObjectValue]? { nil }
  public func groupedValues(_ plans: [GroupedPlan?]) -> [[Value]?]? { nil }
}

/// One subscript of `a[i, lo:hi:step, …]`, evaluated.
public enum IndexItem {
  case single(Value)
  case slice(Int?, Int?, Int?)
}

/// An argument evaluated once per group of a grouped frame: one value per group, in the
/// order of the groups.
public final class PerGroup: ObjectValue {
  public let values: [Value]

  public init(_ values: [Value]) {
    self.values = values
  }

  public var typeName: String { "per-group values" }
  public var shortDescription: String { "<\(values.count) per-group values>" }
  public func display(width: Int) -> String { shortDescription }
}

/// A mutable list shared by reference.
public final class ListObject {
  public var items: [Value]

  public init(_ items: [Value]) {
    self.items = items
  }

  deinit {
    Teardown.dismantle(&items)
  }
}

/// A mutable record with ordered keys, shared by reference. Small records search their keys
/// linearly; large ones keep a dictionary index.
public final class RecordObject {
  public private(set) var keys: [String]
  public private(set) var values: [Value]
  private var index: [String: Int]?

  public init(keys: [String], values: [Value]) {
    self.keys = keys
    self.values = values
    if keys.count > 8 { buildIndex() }
  }

  public convenience init(_ pairs: [(String, Value)]) {
    self.init(keys: [], values: [])
    for (key, value) in pairs { self[key] = value }
  }

  deinit {
    Teardown.dismantle(&values)
  }

  /// Moves the values out (for `Teardown`), leaving the record empty.
  func takeValues(into pending: inout [Value]) {
    pending.append(contentsOf: values)
    values = []
    keys = []
    index = nil
  }

  private func buildIndex() {
    var built: [String: Int] = [:]
    for (position, key) in keys.enumerated() { built[key] = position }
    index = built
  }

  public func position(of key: String) -> Int? {
    if let index { return index[key] }
    for position in keys.indices where keys[position] == key { return position }
    return nil
  }

  public subscript(key: String) -> Value? {
    get { position(of: key).map { values[$0] } }
    set {
      if let position = position(of: key) {
        if let newValue {
          values[position] = newValue
        } else {
          keys.remove(at: position)
          values.remove(at: position)
          if index != nil { buildIndex() }
        }
      } else if let newValue {
        keys.append(key)
        values.append(newValue)
        if index != nil {
          index?[key] = keys.count - 1
        } else if keys.count > 8 {
          buildIndex()
        }
      }
    }
  }
}

/// `a..b` (inclusive) or `a..<b`, with a step; lazy.
public struct RangeValue: Equatable {
  public let start: Int
  public let end: Int
  public let step: Int
  public let isInclusive: Bool

  public init(start: Int, end: Int, step: Int = 1, isInclusive: Bool) {
    self.start = start
    self.end = end
    self.step = step == 0 ? 1 : step
    self.isInclusive = isInclusive
  }

  /// The number of elements, or Int.max when there are more (only `0...Int.max` and the
  /// like); `exactCount` tells the two apart.
  public var count: Int { exactCount ?? Int.max }

  /// The number of elements, in overflow-free arithmetic; nil when it exceeds Int.max.
  /// The span between two ints always fits in a UInt, so it is taken there.
  public var exactCount: Int? {
    let (low, high) = step > 0 ? (start, end) : (end, start)
    guard isInclusive ? low <= high : low < high else { return 0 }
    let span = UInt(bitPattern: high &- low)
    let stride = step.magnitude
    let steps = isInclusive ? span / stride : (span - 1) / stride
    guard steps < UInt(Int.max) else { return nil }
    return Int(steps) + 1
  }

  /// The element at `index` (0 ≤ index < count). Wrapping arithmetic is exact here: the
  /// true value lies between start and end, so it fits, and two's complement wraps to it.
  public func element(_ index: Int) -> Int { start &+ index &* step }
}

/// A shared, mutable variable captured by a closure.
public final class Cell {
  public var value: Value

  public init(_ value: Value) {
    self.value = value
  }
}
