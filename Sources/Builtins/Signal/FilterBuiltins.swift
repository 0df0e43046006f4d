import Interpreter
import Tensor

extension Builtins {
  static let filters: [Builtin] = [
    butterworth(
      "lowpass", .lowpass, summary: "Keeps frequencies below a cutoff (Butterworth, zero phase).",
      example: Example(
        "s = signal([0, 1, 0, -1] * 100, rate=4000)  # 1 kHz\n"
          + "round(max(lowpass(s, 100).samples[100:300]), 4)", "0.0004")),
    butterworth(
      "highpass", .highpass, summary: "Keeps frequencies above a cutoff (Butterworth, zero phase).",
      example: Example(
        "s = signal([1.0] * 400, rate=4000)\nround(max(highpass(s, 100).samples), 6)", "0.0")),
    butterworth(
      "bandpass", .bandpass, summary: "Keeps a band of frequencies (Butterworth, zero phase).",
      example: Example(
        "s = signal([0, 1, 0, -1] * 100, rate=4000)  # 1 kHz\n"
          + "round(max(bandpass(s, 800, 1200).samples[100:300]), 3)", "1.0")),
    Builtin(
      "resample_poly", area: .signal,
      summary:
        "Changes the sample rate by up/down with a polyphase filter, as scipy.signal.resample_poly.",
      parameters: [
        Parameter(
          "x", .signalLike, "A signal, or a 1-D tensor or list of samples (then give rate)."),
        Parameter("up", .bounded(1...1000), "The upsampling factor."),
        Parameter("down", .bounded(1...1000), "The downsampling factor."),
        Parameter(
          "rate", .optional(.number), "Samples per second; nil: the signal's.", default: .null),
      ],
      returns: .signal,
      details: "Upsamples by up, filters with a Kaiser-windowed (β = 5) sinc of "
        + "20·max(up, down) + 1 taps cut off at 1/max(up, down) of Nyquist, and downsamples "
        + "by down: ceil(N·up/down) samples at rate·up/down, aligned as scipy aligns them "
        + "(zeros beyond the ends).",
      examples: [
        Example(
          "s = signal([0, 1, 0, -1] * 100, rate=4000)\nr = resample_poly(s, 1, 2)\n[r.rate, r.frames]",
          "[2000, 200]")
      ]
    ) { args in
      let input = try args.signal("x")
      let up = try args.int("up", in: 1...1000)
      let down = try args.int("down", in: 1...1000)
      guard input.samples.count <= Tensor.maxElements / up else {
        throw args.error(.outOfMemory, SignalMessages.resampledTooLong, at: "up")
      }
      let samples = Filtering.resample(input.samples, up: up, down: down)
      return FilterBinding.signal(samples, input, rate: input.rate * Double(up) / Double(down))
    },
  ]

  static func butterworth(
    _ name: String, _ kind: Butterworth.Kind, summary: String, example: Example
  )
    -> Builtin
  {
    let cutoffs: [Parameter] =
      kind == .bandpass
      ? [
        Parameter("low", .number, "The band's lower edge (Hz)."),
        Parameter("high", .number, "The band's upper edge (Hz)."),
      ] : [Parameter("cutoff", .number, "The cutoff frequency (Hz), where the gain is -3 dB.")]
    return Builtin(
      name, area: .signal, summary: summary,
      parameters: [
        Parameter(
          "x", .signalLike, "A signal, or a 1-D tensor or list of samples (then give rate).")
      ]
        + cutoffs + [
          Parameter(
            "order", .bounded(1...20), "The filter order (applied twice: forward and back).",
            default: .int(4)),
          Parameter(
            "rate", .optional(.number), "Samples per second; nil: the signal's.", default: .null),
        ],
      returns: .signal,
      details: "As scipy.signal.sosfiltfilt(butter(order, cutoff, \"\(kind.rawValue)\", fs=rate, "
        + "output=\"sos\"), x): a Butterworth filter in second-order sections run forward and "
        + "backward (no phase shift; the magnitude response is squared), both ends extended "
        + "with odd symmetry by 3·(2·sections + 1) samples and each pass started in its steady "
        + "state. The signal must be longer than that padding.",
      examples: [example]
    ) { args in try FilterBinding.butterworth(args, kind) }
  }
}

enum FilterBinding {
  static func butterworth(_ args: Arguments, _ kind: Butterworth.Kind) throws -> Value {
    let input = try args.signal("x")
    let order = try args.int("order", in: 1...20)
    let nyquist = input.rate / 2
    let names = kind == .bandpass ? ["low", "high"] : ["cutoff"]
    let cutoffs = try names.map { name -> Double in
      let value = try args.double(name)
      guard value > 0, value < nyquist else {
        throw args.error(
          .valueOutOfRange, SignalMessages.cutoffRange(name, nyquist, value), at: name)
      }
      return value / nyquist
    }
    if kind == .bandpass, cutoffs[0] >= cutoffs[1] {
      throw args.error(.valueOutOfRange, SignalMessages.lowAboveHigh, at: "low")
    }
    let sections = Butterworth.sections(order: order, cutoffs: cutoffs, kind: kind)
    do throws(Filtering.Problem) {
      return signal(
        try Filtering.filtfilt(input.samples, sections: sections), input, rate: input.rate)
    } catch {
      switch error {
      case .tooShort(let needed, let got):
        throw args.error(
          .signalTooShort, SignalMessages.filterTooShort(kind, order, needed, got), at: "x")
      }
    }
  }

  /// A mono signal of `samples` keeping the input's start time.
  static func signal(_ samples: [Double], _ input: SignalInput, rate: Double) -> Value {
    .object(
      SignalValue(
        Audio(
          rate: rate, channels: 1, samples: samples, encoding: .float(bits: 64),
          startTime: input.startTime)))
  }
}
