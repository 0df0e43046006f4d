import Foundation
import Interpreter
import Tensor

/// What a spectral result knows beyond its numbers: the coordinates of its axes (frequency
/// in Hz, time in s, mel band centres …), where its time axis starts in absolute time, the
/// sample rate it came from, and which samples each time frame covered (for per-frame
/// features). Element-wise arithmetic that keeps the shape keeps the labels; anything else
/// gives a plain tensor.
struct TensorLabels {
  struct Axis {
    let name: String
    let unit: String
    let values: [Double]
  }

  /// Time frame j covered `samples[offset + j·step ..< offset + j·step + length]` (indices
  /// outside the signal were padding).
  struct Frames {
    let samples: [Double]
    let offset: Int
    let step: Int
    let length: Int
  }

  var axes: [Axis]
  /// Seconds since 1970 (UTC) of time 0, when the recording gave a start time.
  var timeOrigin: Double?
  var rate: Double?
  var frames: Frames?
  /// How the values were made (e.g. "psd", "complex", "mel power"), shown in the header.
  var kind: String
  /// The call that made them from a signal, {function, arguments}, so a model trained on
  /// features of it can repeat it on new recordings.
  var recipe: JSON?
  /// The unit of the values (a netCDF variable's `units`), shown in the header.
  var unit: String? = nil

  func axis(_ name: String) -> Axis? { axes.first { $0.name == name } }

  /// `frequency 0 … 4000 Hz × time 0.016 … 2.48 s`.
  var summary: String {
    axes.map { axis in
      let range =
        axis.values.count > 1
        ? TensorLabels.number(axis.values[0]) + " … "
          + TensorLabels.number(axis.values[axis.values.count - 1])
        : axis.values.first.map(TensorLabels.number) ?? "empty"
      return "\(axis.name) \(range)\(axis.unit.isEmpty ? "" : " " + axis.unit)"
    }.joined(separator: " × ")
  }

  /// Whole numbers without a decimal point (8000 Hz, coefficient 19), others as frames show them.
  static func number(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : FrameDisplay.number(x)
  }

  func display(_ tensor: Tensor) -> String {
    var header = "tensor \(TensorText.shape(tensor.shape)) \(kind): \(summary)"
    if let timeOrigin {
      header += "\ntime 0 = " + ISOTime.text(Int64((timeOrigin * 1e6).rounded()))
    }
    return header + "\n" + TensorText.body(tensor.data[...], tensor.shape[...], indent: 0)
  }
}

extension TensorValue {
  /// A labelled result keeps its labels through shape-preserving arithmetic.
  func keepingLabels(_ value: Value?) -> Value? {
    guard let labels, case .object(let result as TensorValue)? = value,
      result.labels == nil, result.tensor.shape == tensor.shape
    else { return value }
    result.labels = labels
    return value
  }
}
