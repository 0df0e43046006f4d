import Interpreter
import Tensor

extension Builtins {
  static let features: [Builtin] = [
    Builtin(
      "frame_features", area: .signal,
      summary: "A frame of per-frame features of a spectrogram, ready for fit.",
      parameters: [
        Parameter("spec", .tensor, "A spectrogram or melspectrogram (power or magnitude values)."),
        Parameter(
          "bands", .listOf(.listOf(.number)),
          "Frequency bands [[lo, hi], …] in Hz whose energy becomes a column each.",
          default: .list),
        Parameter(
          "rolloff", .number, "The share of the energy below the rolloff frequency.",
          default: .float(0.85)),
      ],
      returns: .frame,
      details: "One row per time frame: time (s, or absolute times when the recording had a "
        + "start time), rms and zcr (zero-crossing rate: sign changes / frame length) of the "
        + "samples the frame covered (padding counts as zeros), spectral centroid and "
        + "bandwidth (Hz, librosa's definitions weighted by the values as given), rolloff "
        + "(the lowest frequency below which `rolloff` of the frame's total lies), flatness "
        + "(geometric / arithmetic mean of max(S, 1e-10)), and band_<lo>_<hi>: Σ S·Δf over "
        + "lo ≤ f < hi (band power for a PSD; a melspectrogram's bands are summed without Δf).",
      examples: [
        Example(
          "s = signal([0, 1, 0, -1] * 256, rate=4000)\n"
            + "f = frame_features(spectrogram(s, window=\"hann\"), bands=[[0, 500], [500, 2000]])\n"
            + "names(f)",
          "[\"time\", \"rms\", \"zcr\", \"centroid\", \"bandwidth\", \"rolloff\", \"flatness\", "
            + "\"band_0_500\", \"band_500_2000\"]")
      ]
    ) { args in try FeatureBinding.frameFeatures(args) }
  ]
}

enum FeatureBinding {
  static func frameFeatures(_ args: Arguments) throws -> Value {
    guard case .object(let object as TensorValue) = args.value("spec"), let labels = object.labels,
      object.tensor.rank == 2, labels.axes.count == 2, labels.axes[0].unit == "Hz"
    else {
      throw args.error(SignalMessages.needsSpectrogram, at: "spec")
    }
    let fraction = try args.double("rolloff")
    guard fraction > 0, fraction <= 1 else {
      throw args.error(.valueOutOfRange, SignalMessages.rolloffRange(fraction), at: "rolloff")
    }
    let bands = try args.list("bands").map { item -> (Double, Double) in
      guard let pair = try? Iteration.elements(of: item), pair.count == 2,
        let lo = ValueConversion.number(pair[0]), let hi = ValueConversion.number(pair[1]), lo < hi
      else {
        throw args.error(SignalMessages.badBand, at: "bands")
      }
      return (lo, hi)
    }
    let coverage = labels.frames.map {
      FrameFeatures.Coverage(
        samples: $0.samples, offset: $0.offset, step: $0.step, length: $0.length)
    }
    let frequencies = labels.axes[0].values
    // Linear frequency bins have a width; mel bands are summed as they are.
    let binWidth =
      labels.axes[0].name == "frequency" && frequencies.count > 1
      ? abs(frequencies[1] - frequencies[0]) : 1
    let columns = FrameFeatures.compute(
      object.tensor, frequencies: frequencies, binWidth: binWidth, bands: bands,
      fraction: fraction, coverage: coverage)
    let times = labels.axes[1].values
    let time: Column
    if let origin = labels.timeOrigin {
      time = Column(
        name: "time", storage: .time(times.map { Int64(((origin + $0) * 1e6).rounded()) }))
    } else {
      time = Column(name: "time", storage: .float(times), unit: "s")
    }
    var frame = try Frame(
      columns: [time] + columns.map { Column(name: $0.name, storage: .float($0.values)) })
    // How these features were made from a recording, for models trained on them.
    if let spectrum = labels.recipe,
      let features = SignalRecipe.record(args, function: "frame_features")
    {
      frame.metadata.append(
        (
          "feature_extraction",
          JSON.object([("spectrum", spectrum), ("features", features)]).text(pretty: false)
        ))
    }
    return .object(FrameValue(frame))
  }
}
