import Tensor

/// Texts of the frame verbs (merge, concat, fill_na, astype, sample, rolling, pivots),
/// alphabetical. One lowercase sentence, code in quotes.
enum VerbMessages {
  static let columnsHoldFloat64 = "columns hold float64 values"
  static func cannotConvert(_ value: String, _ row: Int, _ type: String) -> String {
    "cannot convert \(value) at row \(row) to \(type)"
  }
  static func duplicatePair(_ id: [String], _ name: String) -> String {
    "rows with id (\(id.joined(separator: ", "))) have more than one value for '\(name)'"
  }
  static func keyTypes(_ name: String, _ a: ColumnType, _ b: ColumnType) -> String {
    "key column '\(name)' is \(a.rawValue) on the left and \(b.rawValue) on the right"
  }
  static func mixedTypes(_ name: String, _ a: ColumnType, _ b: ColumnType) -> String {
    "column '\(name)' is \(a.rawValue) in one frame and \(b.rawValue) in another"
  }
  static func missingName(_ name: String, _ row: Int) -> String {
    "column '\(name)' has a missing value at row \(row); new column names come from its values"
  }
  static func noKeyColumn(_ name: String, left: Bool) -> String {
    "no column '\(name)' in the \(left ? "left" : "right") frame"
  }
  static let fillNeedsOne = "fill_na() takes a value or a method, not both and not neither"
  static func notNumeric(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue); this needs numbers"
  }
  static func tensorHoldsFloats(_ type: String) -> String {
    "a tensor holds floats, not \(type) values"
  }
  static func valueDoesNotFit(_ value: String, _ type: ColumnType) -> String {
    "\(value) cannot fill a \(type.rawValue) column"
  }
}
