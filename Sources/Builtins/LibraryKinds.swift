import Interpreter
import Tensor

/// Parameter kinds that several areas of the library share, named for what the body reads.
extension Parameter.Kind {
  /// What a plot reads as one series of numbers (PlotSeries.from).
  static let series = Parameter.Kind.oneOf([.column, .tensor, .list, .range])
  /// What TensorValue.tensor(from:) reads: a tensor, a number, nested lists or a range of
  /// numbers, or a netCDF variable.
  static let tensorLike = Parameter.Kind.oneOf([
    .tensor, .number, .list, .range, .object("netcdf variable"),
  ])
  /// A mono signal, or samples as a tensor or list (then the call needs a rate).
  static let signalLike = Parameter.Kind.oneOf([.signal, .tensorLike])
  /// A window as scipy names it ("hann", ["tukey", 0.5]) or its values.
  static let window = Parameter.Kind.oneOf([.string, .list, .tensor])
  /// A time as ISO 8601 text, such as "2024-03-01T12:00Z": binding checks it with the parser
  /// that reads time columns (TimeParsing.iso).
  static let time = Parameter.Kind.text(
    TextForm(noun: "time (ISO 8601 text)", plural: "times (ISO 8601 text)") {
      TimeParsing.iso($0) != nil
    })
  /// A length of time as text, such as "1h" or "90s": binding checks it with the parser the
  /// time builtins use (Duration.microseconds).
  static let duration = Parameter.Kind.text(
    TextForm(noun: "duration (text such as \"1h\")", plural: "durations") {
      Duration.microseconds($0) != nil
    })
}
