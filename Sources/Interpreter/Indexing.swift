import Lang

/// `a[i]`, `a[lo:hi:step]`, `r.key` and assignment to them, on values. Errors come back
/// without a place; the caller adds it.
public enum Indexing {
  /// Python-style index: negative counts from the end. nil when out of range.
  static func position(_ index: Int, count: Int) -> Int? {
    let position = index < 0 ? count + index : index
    return position >= 0 && position < count ? position : nil
  }

  static func element(_ base: Value, _ index: Value) throws(RuntimeError) -> Value {
    switch (base, index) {
    case (.list(let list), .int(let i)):
      guard let at = position(i, count: list.items.count) else {
        throw RuntimeError(
          .indexOutOfRange, InterpreterMessages.indexOutOfRange(i, list.items.count))
      }
      return list.items[at]
    case (.string(let text), .int(let i)):
      let characters = Array(text)
      guard let at = position(i, count: characters.count) else {
        throw RuntimeError(
          .indexOutOfRange, InterpreterMessages.indexOutOfRange(i, characters.count))
      }
      return .string(String(characters[at]))
    case (.range(let range), .int(let i)):
      guard let at = position(i, count: range.count) else {
        throw RuntimeError(.indexOutOfRange, InterpreterMessages.indexOutOfRange(i, range.count))
      }
      return .int(range.element(at))
    case (.record(let record), .string(let key)):
      guard let value = record[key] else { throw missingKey(key, record) }
      return value
    case (.list, _), (.string, _), (.range, _):
      throw RuntimeError(.indexType, InterpreterMessages.indexType(base.typeName, index.typeName))
    case (.cell(let cell), _): return try element(cell.value, index)
    case (.object(let object), _):
      if let value = try object.element(index) { return value }
      throw RuntimeError(
        .indexType, InterpreterMessages.cannotIndexWith(base.typeName, index.typeName))
    default: throw RuntimeError(.notIndexable, InterpreterMessages.cannotIndex(base.typeName))
    }
  }

  static func missingKey(_ key: String, _ record: RecordObject) -> RuntimeError {
    let suggestion = Suggest.closest(to: key, in: record.keys)
    return RuntimeError(
      .noField, InterpreterMessages.unknownKey(key),
      label: suggestion.map(Messages.didYouMean) ?? "",
      help: record.keys.isEmpty ? nil : InterpreterMessages.recordKeys(record.keys))
  }

  /// The element positions a slice selects, clamped like Python's.
  /// The positions a slice `[lower:upper:step]` selects from `count` elements (for objects
  /// that slice like lists).
  public static func positions(count: Int, lower: Int?, upper: Int?, step: Int?)
    throws(RuntimeError) -> [Int]
  {
    try slicePositions(count: count, lower: lower, upper: upper, step: step)
  }

  static func slicePositions(count: Int, lower: Int?, upper: Int?, step: Int?)
    throws(RuntimeError) -> [Int]
  {
    let step = step ?? 1
    guard step != 0 else { throw RuntimeError(.sliceStepZero, InterpreterMessages.stepZero) }
    func clamp(_ value: Int?, _ fallback: Int, _ low: Int, _ high: Int) -> Int {
      guard let value else { return fallback }
      // Below -count means "before the first element": 0 going forward, -1 going backward.
      if value < -count { return low }
      let adjusted = value < 0 ? value + count : value
      return min(max(adjusted, low), high)
    }
    if step > 0 {
      let start = clamp(lower, 0, 0, count)
      let end = clamp(upper, count, 0, count)
      return Array(stride(from: start, to: end, by: step))
    }
    let start = clamp(lower, count - 1, -1, count - 1)
    let end = upper == nil ? -1 : clamp(upper, -1, -1, count - 1)
    return Array(stride(from: start, to: end, by: step))
  }

  static func slice(_ base: Value, _ lower: Int?, _ upper: Int?, _ step: Int?)
    throws(RuntimeError) -> Value
  {
    switch base {
    case .list(let list):
      let positions = try slicePositions(
        count: list.items.count, lower: lower, upper: upper,
        step: step)
      return .list(ListObject(positions.map { list.items[$0] }))
    case .string(let text):
      let characters = Array(text)
      let positions = try slicePositions(
        count: characters.count, lower: lower, upper: upper,
        step: step)
      return .string(String(positions.map { characters[$0] }))
    case .range(let range):
      let positions = try slicePositions(
        count: range.count, lower: lower, upper: upper,
        step: step)
      return .list(ListObject(positions.map { .int(range.element($0)) }))
    case .cell(let cell): return try slice(cell.value, lower, upper, step)
    case .object(let object):
      if let value = try object.slice(lower, upper, step) { return value }
      throw RuntimeError(.notIndexable, InterpreterMessages.cannotIndex(base.typeName))
    default: throw RuntimeError(.notIndexable, InterpreterMessages.cannotIndex(base.typeName))
    }
  }

  static func setElement(_ base: Value, _ index: Value, _ value: Value) throws(RuntimeError) {
    switch (base, index) {
    case (.list(let list), .int(let i)):
      guard let at = position(i, count: list.items.count) else {
        throw RuntimeError(
          .indexOutOfRange, InterpreterMessages.indexOutOfRange(i, list.items.count))
      }
      list.items[at] = value
    case (.record(let record), .string(let key)): record[key] = value
    case (.list, _):
      throw RuntimeError(.indexType, InterpreterMessages.indexType("list", index.typeName))
    case (.cell(let cell), _): try setElement(cell.value, index, value)
    case (.object(let object), _):
      guard try object.setElement(index, value) else {
        throw RuntimeError(.notIndexable, InterpreterMessages.cannotSetIndex(base.typeName))
      }
    default: throw RuntimeError(.notIndexable, InterpreterMessages.cannotSetIndex(base.typeName))
    }
  }

  static func member(_ base: Value, _ name: String) throws(RuntimeError) -> Value {
    switch base {
    case .record(let record):
      guard let value = record[name] else { throw missingKey(name, record) }
      return value
    case .cell(let cell): return try member(cell.value, name)
    case .object(let object):
      if let value = try object.member(name) { return value }
      let suggestion = Suggest.closest(to: name, in: object.memberNames)
      throw RuntimeError(
        .noField, InterpreterMessages.noField(name, base.typeName),
        label: suggestion.map(Messages.didYouMean) ?? "",
        help: suggestion == nil ? InterpreterMessages.pythonMember(name) : nil)
    default: throw RuntimeError(.noField, InterpreterMessages.noField(name, base.typeName))
    }
  }
}
