import Lang

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
      } else if index < parameters.count {
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
    for (offset, (name, value)) in named.enumerated() {
      let range = offset < namedRanges.count ? namedRanges[offset] : callRange
      guard let index = parameters.firstIndex(where: { $0.name == name && !$0.isVariadic })
      else {
        let suggestion = Suggest.closest(to: name, in: parameters.map(\.name))
        throw RuntimeError(InterpreterMessages.noParameter(builtin.name, name), file: file,
                           range: range, label: suggestion.map(Messages.didYouMean) ?? "")
      }
      if filled[index] {
        throw RuntimeError(InterpreterMessages.duplicateArgument(name, builtin.name),
                           file: file, range: range)
      }
      values[index] = value
      argumentRanges[index] = range
      filled[index] = true
    }
    for index in parameters.indices where !filled[index] {
      guard let defaultValue = parameters[index].defaultValue else {
        throw RuntimeError(InterpreterMessages.missingArgument(parameters[index].name,
                                                               builtin.name),
                           file: file, range: callRange)
      }
      values[index] = defaultValue.value
    }
    for index in parameters.indices where filled[index] && !parameters[index].isVariadic {
      try check(values[index], parameters[index], builtin, file,
                argumentRanges[index] ?? callRange)
    }
    var arguments = Arguments(builtin: builtin, values: values, ranges: argumentRanges,
                              callRange: callRange, file: file, machine: self)
    do {
      return try builtin.body(&arguments)
    } catch let error as RuntimeError {
      throw error.located(file, callRange)
    } catch {
      throw RuntimeError(String(describing: error), file: file, range: callRange)
    }
  }

  private func check(_ value: Value, _ parameter: Parameter, _ builtin: Builtin,
                     _ file: SourceFile, _ range: SourceRange) throws(RuntimeError) {
    guard !Machine.matches(value, parameter.kind) else { return }
    throw RuntimeError(
      InterpreterMessages.argumentType(parameter.name, builtin.name, parameter.kind.description,
                                       Machine.describe(value)),
      file: file, range: range)
  }

  static func describe(_ value: Value) -> String {
    if case .string(let text) = value { return "\"\(text)\"" }
    return value.typeName
  }

  static func matches(_ value: Value, _ kind: Parameter.Kind) -> Bool {
    switch (kind, value) {
    case (.any, _): return true
    case (.int, .int), (.int, .bool): return true
    case (.number, .int), (.number, .float), (.number, .bool): return true
    case (.string, .string), (.bool, .bool), (.list, .list), (.record, .record): return true
    case (.function, .function), (.function, .builtin): return true
    case (.sequence, .list), (.sequence, .range), (.sequence, .string), (.sequence, .record):
      return true
    case (.optional, .null): return true
    case (.optional(let inner), _): return matches(value, inner)
    case (.choice(let options), .string(let text)): return options.contains(text)
    default: return false
    }
  }
}
