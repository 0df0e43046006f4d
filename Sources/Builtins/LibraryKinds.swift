import Interpreter

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
}
