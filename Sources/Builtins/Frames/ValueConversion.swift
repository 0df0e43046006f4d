import Interpreter
import Tensor

/// Moving between awi values and Tensor's columns and scalars.
enum ValueConversion {
  /// A column from a list of values; the type is the widest of its values (int < float),
  /// nil values are missing. nil when the values mix kinds that no column type holds.
  static func column(_ values: [Value], name: String) -> Column? {
    var validity = Bitmap(count: values.count)
    var kind: ColumnType?
    for (row, value) in values.enumerated() {
      let rowKind: ColumnType
      switch value {
      case .null:
        validity.set(row, false)
        continue
      case .int: rowKind = .int
      case .float: rowKind = .float
      case .bool: rowKind = .bool
      case .string: rowKind = .string
      case .object(let object) where object is QuantityValue:
        return UnitReductions.column(values, name: name)
      default: return nil
      }
      switch (kind, rowKind) {
      case (nil, _): kind = rowKind
      case (.int?, .float), (.float?, .int): kind = .float
      case (let current?, _) where current == rowKind: break
      default: return nil
      }
    }
    let storage: ColumnStorage
    switch kind ?? .float {
    case .int:
      storage = .int(values.map { if case .int(let x) = $0 { return x } else { return 0 } })
    case .float: storage = .float(values.map { number($0) ?? .nan })
    case .bool:
      storage = .bool(values.map { if case .bool(let x) = $0 { return x } else { return false } })
    case .string:
      storage = .strings(values.map { if case .string(let x) = $0 { return x } else { return "" } })
    case .time: storage = .time([])
    }
    return Column(name: name, storage: storage, validity: validity)
  }

  static func number(_ value: Value) -> Double? {
    switch value {
    case .int(let x): return Double(x)
    case .float(let x): return x
    default: return nil
    }
  }

  /// The value of one row of a column; nil for a missing value.
  static func value(_ column: Column, row: Int) -> Value {
    if column.isMissing(row) { return .null }
    switch column.storage {
    case .float(let values): return .float(values[row])
    case .int(let values): return .int(values[row])
    case .bool(let values): return .bool(values[row])
    case .string(let codes, let dictionary): return .string(dictionary[Int(codes[row])])
    case .time(let values): return .string(ISOTime.text(values[row]))
    }
  }

  /// An operand for Tensor's kernels, or nil for values that are neither a column nor a scalar.
  static func operand(_ value: Value) -> Elementwise.Operand? {
    switch value {
    case .object(let object as ColumnValue): return .column(object.column)
    case .int(let x): return .scalar(.int(x))
    case .float(let x): return .scalar(.float(x))
    case .bool(let x): return .scalar(.bool(x))
    case .string(let x): return .scalar(.string(x))
    case .null: return .scalar(.missing)
    default: return nil
    }
  }
}
