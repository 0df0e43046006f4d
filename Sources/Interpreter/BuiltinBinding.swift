import Lang

/// One builtin call's arguments being bound to its declared parameters, in the steps
/// `Machine.callBuiltin` takes: positions, names, defaults, then kinds. Every error points
/// at the argument it is about (or the whole call for a missing one).
struct BuiltinBinding {
  let builtin: Builtin
  let file: SourceFile
  let callRange: SourceRange
  /// One value per parameter, in declaration order.
  var values: [Value]
  /// Where each parameter's argument stands; nil when the call left it out.
  var ranges: [SourceRange?]
  var filled: [Bool]
  /// The positional arguments a variadic parameter collects.
  var rest: [Value] = []

  init(_ builtin: Builtin, file: SourceFile, callRange: SourceRange) {
    let count = builtin.parameters.count
    self.builtin = builtin
    self.file = file
    self.callRange = callRange
    values = Array(repeating: .null, count: count)
    ranges = Array(repeating: nil, count: count)
    filled = Array(repeating: false, count: count)
  }

  /// Positional arguments go to the parameters in order; those from a variadic parameter on
  /// are collected into its list.
  mutating func place(positional: [Value], at argumentRanges: [SourceRange])
    throws(RuntimeError)
  {
    let parameters = builtin.parameters
    let variadic = parameters.firstIndex(where: \.isVariadic)
    for (index, value) in positional.enumerated() {
      let range = index < argumentRanges.count ? argumentRanges[index] : callRange
      if let variadic, index >= variadic {
        rest.append(value)
        ranges[variadic] = ranges[variadic].map { $0.union(range) } ?? range
      } else if index < parameters.count, !parameters[index].isKeywords {
        set(index, value, range)
      } else {
        throw RuntimeError(
          .tooManyArguments,
          InterpreterMessages.tooManyArguments(builtin.name, parameters.count, positional.count),
          file: file, range: range)
      }
    }
    if let variadic { set(variadic, .list(ListObject(rest)), ranges[variadic]) }
  }

  /// Named arguments go to the parameter of that name, or into the `**` record when there
  /// is one; an unknown name suggests the closest parameter.
  mutating func place(named: [(String, Value)], at argumentRanges: [SourceRange])
    throws(RuntimeError)
  {
    let parameters = builtin.parameters
    let keywordsIndex = parameters.firstIndex(where: \.isKeywords)
    var keywords: [(String, Value)] = []
    for (offset, (name, value)) in named.enumerated() {
      let range = offset < argumentRanges.count ? argumentRanges[offset] : callRange
      if let index = parameters.firstIndex(where: {
        $0.name == name && !$0.isVariadic && !$0.isKeywords
      }) {
        guard !filled[index] else { throw duplicate(name, range) }
        set(index, value, range)
      } else if let keywordsIndex {
        guard !keywords.contains(where: { $0.0 == name }) else { throw duplicate(name, range) }
        keywords.append((name, value))
        ranges[keywordsIndex] = ranges[keywordsIndex].map { $0.union(range) } ?? range
      } else {
        let suggestion = Suggest.closest(to: name, in: parameters.map(\.name))
        throw RuntimeError(
          .unknownParameter, InterpreterMessages.noParameter(builtin.name, name), file: file,
          range: range, label: suggestion.map(Messages.didYouMean) ?? "")
      }
    }
    if let keywordsIndex {
      let record = RecordObject(keys: keywords.map(\.0), values: keywords.map(\.1))
      set(keywordsIndex, .record(record), ranges[keywordsIndex])
    }
  }

  /// The declared defaults of the parameters the call left out; an error for a required one.
  mutating func fillDefaults() throws(RuntimeError) {
    for index in builtin.parameters.indices where !filled[index] {
      values[index] = try Machine.defaultValue(builtin, index, file, callRange)
    }
  }

  /// Every given argument (each item of a variadic one) against its parameter's kind.
  func checkKinds() throws(RuntimeError) {
    for (index, parameter) in builtin.parameters.enumerated() where filled[index] {
      let range = ranges[index] ?? callRange
      let given = parameter.isVariadic ? rest : [values[index]]
      for value in given {
        try Machine.check(value, parameter, builtin, file, range)
      }
    }
  }

  private mutating func set(_ index: Int, _ value: Value, _ range: SourceRange?) {
    values[index] = value
    ranges[index] = range
    filled[index] = true
  }

  private func duplicate(_ name: String, _ range: SourceRange) -> RuntimeError {
    RuntimeError(
      .duplicateArgument, InterpreterMessages.duplicateArgument(name, builtin.name), file: file,
      range: range)
  }
}
