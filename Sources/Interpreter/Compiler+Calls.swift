import Lang

extension Compiler {
  /// A call. Builtins named directly bind their arguments by declaration; awi functions
  /// called with positional arguments get them evaluated straight into their frame slots.
  func compileCall(_ callee: Expr, _ arguments: [Argument], _ range: SourceRange) -> Code {
    let positional = arguments.filter { $0.name == nil }
    let named = arguments.filter { $0.name != nil }
    if !positional.isEmpty,
      (positional.dropFirst() + named).contains(where: { Compiler.usesColumnShorthand($0.value) })
    {
      return compileContextCall(callee, positional, named, range)
    }
    let compiled = CompiledArguments(self, positional, named)
    if let builtin = directBuiltin(callee) {
      return compileBuiltinCall(builtin, compiled, range)
    }
    return compileValueCall(callee, compiled, range)
  }

  /// The builtin a callee names directly (not shadowed by a variable).
  func directBuiltin(_ callee: Expr) -> Builtin? {
    guard case .name(let name) = callee.kind, case .builtin(let index) = binding(name),
      builtins.indices.contains(index)
    else { return nil }
    return builtins[index]
  }

  /// A call of a builtin named directly: positional arguments alone go straight into the
  /// argument slots (after the builtin's fast path, if it has one); anything else binds by
  /// name through `callBuiltin`.
  func compileBuiltinCall(_ builtin: Builtin, _ arguments: CompiledArguments, _ range: SourceRange)
    -> Code
  {
    let (file, parameters) = (self.file, builtin.parameters)
    let positionalLimit = parameters.firstIndex(where: \.isKeywords) ?? parameters.count
    guard arguments.named.isEmpty, arguments.positional.count <= positionalLimit,
      !parameters.contains(where: \.isVariadic)
    else {
      return { m throws(RuntimeError) in
        let (values, pairs) = try arguments.evaluate(m)
        try m.checkInterrupt()
        return try m.callBuiltin(
          builtin, positional: values, named: pairs, file: file, callRange: range,
          ranges: arguments.positionalRanges, namedRanges: arguments.namedRanges)
      }
    }
    let codes = arguments.positional
    let ranges: [SourceRange?] =
      arguments.positionalRanges.map { $0 }
      + Array(repeating: nil, count: parameters.count - codes.count)
    let site = BuiltinCallSite(builtin: builtin, ranges: ranges, callRange: range, file: file)
    if let fast = fastCall(builtin.fastPath, codes, site) { return fast }
    let given = codes.count
    return { m throws(RuntimeError) in
      let base = m.top
      m.reserve(parameters.count)
      m.top = base &+ parameters.count
      for index in 0..<given {
        let value = try codes[index].run(m)
        m.stack[base &+ index] = value
      }
      return try m.callBuiltinPositional(site, base: base, given: given)
    }
  }

  /// A call of any other callee: an awi function with positional arguments gets them in its
  /// frame directly (read from a local, global or constant callee without a detour); other
  /// values and named arguments go through `callValue`.
  func compileValueCall(_ callee: Expr, _ arguments: CompiledArguments, _ range: SourceRange)
    -> Code
  {
    let calleeCode = compile(callee)
    let (file, calleeRange) = (self.file, callee.range)
    let generic: (Machine, Value) throws(RuntimeError) -> Value = {
      m, function throws(RuntimeError) in
      let (values, pairs) = try arguments.evaluate(m)
      return try m.callValue(
        function, values, pairs, file: file, range: range, calleeRange: calleeRange,
        ranges: arguments.positionalRanges + arguments.namedRanges,
        namedRanges: arguments.namedRanges)
    }
    guard arguments.named.isEmpty else {
      return { m throws(RuntimeError) in try generic(m, try calleeCode(m)) }
    }
    let (codes, site) = (arguments.positional, CallSite(file: file, range: range, generic: generic))
    switch operandKind(callee) {
    case .local(let slot):
      return Compiler.callClosure(LocalOperand(slot: slot), codes, site)
    case .code(let code):
      if case .name(let name) = callee.kind, case .global(let slot) = binding(name) {
        let failure = error(
          .unassignedGlobal, InterpreterMessages.unassignedGlobal(name.name), name.range)
        return Compiler.callClosure(GlobalOperand(slot: slot, failure: failure), codes, site)
      }
      return Compiler.callClosure(CodeOperand(code: code), codes, site)
    case .constant(let value):
      return Compiler.callClosure(ConstantOperand(value: value), codes, site)
    }
  }

  /// A call whose other arguments use `.name`: the first argument is evaluated first and,
  /// when it is a frame, is the context of those arguments.
  func compileContextCall(
    _ callee: Expr, _ positional: [Argument], _ named: [Argument],
    _ range: SourceRange
  ) -> Code {
    let calleeCode = compile(callee)
    let codes = positional.map { CompiledExpression(run: compile($0.value)) }
    let namedCodes = named.map {
      (name: $0.name ?? "", code: CompiledExpression(run: compile($0.value)))
    }
    let ranges = positional.map(\.value.range)
    let namedRanges = named.map { ($0.nameRange ?? $0.value.range).union($0.value.range) }
    let (file, calleeRange) = (self.file, callee.range)
    let groupedCodes = codes.dropFirst().map(\.run) + namedCodes.map(\.code.run)
    let plans = (positional.dropFirst() + named).map { groupedPlan($0.value) }
    return { m throws(RuntimeError) in
      let function = try calleeCode(m)
      var values: [Value] = []
      for code in codes.prefix(1) { values.append(try code.run(m)) }
      var pairs: [(String, Value)] = []
      if case .object(let grouped) = values[0],
        let perGroup = try Compiler.perGroup(grouped, groupedCodes, plans, m)
      {
        values += perGroup.prefix(codes.count - 1).map { .object(PerGroup($0)) }
        pairs = zip(namedCodes.map(\.name), perGroup.dropFirst(codes.count - 1)).map {
          ($0, .object(PerGroup($1)))
        }
      } else if case .object(let frame) = values[0], frame.providesColumns {
        m.frameContext.append(frame)
        defer { m.frameContext.removeLast() }
        for code in codes.dropFirst() { values.append(try code.run(m)) }
        for (name, code) in namedCodes { pairs.append((name, try code.run(m))) }
      } else {
        for code in codes.dropFirst() { values.append(try code.run(m)) }
        for (name, code) in namedCodes { pairs.append((name, try code.run(m))) }
      }
      return try m.callValue(
        function, values, pairs, file: file, range: range,
        calleeRange: calleeRange, ranges: ranges + namedRanges,
        namedRanges: namedRanges)
    }
  }

  /// A call that tries the builtin's fast path first and otherwise binds the already
  /// evaluated arguments as usual.
  func fastCall(_ fastPath: FastPath?, _ arguments: [CompiledExpression], _ site: BuiltinCallSite)
    -> Code?
  {
    let count = site.builtin.parameters.count
    switch (fastPath, arguments.count) {
    case (.unary(let shortcut)?, 1):
      let first = arguments[0].run
      return { m throws(RuntimeError) in
        let a = try first(m)
        if let result = shortcut(a) { return result }
        let base = m.top
        m.reserve(count)
        m.top = base &+ count
        m.stack[base] = a
        return try m.callBuiltinPositional(site, base: base, given: 1)
      }
    case (.binary(let shortcut)?, 2):
      let (first, second) = (arguments[0].run, arguments[1].run)
      return { m throws(RuntimeError) in
        let a = try first(m)
        let b = try second(m)
        if let result = shortcut(a, b) { return result }
        let base = m.top
        m.reserve(count)
        m.top = base &+ count
        m.stack[base] = a
        m.stack[base &+ 1] = b
        return try m.callBuiltinPositional(site, base: base, given: 2)
      }
    default: return nil
    }
  }

  /// A call's arguments compiled, with where each stands.
  struct CompiledArguments {
    let positional: [CompiledExpression]
    let positionalRanges: [SourceRange]
    let named: [(name: String, code: CompiledExpression)]
    /// Each named argument from its name to the end of its value.
    let namedRanges: [SourceRange]

    init(_ compiler: Compiler, _ positional: [Argument], _ named: [Argument]) {
      self.positional = positional.map { CompiledExpression(run: compiler.compile($0.value)) }
      positionalRanges = positional.map(\.value.range)
      self.named = named.map {
        (name: $0.name ?? "", code: CompiledExpression(run: compiler.compile($0.value)))
      }
      namedRanges = named.map { ($0.nameRange ?? $0.value.range).union($0.value.range) }
    }

    /// The arguments' values, positional then named, evaluated left to right.
    func evaluate(_ m: Machine) throws(RuntimeError) -> ([Value], [(String, Value)]) {
      var values: [Value] = []
      values.reserveCapacity(positional.count)
      for code in positional { values.append(try code.run(m)) }
      var pairs: [(String, Value)] = []
      for (name, code) in named { pairs.append((name, try code.run(m))) }
      return (values, pairs)
    }
  }

  /// What a call needs besides its callee and arguments.
  struct CallSite {
    let file: SourceFile
    let range: SourceRange
    let generic: (Machine, Value) throws(RuntimeError) -> Value
  }

  /// A call with positional arguments; awi closures get the arguments evaluated straight
  /// into their frame, anything else goes the general way.
  static func callClosure<C: OperandReader>(
    _ callee: C, _ arguments: [CompiledExpression], _ site: CallSite
  ) -> Code {
    let argumentCount = arguments.count
    let first = arguments.first?.run
    return { m throws(RuntimeError) in
      let function = try callee.read(m)
      guard case .function(let closure) = function,
        argumentCount <= closure.code.parameterCount
      else { return try site.generic(m, function) }
      try m.checkInterrupt()
      let code = closure.code
      let frameBase = m.top
      let count = code.slotCount
      m.reserve(count)
      m.top = frameBase &+ count
      if argumentCount == 1, let first {
        let value = try first(m)
        m.stack[frameBase] = value
      } else {
        for index in 0..<argumentCount {
          let value = try arguments[index].run(m)
          m.stack[frameBase &+ index] = value
        }
      }
      if argumentCount < code.parameterCount {
        try m.fillDefaults(
          closure, from: argumentCount, at: frameBase, file: site.file,
          range: site.range)
      }
      return try m.enter(closure, frameBase: frameBase, file: site.file, range: site.range)
    }
  }
}

extension Machine {
  func fillDefaults(
    _ closure: Closure, from first: Int, at frameBase: Int, file: SourceFile,
    range: SourceRange
  ) throws(RuntimeError) {
    let names = closure.code.parameterNames
    for index in first..<names.count {
      guard let value = closure.defaults[index] else {
        throw RuntimeError(
          .missingArgument, InterpreterMessages.missingArgument(names[index], closure.code.name),
          file: file, range: range)
      }
      stack[frameBase &+ index] = value
    }
  }
}
