import Lang

extension Compiler {
  /// `.name`: a column of the frame that is the first argument of the nearest enclosing call.
  func compileColumnShorthand(_ name: String, _ range: SourceRange) -> Code {
    let file = self.file
    let outside = error(
      .columnOutsideFrameCall, InterpreterMessages.columnOutsideFrameCall(name), range)
    return { m throws(RuntimeError) in
      guard let frame = m.frameContext.last else { throw outside }
      if let column = try frame.member(name) { return column }
      let suggestion = Suggest.closest(to: name, in: frame.memberNames)
      throw RuntimeError(
        .noColumn, InterpreterMessages.noColumn(name, frame.memberNames.count), file: file,
        range: range,
        label: suggestion.map(Messages.didYouMean) ?? "")
    }
  }

  /// `and`/`or`: short-circuit on plain values, element-wise on columns and tensors.
  func compileLogical(isAnd: Bool, _ left: Expr, _ right: Expr, _ range: SourceRange) -> Code {
    let (lhs, rhs) = (compile(left), compile(right))
    let file = self.file
    return { m throws(RuntimeError) in
      let value = try lhs(m)
      if case .object(let object) = value {
        let other = try rhs(m)
        do throws(RuntimeError) {
          if let result = try object.logical(isAnd: isAnd, other, isLeft: true) { return result }
        } catch {
          throw error.located(file, range)
        }
        throw RuntimeError(
          .operandTypes,
          InterpreterMessages.operandTypes(isAnd ? "and" : "or", value.typeName, other.typeName),
          file: file, range: range)
      }
      if isAnd ? !value.isTruthy : value.isTruthy { return value }
      let other = try rhs(m)
      if case .object(let object) = other {
        do throws(RuntimeError) {
          if let result = try object.logical(isAnd: isAnd, value, isLeft: false) { return result }
        } catch {
          throw error.located(file, range)
        }
      }
      return other
    }
  }

  /// Whether an argument uses `.name` outside any lambda, so the call must make its first
  /// argument's frame the context while the other arguments are evaluated.
  static func usesColumnShorthand(_ expression: Expr) -> Bool {
    switch expression.kind {
    case .column: return true
    case .null, .bool, .int, .float, .string, .name, .invalid, .function: return false
    case .formatString(let parts):
      return parts.contains { part in
        if case .expression(let inner, _) = part { return usesColumnShorthand(inner) }
        return false
      }
    case .list(let items): return items.contains(where: usesColumnShorthand)
    case .record(let fields): return fields.contains { usesColumnShorthand($0.value) }
    case .unary(_, let operand): return usesColumnShorthand(operand)
    case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b), .range(let a, let b, _):
      return usesColumnShorthand(a) || usesColumnShorthand(b)
    case .call(let callee, let arguments):
      return usesColumnShorthand(callee) || arguments.contains { usesColumnShorthand($0.value) }
    case .index(let base, let subscripts):
      return usesColumnShorthand(base)
        || subscripts.contains { item in
          switch item {
          case .single(let inner): return usesColumnShorthand(inner)
          case .slice(let a, let b, let c, _):
            return [a, b, c].contains { $0.map(usesColumnShorthand) ?? false }
          }
        }
    case .member(let base, _, _): return usesColumnShorthand(base)
    case .ifElse(let chain):
      return chain.branches.contains { usesColumnShorthand($0.condition) }
    }
  }
}
