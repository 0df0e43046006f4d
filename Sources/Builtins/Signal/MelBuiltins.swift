import Interpreter
import Tensor

extension Builtins {
  static let mel: [Builtin] = [
    Builtin(
      "melspectrogram", area: .signal,
      summary: "A mel-scaled power spectrogram, as librosa.feature.melspectrogram.",
      parameters: MelBinding.parameters + [
        Parameter(
          "power", .number, "The exponent of the magnitude: 2 power, 1 amplitude.",
          default: .float(2))
      ],
      returns: .tensor,
      details: "librosa's defaults: frames of n_fft samples centred on t·hop_length (the signal "
        + "is padded by n_fft/2 at both ends, with zeros by default as since librosa 0.10), "
        + "a periodic Hann window, no scaling or detrending; |STFT|^power summed through a "
        + "bank of triangular filters equally spaced on the Slaney mel scale (linear below "
        + "1 kHz, logarithmic above), area-normalised, with float32 weights as librosa builds "
        + "them. Axes: `.mel` (each filter's centre, Hz) and `.time` (s).",
      examples: [
        Example(
          "s = signal([0, 1, 0, -1] * 2000, rate=8000)\nmelspectrogram(s, n_mels=40).shape",
          "[40, 16]")
      ]
    ) { args in try MelBinding.melspectrogram(args) },
    Builtin(
      "power_to_db", area: .signal, summary: "Power in decibels, as librosa.power_to_db.",
      parameters: [
        Parameter("s", .tensorLike, "A tensor of powers (e.g. a melspectrogram or spectrogram)."),
        Parameter(
          "ref", .oneOf([.number, .choice(["max"])]),
          "The power that is 0 dB: a number, or \"max\" for the largest value.",
          default: .float(1)),
        Parameter(
          "amin", .number, "The smallest power used (avoids log of 0).", default: .float(1e-10)),
        Parameter(
          "top_db", .optional(.number), "Values are floored at max - top_db; nil for no floor.",
          default: .float(80)),
      ],
      returns: .tensor,
      details: "10·log10(max(amin, s)) - 10·log10(max(amin, ref)), then floored at the largest "
        + "value minus top_db (over the whole tensor). Axis labels are kept.",
      examples: [Example("list(power_to_db(tensor([1, 10, 1e-12])))", "[0.0, 10.0, -70.0]")]
    ) { args in try MelBinding.powerToDB(args) },
    Builtin(
      "mfcc", area: .signal,
      summary: "Mel-frequency cepstral coefficients, as librosa.feature.mfcc.",
      parameters: MelBinding.parameters + [
        Parameter("n_mfcc", .bounded(1...4096), "Coefficients kept.", default: .int(20)),
        Parameter("lifter", .number, "Sine liftering factor; 0 for none.", default: .int(0)),
        Parameter(
          "top_db", .optional(.number), "power_to_db's floor below the peak.",
          default: .float(80)),
      ],
      returns: .tensor,
      details: "power_to_db(melspectrogram(x, …)) with ref 1, amin 1e-10 and top_db, then the "
        + "orthonormal DCT-II over the mel axis of each frame, keeping n_mfcc coefficients. "
        + "x may also be a log-power mel spectrogram (a 2-D tensor), used as it is.",
      examples: [
        Example(
          "s = signal([0, 1, 0, -1] * 2000, rate=8000)\nmfcc(s, n_mfcc=13).shape", "[13, 16]")
      ]
    ) { args in try MelBinding.mfcc(args) },
  ]
}

/// melspectrogram, power_to_db and mfcc: librosa's parameters and defaults.
enum MelBinding {
  static let parameters: [Parameter] = [
    Parameter("x", .signalLike, "A signal, or a 1-D tensor or list of samples (then give rate)."),
    Parameter(
      "rate", .optional(.number), "Samples per second (librosa's sr); nil: the signal's.",
      default: .null),
    Parameter(
      "n_fft", .bounded(2...(1 << 22)), "FFT length and frame length.", default: .int(2048)),
    Parameter("hop_length", .bounded(1...(1 << 22)), "Samples between frames.", default: .int(512)),
    Parameter(
      "win_length", .optional(.int), "Window length (centred in n_fft); nil: n_fft.",
      default: .null),
    Parameter(
      "window", .window, "The window (periodic), as for spectrogram.", default: .string("hann")),
    Parameter("center", .bool, "Centre frames on t·hop_length by padding.", default: .bool(true)),
    Parameter(
      "pad_mode", .choice(PadMode.allCases.map(\.rawValue)), "numpy.pad mode for centring.",
      default: .string("constant")),
    Parameter("n_mels", .bounded(1...4096), "Mel bands.", default: .int(128)),
    Parameter("fmin", .number, "Lowest frequency (Hz).", default: .int(0)),
    Parameter("fmax", .optional(.number), "Highest frequency (Hz); nil: rate / 2.", default: .null),
    Parameter("htk", .bool, "The HTK mel formula instead of Slaney's.", default: .bool(false)),
    Parameter(
      "norm", .choice(["slaney", "none"]), "Filter normalisation: equal area, or peak 1.",
      default: .string("slaney")),
  ]

  static func melspectrogram(_ args: Arguments) throws -> Value {
    let input = try args.signal("x")
    let (setup, bank) = try framing(args, input)
    let values = MelSpectrum.melspectrogram(
      input.samples, setup, power: try args.double("power"), bank: bank)
    var labels = labels(values, setup, bank, input, "mel power")
    labels.recipe = SignalRecipe.record(args, function: "melspectrogram")
    return .object(TensorValue(values, labels: labels))
  }

  static func labels(
    _ values: Tensor, _ setup: FrameSetup, _ bank: MelFilterbank?, _ input: SignalInput,
    _ kind: String
  ) -> TensorLabels {
    let first: TensorLabels.Axis =
      bank.map { .init(name: "mel", unit: "Hz", values: $0.centres) }
      ?? .init(name: "coefficient", unit: "", values: (0..<values.shape[0]).map(Double.init))
    let frames = TensorLabels.Frames(
      samples: input.samples, offset: setup.center ? -(setup.fftLength / 2) : 0, step: setup.hop,
      length: setup.fftLength)
    return TensorLabels(
      axes: [first, .init(name: "time", unit: "s", values: setup.times(values.shape[1]))],
      timeOrigin: input.startTime, rate: input.rate, frames: frames, kind: kind)
  }

  static func framing(_ args: Arguments, _ input: SignalInput) throws -> (FrameSetup, MelFilterbank)
  {
    let fftLength = try args.int("n_fft", in: 2...(1 << 22), SignalMessages.fromToPower(2, 22))
    let hop = try args.int("hop_length", in: 1...(1 << 22), SignalMessages.fromToPower(1, 22))
    let windowLength =
      args.isNull("win_length")
      ? fftLength
      : try args.int("win_length", in: 1...fftLength, SignalMessages.upToFFTLength(fftLength))
    let (window, given) = try args.window("window", fallback: .hann)
    let values = given ?? (window ?? .hann).values(windowLength)
    guard values.count <= fftLength else {
      throw args.error(
        .valueOutOfRange, SignalMessages.windowLongerThanFFT(values.count), at: "window")
    }
    var padded = [Double](repeating: 0, count: fftLength)
    let left = (fftLength - values.count) / 2
    for (index, value) in values.enumerated() { padded[left + index] = value }
    let center = try args.bool("center")
    guard center || input.samples.count >= fftLength else {
      throw args.error(
        .signalTooShort, SignalMessages.fftLongerThanSignal(fftLength, input.samples.count),
        at: "n_fft", help: SignalMessages.fftLongerThanSignalHelp)
    }
    guard !input.samples.isEmpty else {
      throw args.error(.signalTooShort, SignalMessages.emptySignal, at: "x")
    }
    let setup = FrameSetup(
      rate: input.rate, fftLength: fftLength, hop: hop, window: padded, center: center,
      padMode: PadMode(rawValue: try args.string("pad_mode")) ?? .constant)
    let melCount = try args.int("n_mels", in: 1...4096)
    try args.checkSize([melCount, fftLength / 2 + 1], SignalMessages.sizedFilterbank, at: "n_mels")
    try args.checkSize(
      [melCount, setup.frameCount(input.samples.count)], SignalMessages.sizedResult,
      at: "hop_length")
    return (setup, try filterbank(args, input.rate, fftLength))
  }

  static func filterbank(_ args: Arguments, _ rate: Double, _ fftLength: Int) throws
    -> MelFilterbank
  {
    let melCount = try args.int("n_mels", in: 1...4096)
    let fmin = try args.double("fmin")
    let fmax = args.isNull("fmax") ? rate / 2 : try args.double("fmax")
    guard fmin >= 0, fmin < fmax, fmax.isFinite else {
      throw args.error(.valueOutOfRange, SignalMessages.melBandRange(fmin, fmax), at: "fmin")
    }
    return MelFilterbank(
      rate: rate, fftLength: fftLength, melCount: melCount, fmin: fmin, fmax: fmax,
      htk: try args.bool("htk"), slaneyNorm: try args.string("norm") == "slaney")
  }

  static func powerToDB(_ args: Arguments) throws -> Value {
    let value = args.value("s")
    guard let tensor = TensorValue.tensor(from: value) else {
      throw args.error(SignalMessages.needsPowers, at: "s")
    }
    let amin = try args.double("amin")
    guard amin > 0 else {
      throw args.error(.valueOutOfRange, SignalMessages.aminRange, at: "amin")
    }
    let topDB = args.isNull("top_db") ? nil : try args.double("top_db")
    if let topDB, topDB < 0 {
      throw args.error(.valueOutOfRange, SignalMessages.topDBRange, at: "top_db")
    }
    let values = tensor.data
    let ref: Double
    if case .string(let text) = args.value("ref") {
      guard text == "max" else { throw args.error(SignalMessages.badReference, at: "ref") }
      ref = values.max() ?? 1
    } else {
      ref = abs(try args.double("ref"))
    }
    let db = MelSpectrum.powerToDB(values, ref: ref, amin: amin, topDB: topDB)
    var labels: TensorLabels?
    if case .object(let object as TensorValue) = value { labels = object.labels }
    labels?.kind = "dB"
    return .object(TensorValue(try Tensor(shape: tensor.shape, data: db), labels: labels))
  }

  static func mfcc(_ args: Arguments) throws -> Value {
    let count = try args.int("n_mfcc", in: 1...4096)
    let lifter = try args.double("lifter")
    guard lifter >= 0 else {
      throw args.error(.valueOutOfRange, SignalMessages.lifterRange, at: "lifter")
    }
    let value = args.value("x")
    if case .object(let object as TensorValue) = value, object.tensor.rank == 2 {
      guard count <= object.tensor.shape[0] else {
        throw args.error(
          .valueOutOfRange, SignalMessages.tooManyCoefficients(count, object.tensor.shape[0]),
          at: "n_mfcc")
      }
      var labels = object.labels
      labels?.axes[0] = .init(name: "coefficient", unit: "", values: (0..<count).map(Double.init))
      labels?.kind = "MFCC"
      return .object(
        TensorValue(MelSpectrum.mfcc(object.tensor, count: count, lifter: lifter), labels: labels))
    }
    let input = try args.signal("x")
    let (setup, bank) = try framing(args, input)
    guard count <= bank.filters.count else {
      throw args.error(
        .valueOutOfRange, SignalMessages.moreCoefficientsThanMels(count, bank.filters.count),
        at: "n_mfcc")
    }
    let mel = MelSpectrum.melspectrogram(input.samples, setup, power: 2, bank: bank)
    let topDB = args.isNull("top_db") ? nil : try args.double("top_db")
    let db = MelSpectrum.powerToDB(mel.data, ref: 1, amin: 1e-10, topDB: topDB)
    let values = MelSpectrum.mfcc(
      try Tensor(shape: mel.shape, data: db), count: count, lifter: lifter)
    return .object(TensorValue(values, labels: labels(values, setup, nil, input, "MFCC")))
  }
}
