import Lang
import Tensor

/// A builtin's shortcut for an argument `name(.column, constants…)` of a call on a grouped
/// frame, as in `summarize(m=mean(.x))`: every group's value at once, from the whole column
/// and the group index, instead of one call per group. `arguments` holds the constant
/// arguments by parameter name. It returns nil to decline (the call then runs once per group
/// as usual, and reports any error), and otherwise exactly the values the per-group calls
/// would give, in the order of the groups.
public typealias GroupedShortcut =
  @Sendable (
    _ source: GroupedColumn, _ arguments: [String: Value]
  ) -> [Value]?

/// One column of a grouped frame with its groups, as grouped shortcuts see it. What several
/// shortcuts of one call need (each group's valid values as floats) is made once.
public final class GroupedColumn {
  public let column: Column
  public let groups: GroupIndex
  /// Each group's valid values as floats (`GroupedReduce.validFloats`), made when first read.
  public private(set) lazy var validFloats = GroupedReduce.validFloats(column, groups)

  public init(_ column: Column, _ groups: GroupIndex) {
    self.column = column
    self.groups = groups
  }
}

/// An argument recognised at compile time as a builtin with a grouped shortcut applied to a
/// column of the context frame and constants.
struct GroupedPlan {
  let shortcut: GroupedShortcut
  let column: String
  let arguments: [String: Value]
}

extension Compiler {
  /// The grouped plan of `name(.column, constants…)` when `name` is a builtin with a
  /// shortcut and every other argument is a literal that binds to a parameter by position or
  /// name; nil for anything else.
  func groupedPlan(_ expression: Expr) -> GroupedPlan? {
    guard case .call(let callee, let arguments) = expression.kind,
      case .name(let name) = callee.kind, case .builtin(let index) = binding(name),
      builtins.indices.contains(index), let shortcut = builtins[index].grouped,
      let first = arguments.first, first.name == nil, case .column(let column) = first.value.kind
    else { return nil }
    let parameters = builtins[index].parameters
    guard let columnParameter = parameters.first else { return nil }
    var constants: [String: Value] = [:]
    var position = 1
    for argument in arguments.dropFirst() {
      guard let value = Compiler.literal(argument.value) else { return nil }
      let parameter: Parameter
      if let label = argument.name {
        guard let named = parameters.first(where: { $0.name == label }) else { return nil }
        parameter = named
      } else {
        // A variadic parameter before this position would take the argument into its list.
        guard parameters.indices.contains(position),
          !parameters[...position].contains(where: \.isVariadic)
        else { return nil }
        parameter = parameters[position]
        position += 1
      }
      guard !parameter.isVariadic, !parameter.isKeywords, parameter.name != columnParameter.name,
        constants.updateValue(value, forKey: parameter.name) == nil
      else { return nil }
    }
    return GroupedPlan(shortcut: shortcut, column: column, arguments: constants)
  }

  /// The value of a literal (a number written with a minus sign too); nil for other
  /// expressions.
  static func literal(_ expression: Expr) -> Value? {
    switch expression.kind {
    case .null: return .null
    case .bool(let value): return .bool(value)
    case .int(let value): return .int(value)
    case .float(let value): return .float(value)
    case .string(let value): return .string(value)
    case .unary(.negate, let operand):
      switch operand.kind {
      case .int(let value) where value != Int.min: return .int(-value)
      case .float(let value): return .float(-value)
      default: return nil
      }
    default: return nil
    }
  }

  /// The arguments of a call on a grouped frame, each as one value per group: by the
  /// builtin's grouped shortcut where the argument has a plan and the shortcut takes the
  /// case, the rest evaluated once per group with that group as the context of `.name`.
  /// nil when `grouped` has no groups.
  static func perGroup(
    _ grouped: any ObjectValue, _ codes: [Code], _ plans: [GroupedPlan?], _ m: Machine
  ) throws(RuntimeError) -> [[Value]]? {
    var results = [[Value]?](repeating: nil, count: codes.count)
    let source = grouped.groupedColumns
    if let (frame, groups) = source {
      var columns: [String: GroupedColumn] = [:]
      for (index, plan) in plans.enumerated() {
        guard let plan, let column = frame.column(named: plan.column) else { continue }
        let shared = columns[plan.column] ?? GroupedColumn(column, groups)
        columns[plan.column] = shared
        results[index] = plan.shortcut(shared, plan.arguments)
      }
    }
    let remaining = results.indices.filter { results[$0] == nil }
    if remaining.isEmpty, source != nil { return results.map { $0 ?? [] } }
    guard let frames = grouped.groupFrames else { return nil }
    var evaluated = Array(repeating: [Value](), count: remaining.count)
    for group in frames {
      m.frameContext.append(group)
      defer { m.frameContext.removeLast() }
      for (slot, index) in remaining.enumerated() { evaluated[slot].append(try codes[index](m)) }
    }
    for (slot, index) in remaining.enumerated() { results[index] = evaluated[slot] }
    return results.map { $0 ?? [] }
  }
}
