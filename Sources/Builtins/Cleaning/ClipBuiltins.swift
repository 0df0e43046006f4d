import Interpreter
import Tensor

extension Builtins {
  static let clipping: [Builtin] = [
    Builtin(
      "clip", area: .cleaning, summary: "Limits a numeric column's values to a range.",
      parameters: [
        Parameter("column", .column, "An int or float column."),
        Parameter(
          "lower", .optional(.oneOf([.number, .quantity])),
          "The smallest value kept (a number or quantity); nil for none.",
          default: .null),
        Parameter(
          "upper", .optional(.oneOf([.number, .quantity])),
          "The largest value kept (a number or quantity); nil for none.",
          default: .null),
      ],
      returns: .column,
      details: "As pandas' clip(lower, upper): values below lower become lower, values above "
        + "upper become upper, missing values stay missing. An int column stays int when "
        + "the bounds are whole numbers; int bounds clip an int column exactly, past 2^53. "
        + "Quantity bounds are converted to the column's unit.",
      examples: [Example("list(clip(column([-2, 5, 12]), lower=0, upper=10))", "[0, 5, 10]")]
    ) { args in
      let column = try args.column("column")
      let lower = try UnitConversion.number(args, "lower", in: column.physicalUnit)
      let upper = try UnitConversion.number(args, "upper", in: column.physicalUnit)
      if let lower, let upper, lower > upper {
        throw args.error(
          .valueOutOfRange, CleaningMessages.boundsReversed(lower, upper), at: "lower")
      }
      if case .int(let values) = column.storage,
        let bounds = ClipBounds.ints(args.value("lower"), args.value("upper"))
      {
        return .column(Scaling.clipped(column, values, lower: bounds.lower, upper: bounds.upper))
      }
      guard let result = Scaling.clipped(column, lower: lower, upper: upper) else {
        throw args.error(
          .notNumeric, FrameMessages.notNumeric(column.name, column.type), at: "column")
      }
      return .column(result)
    }
  ]
}

/// Int bounds of clip, kept exact for an int column.
enum ClipBounds {
  /// Both bounds as ints (nil for an absent one); nil when a given bound is not an int.
  static func ints(_ lower: Value, _ upper: Value) -> (lower: Int?, upper: Int?)? {
    func bound(_ value: Value) -> Int?? {
      switch value {
      case .null: return .some(nil)
      case .int(let x): return .some(x)
      default: return nil
      }
    }
    guard let low = bound(lower), let high = bound(upper) else { return nil }
    return (low, high)
  }
}
