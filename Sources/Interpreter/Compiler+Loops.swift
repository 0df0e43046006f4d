import Lang

extension Compiler {
  /// `for x in sequence`: ranges count without allocating; lists are read live by index (as
  /// Python does); strings, records and other sequences are walked over a snapshot.
  func compileFor(_ variable: NameRef, _ sequence: Expr, _ body: Block) -> StatementCode {
    let sequenceCode = compile(sequence)
    let code = compileStatements(body.statements)
    let sequenceRange = sequence.range
    let file = self.file
    var current: Value = .null
    let assign = compileWrite(variable) { _ throws(RuntimeError) in current }
    let slot: Int? = if case .local(let slot) = binding(variable) { slot } else { nil }
    let step: (Machine, Value) throws(RuntimeError) -> Signal? = { m, value throws(RuntimeError) in
      if let slot {
        m.stack[m.base &+ slot] = value
      } else {
        current = value
        _ = try assign(m)
        current = .null
      }
      switch try code(m) {
      case .breakLoop: return .normal
      case .returnValue: return .returnValue
      case .normal, .continueLoop: return nil
      }
    }
    return { m throws(RuntimeError) in
      let value = try sequenceCode(m)
      switch value {
      case .range(let range):
        let count = range.count
        var index = 0
        while index < count {
          try m.checkInterrupt(file, sequenceRange)
          if let signal = try step(m, .int(range.element(index))) { return signal }
          index += 1
        }
      case .list(let list):
        var index = 0
        while index < list.items.count {
          try m.checkInterrupt(file, sequenceRange)
          if let signal = try step(m, list.items[index]) { return signal }
          index += 1
        }
      default:
        let elements: [Value]?
        do throws(RuntimeError) {
          elements = try Iteration.elements(of: value)
        } catch {
          throw error.located(file, sequenceRange)
        }
        guard let items = elements else {
          throw RuntimeError(
            .notIterable, InterpreterMessages.cannotIterate(value.typeName), file: file,
            range: sequenceRange)
        }
        for item in items {
          try m.checkInterrupt(file, sequenceRange)
          if let signal = try step(m, item) { return signal }
        }
      }
      return .normal
    }
  }
}
