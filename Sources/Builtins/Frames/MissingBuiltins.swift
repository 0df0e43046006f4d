import Interpreter
import Tensor

extension Builtins {
  static let missing: [Builtin] = [
    Builtin(
      "is_na", area: .frames, summary: "Where values are missing (nil) or NaN, as pandas' isna.",
      parameters: [
        Parameter(
          "x", .any(because: "a column is tested row by row, any other value as one value"),
          "A column, or any single value.")
      ],
      returns: .oneOf([.column, .bool]),
      details: "Row by row for a column: true where the value is missing or NaN, never "
        + "missing itself, so `where(is_na(.x))` picks the gaps. `.x == nil` is an error: it "
        + "would be missing in every row. For a single value: true for nil and NaN.",
      examples: [
        Example("list(is_na(column([1.5, nil, 3.0])))", "[false, true, false]"),
        Example("is_na(nil)", "true"),
      ]
    ) { args in MissingTests.test(args.value("x"), missing: true) },
    Builtin(
      "not_na", area: .frames,
      summary: "Where values are present (neither nil nor NaN), as pandas' notna.",
      parameters: [
        Parameter(
          "x", .any(because: "a column is tested row by row, any other value as one value"),
          "A column, or any single value.")
      ],
      returns: .oneOf([.column, .bool]),
      details: "The negation of is_na: `df |> where(not_na(.temp))` keeps the rows that have "
        + "a temperature.",
      examples: [
        Example("list(not_na(column([\"a\", nil])))", "[true, false]"),
        Example("not_na(0)", "true"),
      ]
    ) { args in MissingTests.test(args.value("x"), missing: false) },
  ]
}

/// is_na and not_na: missing values and NaN, row by row or for one value.
enum MissingTests {
  static func test(_ value: Value, missing: Bool) -> Value {
    switch value {
    case .object(let column as ColumnValue):
      let flags = (0..<column.column.count).map { isAbsent(column.column, $0) == missing }
      return .column(Column(name: column.column.name, storage: .bool(flags)))
    case .null: return .bool(missing)
    case .float(let x): return .bool(x.isNaN == missing)
    default: return .bool(!missing)
    }
  }

  static func isAbsent(_ column: Column, _ row: Int) -> Bool {
    if column.isMissing(row) { return true }
    if case .float(let values) = column.storage { return values[row].isNaN }
    return false
  }
}
