import Lang

extension Compiler {
  func binding(_ name: NameRef) -> Binding {
    resolution.binding(name) ?? .builtin(-1)
  }

  func compileRead(_ name: NameRef) -> Code {
    let range = name.range
    switch binding(name) {
    case .local(let slot):
      return { m throws(RuntimeError) in m.stack[m.base &+ slot] }
    case .boxed(let slot):
      return { m throws(RuntimeError) in
        if case .cell(let cell) = m.stack[m.base &+ slot] { return cell.value }
        return m.stack[m.base &+ slot]
      }
    case .capture(let index):
      return { m throws(RuntimeError) in m.captures[index].value }
    case .global(let slot):
      let failure = error(.unassignedGlobal, InterpreterMessages.unassignedGlobal(name.name), range)
      return { m throws(RuntimeError) in
        if slot < m.globals.count, let value = m.globals[slot] { return value }
        throw failure
      }
    case .builtin(let index):
      guard index >= 0, index < builtins.count else {
        let failure = error(.undefinedName, Messages.undefinedName(name.name), range)
        return { _ throws(RuntimeError) in throw failure }
      }
      let value = Value.builtin(builtins[index])
      return { _ throws(RuntimeError) in value }
    }
  }

  /// Code that stores the value of `value` into the variable `name`.
  func compileWrite(_ name: NameRef, _ value: @escaping Code) -> StatementCode {
    switch binding(name) {
    case .local(let slot):
      return { m throws(RuntimeError) in
        let result = try value(m)
        m.stack[m.base &+ slot] = result
        return .normal
      }
    case .boxed(let slot):
      return { m throws(RuntimeError) in
        let result = try value(m)
        if case .cell(let cell) = m.stack[m.base &+ slot] {
          cell.value = result
        } else {
          m.stack[m.base &+ slot] = result
        }
        return .normal
      }
    case .capture(let index):
      return { m throws(RuntimeError) in
        m.captures[index].value = try value(m)
        return .normal
      }
    case .global(let slot):
      return { m throws(RuntimeError) in
        let result = try value(m)
        m.ensureGlobals(slot + 1)
        m.globals[slot] = result
        return .normal
      }
    case .builtin:
      let failure = error(.invalidAssignmentTarget, Messages.cannotAssign, name.range)
      return { _ throws(RuntimeError) in throw failure }
    }
  }

  /// `name op= value`. The old value is moved out of its slot first, so a string or list
  /// being appended to is uniquely referenced and grows in place.
  func compileCompound(
    _ name: NameRef, _ op: BinaryOperator, _ value: @escaping Code,
    _ range: SourceRange
  ) -> StatementCode {
    let read = compileRead(name)
    let combine = compoundOperator(op, range)
    if case .local(let slot) = binding(name) {
      return { m throws(RuntimeError) in
        let right = try value(m)
        let target = m.stack + (m.base &+ slot)
        if op == .add, case .string(let suffix) = right, case .string = target.pointee,
          case .string(var text) = target.move()
        {
          // Moved out of the slot, the text is uniquely referenced and grows in place.
          text.append(suffix)
          target.initialize(to: .string(text))
          return .normal
        }
        let left = target.pointee
        target.pointee = .null
        target.pointee = try combine(left, right)
        return .normal
      }
    }
    return compileWrite(name) { m throws(RuntimeError) in
      let right = try value(m)
      return try combine(try read(m), right)
    }
  }

  func compoundOperator(_ op: BinaryOperator, _ range: SourceRange)
    -> (Value, Value) throws(RuntimeError) -> Value
  {
    let file = self.file
    return { left, right throws(RuntimeError) in
      switch (left, right) {
      case (.int(let a), .int(let b)) where op == .add:
        let (sum, overflow) = a.addingReportingOverflow(b)
        if !overflow { return .int(sum) }
      case (.float(let a), .float(let b)) where op == .add: return .float(a + b)
      case (.float(let a), .int(let b)) where op == .add: return .float(a + Double(b))
      case (.string(let text), .string(let suffix)) where op == .add:
        return .string(text + suffix)
      case (.list(let list), .list(let other)) where op == .add:
        list.items += other.items
        return .list(list)
      default: break
      }
      do throws(RuntimeError) {
        return try Operators.binary(op, left, right)
      } catch {
        throw error.located(file, range)
      }
    }
  }
}
