import Lang
import Tensor

extension Machine {
  /// Binds arguments to a builtin's declared parameters (positions, names, defaults,
  /// variadic rest, kinds) and runs it. Every binding error points at the argument.
  func callBuiltin(
    _ builtin: Builtin, positional: [Value], named: [(String, Value)], file: SourceFile,
    callRange: SourceRange, ranges: [SourceRange], namedRanges: [SourceRange]
  ) throws(RuntimeError) -> Value {
    let parameters = builtin.parameters
    var values = Array(repeating: Value.null, count: parameters.count)
    var argumentRanges = [SourceRange?](repeating: nil, count: parameters.count)
    var filled = Array(repeating: false, count: parameters.count)
    var rest: [Value] = []
    let variadicIndex = parameters.firstIndex(where: { $0.isVariadic })
    for (index, value) in positional.enumerated() {
      let range = index < ranges.count ? ranges[index] : callRange
      if let variadic = variadicIndex, index >= variadic {
        rest.append(value)
        argumentRanges[variadic] = argumentRanges[variadic].map { $0.union(range) } ?? range
      } else if index < parameters.count, !parameters[index].isKeywords {
        values[index] = value
        argumentRanges[index] = range
        filled[index] = true
      } else {
        throw RuntimeError(
          InterpreterMessages.tooManyArguments(builtin.name, parameters.count, positional.count),
          file: file, range: range)
      }
    }
    if let variadic = parameters.firstIndex(where: { $0.isVariadic }) {
      values[variadic] = .list(ListObject(rest))
      filled[variadic] = true
    }
    let keywordsIndex = parameters.firstIndex(where: { $0.isKeywords })
    var keywords: [(String, Value)] = []
    for (offset, (name, value)) in named.enumerated() {
      let range = offset < namedRanges.count ? namedRanges[offset] : callRange
      guard
        let index = parameters.firstIndex(where: {
          $0.name == name && !$0.isVariadic && !$0.isKeywords
        })
      else {
        if let keywordsIndex {
          if keywords.contains(where: { $0.0 == name }) {
            throw RuntimeError(
              InterpreterMessages.duplicateArgument(name, builtin.name),
              file: file, range: range)
          }
          keywords.append((name, value))
          argumentRanges[keywordsIndex] =
            argumentRanges[keywordsIndex].map { $0.union(range) } ?? range
          continue
        }
        let suggestion = Suggest.closest(to: name, in: parameters.map(\.name))
        throw RuntimeError(
          InterpreterMessages.noParameter(builtin.name, name), file: file,
          range: range, label: suggestion.map(Messages.didYouMean) ?? "")
      }
      if filled[index] {
        throw RuntimeError(
          InterpreterMessages.duplicateArgument(name, builtin.name),
          file: file, range: range)
      }
      values[index] = value
      argumentRanges[index] = range
      filled[index] = true
    }
    if let keywordsIndex {
      values[keywordsIndex] = .record(
        RecordObject(keys: keywords.map(\.0), values: keywords.map(\.1)))
      filled[keywordsIndex] = true
    }
    for index in parameters.indices where !filled[index] {
      values[index] = try defaultValue(builtin, index, file, callRange)
    }
    for index in parameters.indices where filled[index] {
      let range = argumentRanges[index] ?? callRange
      if parameters[index].isVariadic {
        for item in rest { try check(item, parameters[index], builtin, file, range) }
      } else {
        try check(values[index], parameters[index], builtin, file, range)
      }
    }
    let base = top
    reserve(values.count)
    top = base + values.count
    for (index, value) in values.enumerated() { stack[base + index] = value }
    let site = BuiltinCallSite(
      builtin: builtin, ranges: argumentRanges, callRange: callRange,
      file: file)
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
      throw error.located(site.file, site.callRange)
    } catch {
      throw RuntimeError(String(describing: error), file: site.file, range: site.callRange)
    }
  }

  /// The default of an argument the call left out; an error when it is required.
  private func defaultValue(
    _ builtin: Builtin, _ index: Int, _ file: SourceFile,
    _ callRange: SourceRange
  ) throws(RuntimeError) -> Value {
    guard let value = builtin.parameters[index].defaultValue else {
      throw RuntimeError(
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
      stack[base + index] = try defaultValue(builtin, index, file, callRange)
    }
    let checks = builtin.checks
    for index in 0..<given where !checks[index].accepts(stack[base + index]) {
      try check(stack[base + index], parameters[index], builtin, file, ranges[index] ?? callRange)
    }
    return try runBuiltin(site, base: base)
  }

  private func check(
    _ value: Value, _ parameter: Parameter, _ builtin: Builtin,
    _ file: SourceFile, _ range: SourceRange
  ) throws(RuntimeError) {
    guard !parameter.accepts(value) else { return }
    throw RuntimeError(
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
