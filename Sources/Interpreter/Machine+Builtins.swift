import Guards
import Lang

extension Machine {
  /// Binds arguments to a builtin's declared parameters (positions, names, defaults,
  /// variadic rest, kinds) and runs it. Every binding error points at the argument.
  func callBuiltin(
    _ builtin: Builtin, positional: [Value], named: [(String, Value)], file: SourceFile,
    callRange: SourceRange, ranges: [SourceRange], namedRanges: [SourceRange]
  ) throws(RuntimeError) -> Value {
    var binding = BuiltinBinding(builtin, file: file, callRange: callRange)
    try binding.place(positional: positional, at: ranges)
    try binding.place(named: named, at: namedRanges)
    try binding.fillDefaults()
    try binding.checkKinds()
    let base = top
    reserve(binding.values.count)
    top = base + binding.values.count
    for (index, value) in binding.values.enumerated() { stack[base + index] = value }
    let site = BuiltinCallSite(
      builtin: builtin, ranges: binding.ranges, callRange: callRange, file: file)
    return try runBuiltin(site, base: base)
  }

  /// Runs a builtin whose bound arguments are in the slots from `base` up to `top`, then
  /// clears them.
  func runBuiltin(_ site: BuiltinCallSite, base: Int) throws(RuntimeError) -> Value {
    var arguments = Arguments(site: site, base: base, machine: self)
    defer {
      clear(from: base, count: site.builtin.parameters.count)
      top = base
    }
    do {
      return try site.builtin.body(&arguments)
    } catch let error as RuntimeError {
      throw error.located(site.file, site.callRange).coded(site.builtin.area.errorCode)
    } catch {
      throw RuntimeError(
        site.builtin.area.errorCode, String(describing: error), file: site.file,
        range: site.callRange)
    }
  }

  /// The default of an argument the call left out; an error when it is required.
  static func defaultValue(
    _ builtin: Builtin, _ index: Int, _ file: SourceFile,
    _ callRange: SourceRange
  ) throws(RuntimeError) -> Value {
    guard let value = builtin.parameters[index].defaultValue else {
      throw RuntimeError(
        .missingArgument,
        InterpreterMessages.missingArgument(builtin.parameters[index].name, builtin.name),
        file: file, range: callRange)
    }
    return value.value
  }

  /// The common case: positional arguments only, no variadic parameter. The caller has put
  /// `given` arguments in the slots from `base` and set `top` to `base` + parameter count;
  /// `ranges` has one entry per parameter.
  func callBuiltinPositional(_ site: BuiltinCallSite, base: Int, given: Int)
    throws(RuntimeError) -> Value
  {
    let (builtin, file, callRange, ranges) = (site.builtin, site.file, site.callRange, site.ranges)
    let parameters = builtin.parameters
    for index in given..<parameters.count {
      stack[base + index] = try Machine.defaultValue(builtin, index, file, callRange)
    }
    let checks = builtin.checks
    for index in 0..<given where !checks[index].accepts(stack[base + index]) {
      try Machine.check(
        stack[base + index], parameters[index], builtin, file, ranges[index] ?? callRange)
    }
    return try runBuiltin(site, base: base)
  }

  /// Throws the one kind message when `value` is not of the parameter's kind.
  static func check(
    _ value: Value, _ parameter: Parameter, _ builtin: Builtin,
    _ file: SourceFile, _ range: SourceRange
  ) throws(RuntimeError) {
    guard !parameter.accepts(value) else { return }
    throw RuntimeError(
      .argumentType,
      InterpreterMessages.argumentType(
        parameter.name, builtin.name, parameter.kind.description,
        Machine.describe(value, parameter.kind)),
      file: file, range: range)
  }

  /// The value as an argument error names it: a string quoted and cut short, an int that is
  /// out of its parameter's bounds by its value, a list by its first item of the wrong kind,
  /// anything else by its type.
  static func describe(_ value: Value, _ kind: Parameter.Kind? = nil) -> String {
    switch (value, kind) {
    case (.string(let text), _): return ShortText.quoted(text)
    case (.int(let number), .bounded?), (.int(let number), .optional(.bounded)?):
      return String(number)
    case (.list(let list), let kind?):
      guard let item = kind.listItemKind,
        let index = list.items.firstIndex(where: { !KindCheck(item).accepts($0) })
      else { return value.typeName }
      return InterpreterMessages.listItemKind(describe(list.items[index]), index)
    default: return value.typeName
    }
  }
}
