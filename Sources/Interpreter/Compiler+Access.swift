import Lang

extension Compiler {
  func compileIndex(_ base: Expr, _ subscripts: [Subscript], _ range: SourceRange) -> Code {
    let file = self.file
    guard subscripts.count == 1, let only = subscripts.first else {
      return compileMultiIndex(base, subscripts, range)
    }
    switch only {
    case .single(let index):
      let indexRange = index.range
      return Specialized.element(operandKind(base), operandKind(index)) {
        container, key throws(RuntimeError) in
        do throws(RuntimeError) {
          return try Indexing.element(container, key)
        } catch {
          throw error.located(file, indexRange)
        }
      }
    case .slice(let lower, let upper, let step, let sliceRange):
      let baseCode = compile(base)
      let bounds = [lower, upper, step].map { $0.map { (compile($0), $0.range) } }
      return { m throws(RuntimeError) in
        let container = try baseCode(m)
        var values: [Int?] = []
        for bound in bounds {
          guard let (code, boundRange) = bound else {
            values.append(nil)
            continue
          }
          switch try code(m) {
          case .int(let value): values.append(value)
          case .null: values.append(nil)
          case let other:
            throw RuntimeError(
              .indexType, InterpreterMessages.indexType("slice", other.typeName),
              file: file, range: boundRange)
          }
        }
        do throws(RuntimeError) {
          return try Indexing.slice(container, values[0], values[1], values[2])
        } catch {
          throw error.located(file, sliceRange)
        }
      }
    }
  }

  func compileMember(_ base: Expr, _ name: String, _ nameRange: SourceRange) -> Code {
    let baseCode = compile(base)
    let file = self.file
    // `df.merge(o)`, `m.predict(x)`: a Python method that is an awi function.
    let functionHelp =
      builtins.contains { $0.name == name } ? InterpreterMessages.functionNotMethod(name) : nil
    return { m throws(RuntimeError) in
      let value = try baseCode(m)
      if case .record(let record) = value, let position = record.position(of: name) {
        return record.values[position]
      }
      do throws(RuntimeError) {
        return try Indexing.member(value, name)
      } catch {
        var located = error.located(file, nameRange)
        if located.help == nil, located.label.isEmpty { located.help = functionHelp }
        throw located
      }
    }
  }

  /// `a[i] = v`, `r.k = v` and their compound forms.
  func compileElementAssignment(
    _ target: Expr, _ op: BinaryOperator?, _ value: @escaping Code,
    _ range: SourceRange
  ) -> StatementCode {
    let file = self.file
    let combine = op.map { compoundOperator($0, range) }
    let container: Code
    let key: Code
    let keyRange: SourceRange
    switch target.kind {
    case .index(let base, let subscripts):
      guard subscripts.count == 1, case .single(let index) = subscripts[0] else {
        let failure = error(.invalidAssignmentTarget, Messages.cannotAssign, target.range)
        return { _ throws(RuntimeError) in throw failure }
      }
      (container, key, keyRange) = (compile(base), compile(index), index.range)
    case .member(let base, let name, let nameRange):
      (container, key, keyRange) = (
        compile(base), { _ throws(RuntimeError) in .string(name) },
        nameRange
      )
    default:
      let failure = error(.invalidAssignmentTarget, Messages.cannotAssign, target.range)
      return { _ throws(RuntimeError) in throw failure }
    }
    return { m throws(RuntimeError) in
      let object = try container(m)
      let index = try key(m)
      var result = try value(m)
      do throws(RuntimeError) {
        if let combine { result = try combine(try Indexing.element(object, index), result) }
        try Indexing.setElement(object, index, result)
      } catch {
        throw error.located(file, keyRange)
      }
      return .normal
    }
  }
}

extension Compiler {
  /// `a[i, lo:hi, …]`: every subscript is evaluated, then the value (a tensor) picks.
  func compileMultiIndex(_ base: Expr, _ subscripts: [Subscript], _ range: SourceRange) -> Code {
    let baseCode = compile(base)
    let file = self.file
    let parts: [(single: CompiledExpression?, bounds: [CompiledExpression?])] = subscripts.map {
      switch $0 {
      case .single(let index): return (CompiledExpression(run: compile(index)), [])
      case .slice(let lower, let upper, let step, _):
        return (nil, [lower, upper, step].map { $0.map { CompiledExpression(run: compile($0)) } })
      }
    }
    return { m throws(RuntimeError) in
      let container = try baseCode(m)
      var items: [IndexItem] = []
      for part in parts {
        if let single = part.single {
          items.append(.single(try single.run(m)))
          continue
        }
        var bounds: [Int?] = []
        for bound in part.bounds {
          switch try bound?.run(m) {
          case .int(let value)?: bounds.append(value)
          case .null?, nil: bounds.append(nil)
          case let other?:
            throw RuntimeError(
              .indexType, InterpreterMessages.indexType("slice", other.typeName), file: file,
              range: range)
          }
        }
        items.append(.slice(bounds[0], bounds[1], bounds[2]))
      }
      if case .object(let object) = container {
        do throws(RuntimeError) {
          if let value = try object.elements(at: items) { return value }
        } catch {
          throw error.located(file, range)
        }
      }
      throw RuntimeError(
        .notIndexable,
        InterpreterMessages.cannotIndexSeveral(container.typeName),
        file: file, range: range)
    }
  }
}
