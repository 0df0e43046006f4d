import Lang

/// A builtin's way to compute `name(.column, constants…)` for every group of a grouped value
/// at once, as in `summarize(m=mean(.x))`, instead of one call per group. The interpreter
/// knows nothing of it: it carries the shortcut from the builtin's declaration to the grouped
/// value (`ObjectValue.groupedValues`), which alone knows what its shortcuts take (a grouped
/// frame runs the frame library's column shortcuts).
public protocol GroupedShortcut: Sendable {}

/// An argument recognised at compile time as a builtin with a grouped shortcut applied to a
/// column of the context and constants.
public struct GroupedPlan {
  public let shortcut: any GroupedShortcut
  /// The column's name (`x` of `.x`).
  public let column: String
  /// The constant arguments by parameter name.
  public let arguments: [String: Value]
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

  /// The arguments of a call on a grouped value, each as one value per group: by the value's
  /// `groupedValues` where the argument has a plan and the value takes the case, the rest
  /// evaluated once per group with that group as the context of `.name`. nil when `grouped`
  /// has no groups.
  static func perGroup(
    _ grouped: any ObjectValue, _ codes: [Code], _ plans: [GroupedPlan?], _ m: Machine
  ) throws(RuntimeError) -> [[Value]]? {
    let shortcuts = grouped.groupedValues(plans).flatMap { $0.count == codes.count ? $0 : nil }
    var results = shortcuts ?? [[Value]?](repeating: nil, count: codes.count)
    let remaining = results.indices.filter { results[$0] == nil }
    if remaining.isEmpty, shortcuts != nil { return results.map { $0 ?? [] } }
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
