import Interpreter
import Tensor

/// spectrogram, stft and istft: arguments to a SegmentSetup with scipy's defaults and
/// checks, results to labelled tensors.
enum SpectralBinding {
  static func spectrogram(_ args: Arguments) throws -> Value {
    let input = try args.signal("x")
    let setup = try segmentSetup(
      args, input, fallback: .tukey(alpha: 0.25), overlapDivisor: 8,
      detrend: try detrend(args))
    let mode = SpectralMode(rawValue: try args.string("mode")) ?? .psd
    try args.checkSize(
      [setup.bins, Spectral.segmentCount(input.samples.count, setup), mode == .complex ? 2 : 1],
      SignalMessages.sizedSpectrogram, at: "nfft")
    let result = Spectral.spectrogram(
      input.samples, setup, density: try args.string("scaling") == "density", mode: mode)
    let frames = TensorLabels.Frames(
      samples: input.samples, offset: 0, step: setup.step, length: setup.segmentLength)
    let value = labelled(result, input, setup.rate, frames, kind: mode.rawValue)
    if case .object(let tensor as TensorValue) = value {
      tensor.labels?.recipe = SignalRecipe.record(args, function: "spectrogram")
    }
    return value
  }

  static func stft(_ args: Arguments) throws -> Value {
    let input = try args.signal("x")
    let setup = try segmentSetup(
      args, input, fallback: .hann, overlapDivisor: 2, detrend: try detrend(args))
    let boundary = Spectral.Boundary(rawValue: try args.string("boundary")) ?? .zeros
    if boundary == .even || boundary == .odd, input.samples.count <= setup.segmentLength / 2 {
      throw args.error(
        .signalTooShort, SignalMessages.boundaryTooShort(boundary, setup.segmentLength / 2),
        at: "boundary")
    }
    let extendedLength = input.samples.count + 2 * setup.segmentLength
    try args.checkSize(
      [setup.bins, Spectral.segmentCount(extendedLength, setup) + 1, 2], SignalMessages.sizedSTFT,
      at: "nfft")
    let result = Spectral.stft(
      input.samples, setup, density: try args.string("scaling") == "psd", boundary: boundary,
      padded: try args.bool("padded"))
    let offset = boundary == .none ? 0 : -(setup.segmentLength / 2)
    let frames = TensorLabels.Frames(
      samples: input.samples, offset: offset, step: setup.step, length: setup.segmentLength)
    return labelled(result, input, setup.rate, frames, kind: "complex (last axis: re, im)")
  }

  static func detrend(_ args: Arguments) throws -> Detrend {
    Detrend(rawValue: try args.string("detrend")) ?? .none
  }

  static func labelled(
    _ result: Spectrum, _ input: SignalInput, _ rate: Double, _ frames: TensorLabels.Frames,
    kind: String
  ) -> Value {
    let labels = TensorLabels(
      axes: [
        .init(name: "frequency", unit: "Hz", values: result.frequencies),
        .init(name: "time", unit: "s", values: result.times),
      ], timeOrigin: input.startTime, rate: rate, frames: frames, kind: kind)
    return .object(TensorValue(result.values, labels: labels))
  }

  /// scipy's `_triage_segments` and checks: a named window is built for nperseg (cut to the
  /// signal's length), a window of values sets nperseg; 0 ≤ noverlap < nperseg ≤ nfft.
  static func segmentSetup(
    _ args: Arguments, _ input: SignalInput, fallback: Window, overlapDivisor: Int,
    detrend: Detrend
  ) throws -> SegmentSetup {
    guard !input.samples.isEmpty else {
      throw args.error(.signalTooShort, SignalMessages.emptySignal, at: "x")
    }
    let (window, given) = try args.window("window", fallback: fallback)
    var length: Int
    if let given {
      length = given.count
      if !args.isNull("nperseg"), try args.int("nperseg") != length {
        throw args.error(
          SignalMessages.segmentVersusWindow(try args.int("nperseg"), length), at: "nperseg")
      }
    } else {
      length =
        args.isNull("nperseg")
        ? 256 : try args.int("nperseg", in: 1...(1 << 24), SignalMessages.fromToPower(1, 24))
      length = min(length, input.samples.count)
    }
    let values = given ?? (window ?? fallback).values(length)
    let overlap =
      args.isNull("noverlap")
      ? length / overlapDivisor
      : try args.int("noverlap", in: 0...(length - 1), SignalMessages.belowSegment(length))
    let fftLength =
      args.isNull("nfft")
      ? length
      : try args.int(
        "nfft", in: length...(1 << 24), SignalMessages.atLeastSegment(length, capped: true))
    return SegmentSetup(
      rate: input.rate, window: values, overlap: overlap, fftLength: fftLength, detrend: detrend,
      isOneSided: try args.bool("onesided"))
  }

  static func istft(_ args: Arguments) throws -> Value {
    let value = args.value("z")
    guard let tensor = TensorValue.tensor(from: value), tensor.rank == 3, tensor.shape[2] == 2,
      tensor.shape[0] >= 2
    else {
      throw args.error(SignalMessages.needsSTFT, at: "z")
    }
    var labels: TensorLabels?
    if case .object(let object as TensorValue) = value { labels = object.labels }
    let rate: Double
    if !args.isNull("rate") {
      rate = try args.positiveRate("rate")
    } else if let known = labels?.rate {
      rate = known
    } else {
      throw args.error(
        .noSampleRate, SignalMessages.tensorWithoutRate, at: "z",
        help: SignalMessages.giveRate("rate"))
    }
    let bins = tensor.shape[0]
    let natural = 2 * (bins - 1)
    let length =
      args.isNull("nperseg")
      ? natural : try args.int("nperseg", in: 1...(1 << 24), SignalMessages.fromToPower(1, 24))
    let fftLength =
      args.isNull("nfft")
      ? (length == natural + 1 ? length : natural)
      : try args.int(
        "nfft", in: length...(1 << 24), SignalMessages.atLeastSegment(length, capped: false))
    guard fftLength / 2 + 1 == bins else {
      throw args.error(
        .shapeMismatch, SignalMessages.frequencyCount(fftLength, bins),
        at: args.isNull("nfft") ? "nperseg" : "nfft")
    }
    let overlap =
      args.isNull("noverlap")
      ? length / 2
      : try args.int("noverlap", in: 0...(length - 1), SignalMessages.belowSegment(length))
    let (window, given) = try args.window("window", fallback: .hann)
    let values = given ?? (window ?? .hann).values(length)
    guard values.count == length else {
      throw args.error(SignalMessages.windowVersusSegment(values.count, length), at: "window")
    }
    let setup = SegmentSetup(
      rate: rate, window: values, overlap: overlap, fftLength: fftLength, detrend: .none,
      isOneSided: true)
    try args.checkSize([tensor.shape[1], setup.step], SignalMessages.sizedSignal, at: "nperseg")
    let back = Spectral.istft(
      tensor, setup, density: try args.string("scaling") == "psd",
      boundary: try args.bool("boundary"))
    return .object(
      SignalValue(Audio(rate: rate, channels: 1, samples: back.signal, encoding: .float(bits: 64))))
  }
}
