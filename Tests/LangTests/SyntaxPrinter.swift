import Lang

/// Writes a syntax tree as an S-expression, so parser tests compare short texts.
enum SyntaxPrinter {
  static func print(_ expression: Expr) -> String {
    switch expression.kind {
    case .null: return "nil"
    case .bool(let value): return String(value)
    case .int(let value): return String(value)
    case .float(let value): return String(value)
    case .string(let value): return "\"\(value)\""
    case .formatString(let parts): return "(f \(parts.count))"
    case .name(let name): return name.name
    case .column(let name): return ".\(name)"
    case .list(let items): return "[" + items.map(print).joined(separator: " ") + "]"
    case .record(let fields):
      return "{" + fields.map { "\($0.key): \(print($0.value))" }.joined(separator: " ") + "}"
    case .unary(let op, let operand): return "(\(op.rawValue) \(print(operand)))"
    case .binary(let op, let left, let right):
      return "(\(op.rawValue) \(print(left)) \(print(right)))"
    case .and(let left, let right): return "(and \(print(left)) \(print(right)))"
    case .or(let left, let right): return "(or \(print(left)) \(print(right)))"
    case .range(let low, let high, let inclusive):
      return "(\(inclusive ? ".." : "..<") \(print(low)) \(print(high)))"
    case .call(let callee, let arguments):
      let list = arguments.map { ($0.name.map { $0 + "=" } ?? "") + print($0.value) }
      return "(call \(print(callee))" + list.map { " " + $0 }.joined() + ")"
    case .index(let base, let subscripts):
      return "(index \(print(base)) \(subscripts.count))"
    case .member(let base, let name, _): return "(. \(print(base)) \(name))"
    case .function(let function):
      return "(fn \(function.parameters.map(\.name.name).joined(separator: " ")))"
    case .ifElse(let chain): return "(if \(chain.branches.count))"
    case .invalid: return "<invalid>"
    }
  }

  static func print(_ statement: Stmt) -> String {
    switch statement.kind {
    case .expression(let expression): return print(expression)
    case .assign(let target, let op, let value):
      return "(\(op.map { $0.rawValue } ?? "")= \(print(target)) \(print(value)))"
    case .function(let function): return "(def \(function.name ?? "?"))"
    case .forLoop(let variable, _, _): return "(for \(variable.name))"
    case .whileLoop: return "(while)"
    case .ifElse(let chain): return "(if \(chain.branches.count))"
    case .breakLoop: return "break"
    case .continueLoop: return "continue"
    case .returnValue(let value): return "(return \(value.map(print) ?? ""))"
    case .importFile(let path, _): return "(import \(path))"
    }
  }
}
