import Lang

/// Turns a resolved syntax tree into nested Swift closures, one per node, so running a
/// program does no name lookups and no dispatch on node kinds (closure compilation).
struct Compiler {
  let file: SourceFile
  let resolution: Resolution
  let builtins: [Builtin]

  /// The program's statements; when `keepLastValue` and the last statement is an expression,
  /// its value is returned (the REPL's `Out[n]`).
  func compileProgram(_ program: Program, keepLastValue: Bool) -> Code {
    var statements = program.statements
    var last: Code?
    if keepLastValue, let final = statements.last {
      switch final.kind {
      case .expression(let expression):
        statements.removeLast()
        last = compile(expression)
      case .ifElse(let chain):
        // An `if` typed on its own in the REPL shows the value of the branch it ran.
        statements.removeLast()
        last = compileIfValue(chain)
      default: break
      }
    }
    let body = compileStatements(statements)
    return { m throws(RuntimeError) in
      _ = try body(m)
      return try last?(m) ?? .null
    }
  }

  func error(
    _ code: ErrorCode, _ message: String, _ range: SourceRange, label: String = "",
    help: String? = nil
  ) -> RuntimeError {
    RuntimeError(code, message, file: file, range: range, label: label, help: help)
  }

  func compile(_ expression: Expr) -> Code {
    let range = expression.range
    switch expression.kind {
    case .null: return { _ throws(RuntimeError) in .null }
    case .bool(let value): return { _ throws(RuntimeError) in .bool(value) }
    case .int(let value): return { _ throws(RuntimeError) in .int(value) }
    case .float(let value): return { _ throws(RuntimeError) in .float(value) }
    case .string(let value): return { _ throws(RuntimeError) in .string(value) }
    case .formatString(let parts): return compileFormatString(parts)
    case .name(let name): return compileRead(name)
    case .column(let name): return compileColumnShorthand(name, range)
    case .list(let items): return compileList(items)
    case .record(let fields): return compileRecord(fields)
    case .unary(let op, let operand): return compileUnary(op, operand, range)
    case .binary(let op, let left, let right): return compileBinary(op, left, right, range)
    case .and(let left, let right): return compileLogical(isAnd: true, left, right, range)
    case .or(let left, let right): return compileLogical(isAnd: false, left, right, range)
    case .range(let start, let end, let inclusive): return compileRange(start, end, inclusive)
    case .call(let callee, let arguments): return compileCall(callee, arguments, range)
    case .index(let base, let subscripts): return compileIndex(base, subscripts, range)
    case .member(let base, let name, let nameRange): return compileMember(base, name, nameRange)
    case .function(let function): return compileClosure(function)
    case .ifElse(let chain): return compileIfValue(chain)
    case .invalid:
      let failure = error(.unexpectedToken, Messages.cannotContinue, range)
      return { _ throws(RuntimeError) in throw failure }
    }
  }

  func compileList(_ items: [Expr]) -> Code {
    let codes = items.map { CompiledExpression(run: compile($0)) }
    return { m throws(RuntimeError) in
      var values: [Value] = []
      values.reserveCapacity(codes.count)
      for code in codes { values.append(try code.run(m)) }
      return .list(ListObject(values))
    }
  }

  func compileRecord(_ fields: [RecordField]) -> Code {
    let keys = fields.map(\.key)
    let codes = fields.map { CompiledExpression(run: compile($0.value)) }
    let hasDuplicates = Set(keys).count != keys.count
    return { m throws(RuntimeError) in
      var values: [Value] = []
      values.reserveCapacity(codes.count)
      for code in codes { values.append(try code.run(m)) }
      if hasDuplicates { return .record(RecordObject(Array(zip(keys, values)))) }
      return .record(RecordObject(keys: keys, values: values))
    }
  }

  func compileRange(_ start: Expr, _ end: Expr, _ inclusive: Bool) -> Code {
    let (lower, upper) = (compile(start), compile(end))
    let (startRange, endRange) = (start.range, end.range)
    return { m throws(RuntimeError) in
      let low = try lower(m)
      let high = try upper(m)
      guard case .int(let a) = low else {
        throw error(.indexType, InterpreterMessages.indexType("range", low.typeName), startRange)
      }
      guard case .int(let b) = high else {
        throw error(.indexType, InterpreterMessages.indexType("range", high.typeName), endRange)
      }
      return .range(RangeValue(start: a, end: b, isInclusive: inclusive))
    }
  }

  func compileFormatString(_ parts: [FormatPart]) -> Code {
    let pieces: [(String, CompiledExpression?, String, SourceRange)] = parts.map { part in
      switch part {
      case .text(let text): return (text, nil, "", .empty)
      case .expression(let expression, let spec):
        return ("", CompiledExpression(run: compile(expression)), spec, expression.range)
      }
    }
    return { m throws(RuntimeError) in
      var result = ""
      for (text, code, spec, range) in pieces {
        guard let code else {
          result += text
          continue
        }
        do throws(RuntimeError) {
          result += try FormatSpec.format(try code.run(m), spec: spec)
        } catch {
          throw error.located(file, range)
        }
      }
      return .string(result)
    }
  }
}
