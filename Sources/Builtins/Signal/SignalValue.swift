import Foundation
import Interpreter
import Tensor

/// Sound as an awi value: float64 samples in [−1, 1) with their sample rate, channel count,
/// the file they came from and, when the file said, the recording's start time.
final class SignalValue: ObjectValue {
  let audio: Audio
  let source: String?

  init(_ audio: Audio, source: String? = nil) {
    self.audio = audio
    self.source = source
  }

  var typeName: String { "signal" }
  var length: Int? { audio.frames }

  var shortDescription: String {
    "<signal \(FrameDisplay.number(audio.duration)) s, \(rateText) Hz, "
      + "\(audio.channels) channel\(audio.channels == 1 ? "" : "s")>"
  }

  var rateText: String { TensorLabels.number(audio.rate) }

  func display(width: Int) -> String {
    var lines = [
      "signal: \(audio.frames) frames × \(audio.channels) channel\(audio.channels == 1 ? "" : "s") "
        + "at \(rateText) Hz (\(FrameDisplay.number(audio.duration)) s, \(audio.encoding.name))"
    ]
    if let source { lines.append("source: \(source)") }
    if let start = startText { lines.append("start: \(start)") }
    return lines.joined(separator: "\n")
  }

  var startText: String? {
    audio.startTime.map { ISOTime.text(Int64(($0 * 1e6).rounded())) }
  }

  /// The samples as a tensor: `(frames,)` for mono, `(channels, frames)` otherwise.
  var samples: Tensor {
    if audio.channels == 1 { return Tensor.vector(audio.samples) }
    return (try? Tensor(shape: [audio.channels, audio.frames], data: audio.samples))
      ?? Tensor.vector(audio.samples)
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "samples": return .object(TensorValue(samples))
    case "rate":
      return audio.rate == audio.rate.rounded() ? .int(Int(audio.rate)) : .float(audio.rate)
    case "channels": return .int(audio.channels)
    case "frames": return .int(audio.frames)
    case "duration": return .float(audio.duration)
    case "source": return source.map { .string($0) } ?? .null
    case "start": return startText.map { .string($0) } ?? .null
    default: return nil
    }
  }

  var memberNames: [String] {
    ["samples", "rate", "channels", "frames", "duration", "source", "start"]
  }
}
