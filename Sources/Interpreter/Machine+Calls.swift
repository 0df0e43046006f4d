import Lang

extension Machine {
  /// Runs a closure whose frame (`slotCount` slots at `frameBase`, arguments in the
  /// parameter slots) is already on the stack and `top` is above it.
  @inline(__always)
  func enter(_ closure: Closure, frameBase: Int, file: SourceFile, range: SourceRange)
    throws(RuntimeError) -> Value
  {
    let code = closure.code
    if depth >= Machine.maxCallDepth {
      throw RuntimeError(
        .recursionTooDeep, InterpreterMessages.recursionTooDeep(Machine.maxCallDepth),
        file: file, range: range, help: InterpreterMessages.recursionHelp)
    }
    if code.hasBoxedSlots {
      for slot in code.boxedSlots {
        let value = stack[frameBase &+ slot]
        stack[frameBase &+ slot] = .cell(Cell(value))
      }
    }
    let savedBase = base
    base = frameBase
    depth &+= 1
    let result: Value
    do throws(RuntimeError) {
      if !closure.hasCaptures && !hasCaptures {
        result = try run(code)
      } else {
        let savedCaptures = captures
        captures = closure.captures
        defer { captures = savedCaptures }
        let savedHasCaptures = hasCaptures
        hasCaptures = closure.hasCaptures
        defer { hasCaptures = savedHasCaptures }
        result = try run(code)
      }
    } catch {
      depth &-= 1
      base = savedBase
      var traced = error
      if traced.kind == .error {
        traced.addCaller(RuntimeError.StackEntry(function: code.name, file: file, range: range))
      }
      throw traced
    }
    depth &-= 1
    base = savedBase
    clear(from: frameBase, count: code.slotCount)
    top = frameBase
    return result
  }

  /// Runs a function body in the current frame and gives its result.
  @inline(__always)
  private func run(_ code: FunctionCode) throws(RuntimeError) -> Value {
    if let valueBody = code.valueBody { return try valueBody(self) }
    guard try code.body(self) == .returnValue else { return .null }
    let result = returnValue
    returnValue = .null
    return result
  }

  /// Calls a function value with evaluated arguments: the one general path, for calls the
  /// compiler could not specialise and for builtins that call back (`map`, `sort`'s key).
  func callValue(
    _ function: Value, _ positional: [Value], _ named: [(String, Value)], file: SourceFile,
    range: SourceRange, calleeRange: SourceRange, ranges: [SourceRange],
    namedRanges: [SourceRange]
  ) throws(RuntimeError) -> Value {
    try checkInterrupt()
    switch function {
    case .function(let closure):
      let frameBase = top
      let count = closure.code.layout.slotCount
      reserve(count)
      top = frameBase + count
      try placeArguments(
        positional, named: named, for: closure, at: frameBase, file: file,
        range: range, ranges: ranges)
      return try enter(closure, frameBase: frameBase, file: file, range: range)
    case .builtin(let builtin):
      return try callBuiltin(
        builtin, positional: positional, named: named, file: file,
        callRange: range, ranges: ranges, namedRanges: namedRanges)
    case .cell(let cell):
      return try callValue(
        cell.value, positional, named, file: file, range: range,
        calleeRange: calleeRange, ranges: ranges, namedRanges: namedRanges)
    default:
      throw RuntimeError(
        .notCallable, InterpreterMessages.cannotCall(function.typeName), file: file,
        range: calleeRange)
    }
  }

  /// Calls any function value with positional arguments (builtins like `map`): `callValue`
  /// with no names and the whole call as every argument's place.
  public func call(
    _ function: Value, _ arguments: [Value], file: SourceFile,
    range: SourceRange
  ) throws(RuntimeError) -> Value {
    try callValue(
      function, arguments, [], file: file, range: range, calleeRange: range, ranges: [],
      namedRanges: [])
  }

  /// Binds positional and named arguments to the closure's parameter slots, with defaults.
  func placeArguments(
    _ positional: [Value], named: [(String, Value)], for closure: Closure, at frameBase: Int,
    file: SourceFile, range: SourceRange, ranges: [SourceRange]
  ) throws(RuntimeError) {
    let code = closure.code
    let names = code.parameterNames
    if positional.count > names.count {
      throw RuntimeError(
        .tooManyArguments,
        InterpreterMessages.tooManyArguments(code.name, names.count, positional.count),
        file: file, range: names.count < ranges.count ? ranges[names.count] : range)
    }
    var filled = Array(repeating: false, count: names.count)
    for (index, value) in positional.enumerated() {
      stack[frameBase + code.layout.parameterSlots[index]] = value
      filled[index] = true
    }
    for (offset, (name, value)) in named.enumerated() {
      let argumentRange =
        positional.count + offset < ranges.count
        ? ranges[positional.count + offset] : range
      guard let index = names.firstIndex(of: name) else {
        let suggestion = Suggest.closest(to: name, in: names)
        throw RuntimeError(
          .unknownParameter, InterpreterMessages.noParameter(code.name, name), file: file,
          range: argumentRange, label: suggestion.map(Messages.didYouMean) ?? "")
      }
      if filled[index] {
        throw RuntimeError(
          .duplicateArgument, InterpreterMessages.duplicateArgument(name, code.name), file: file,
          range: argumentRange)
      }
      stack[frameBase + code.layout.parameterSlots[index]] = value
      filled[index] = true
    }
    for index in names.indices where !filled[index] {
      guard let value = closure.defaults[index] else {
        throw RuntimeError(
          .missingArgument, InterpreterMessages.missingArgument(names[index], code.name),
          file: file, range: range)
      }
      stack[frameBase + code.layout.parameterSlots[index]] = value
    }
  }
}
