/// The classes of a classification target, sorted as sklearn's `np.unique` (numbers
/// ascending, strings by code point), and each row's class id.
public enum ClassLabels: Sendable, Equatable {
  case int([Int])
  case bool([Bool])
  case string([String])

  public var count: Int {
    switch self {
    case .int(let values): return values.count
    case .bool(let values): return values.count
    case .string(let values): return values.count
    }
  }

  /// Display names of the classes.
  public var names: [String] {
    switch self {
    case .int(let values): return values.map(String.init)
    case .bool(let values): return values.map(String.init)
    case .string(let values): return values
    }
  }

  /// The classes of `column` and each row's class id; throws for a float or time column or
  /// missing values.
  public static func encode(_ column: Column) throws(LearningError) -> (ClassLabels, [Int]) {
    guard column.missingCount == 0 else {
      throw LearningError(
        TensorMessages.learningTargetMissing(column.name, column.missingCount), at: "target")
    }
    switch column.storage {
    case .int(let values):
      let classes = Array(Set(values)).sorted()
      let lookup = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
      return (.int(classes), values.map { lookup[$0] ?? 0 })
    case .bool(let values):
      let classes = [false, true].filter { values.contains($0) }
      return (.bool(classes), values.map { classes.firstIndex(of: $0) ?? 0 })
    case .string(let codes, let dictionary):
      let used = Array(Set(codes.map { dictionary[Int($0)] })).sorted {
        $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
      }
      let lookup = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
      let byCode = dictionary.map { lookup[$0] ?? -1 }
      return (.string(used), codes.map { byCode[Int($0)] })
    default:
      throw LearningError(
        TensorMessages.learningTargetNotClasses(column.name, column.type.rawValue), at: "target")

    }
  }

  /// Class ids of `column`'s values under these classes; -1 for a value not among them.
  public func ids(of column: Column) -> [Int] {
    switch (self, column.storage) {
    case (.int(let classes), .int(let values)):
      let lookup = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
      return values.enumerated().map { column.isMissing($0) ? -1 : lookup[$1] ?? -1 }
    case (.bool(let classes), .bool(let values)):
      return values.enumerated().map {
        column.isMissing($0) ? -1 : classes.firstIndex(of: $1) ?? -1
      }
    case (.string(let classes), .string(let codes, let dictionary)):
      let lookup = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
      let byCode = dictionary.map { lookup[$0] ?? -1 }
      return codes.enumerated().map { column.isMissing($0) ? -1 : byCode[Int($1)] }
    default: return [Int](repeating: -1, count: column.count)
    }
  }

  /// A column holding the classes with the given ids.
  public func column(named name: String, ids: [Int]) -> Column {
    switch self {
    case .int(let classes): return Column(name: name, storage: .int(ids.map { classes[$0] }))
    case .bool(let classes): return Column(name: name, storage: .bool(ids.map { classes[$0] }))
    case .string(let classes): return Column(name: name, storage: .strings(ids.map { classes[$0] }))
    }
  }
}
