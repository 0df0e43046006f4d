import Interpreter
import Tensor

extension Builtins {
  static let spectral: [Builtin] = [
    Builtin(
      "spectrogram", area: .signal,
      summary: "The power spectral density of overlapping segments, as scipy.signal.spectrogram.",
      parameters: SpectralParameters.common(
        window: "nil: a periodic Tukey window, alpha 0.25 (scipy's default)",
        overlap: "nperseg // 8")
        + [
          Parameter(
            "detrend", .choice(["constant", "linear", "none"]),
            "What each segment loses first: its mean, its least-squares line, or nothing.",
            default: .string("constant")),
          Parameter(
            "scaling", .choice(["density", "spectrum"]),
            "density: V²/Hz, 1/(fs·Σw²); spectrum: V², 1/(Σw)².", default: .string("density")),
          Parameter(
            "mode", .choice(SpectralMode.allCases.map(\.rawValue)),
            "psd (power), magnitude, complex, angle or phase (unwrapped over frequency).",
            default: .string("psd")),
          Parameter(
            "onesided", .bool,
            "Only non-negative frequencies (psd doubles all but DC and Nyquist).",
            default: .bool(true)),
        ],
      returns: .tensor,
      details: "Segments of nperseg samples every nperseg - noverlap; trailing samples that do "
        + "not fill a segment are dropped, and nothing is padded. Each segment is detrended, "
        + "windowed and transformed with nfft points. Times are segment centres, "
        + "(nperseg/2 + j·step)/rate. The result is a tensor of shape (frequencies, times) "
        + "whose axes carry coordinates: `.frequency` (Hz) and `.time` (s from the start; the "
        + "header shows the absolute start when the recording had one); mode=\"complex\" adds "
        + "a last axis of 2 (real, imaginary). Samples are float64; window names give "
        + "periodic windows as scipy.signal.get_window does.",
      examples: [
        Example(
          "s = signal([0, 1, 0, -1] * 64, rate=4)\nspectrogram(s, window=\"hann\", nperseg=16).shape",
          "[9, 18]")
      ]
    ) { args in try SpectralBinding.spectrogram(args) },
    Builtin(
      "stft", area: .signal, summary: "The short-time Fourier transform, as scipy.signal.stft.",
      parameters: SpectralParameters.common(
        window: "The window (periodic).", overlap: "nperseg // 2", windowDefault: .string("hann"))
        + [
          Parameter(
            "detrend", .choice(["none", "constant", "linear"]), "Per-segment detrending.",
            default: .string("none")),
          Parameter(
            "boundary", .choice(Spectral.Boundary.allCases.map(\.rawValue)),
            "How the signal is extended by nperseg/2 samples at both ends so the first "
              + "segment is centred on sample 0.", default: .string("zeros")),
          Parameter(
            "padded", .bool, "Zero-pad the end to a whole number of segments.",
            default: .bool(true)),
          Parameter(
            "scaling", .choice(["spectrum", "psd"]),
            "spectrum: X/Σw; psd: X/√(fs·Σw²).", default: .string("spectrum")),
          Parameter("onesided", .bool, "Only non-negative frequencies.", default: .bool(true)),
        ],
      returns: .tensor,
      details: "Complex values as a last axis of 2 (real, imaginary). Times are j·step/rate "
        + "(segment centres in the unextended signal). The result feeds istft.",
      examples: [Example("stft(signal([1, 0] * 64, rate=2), nperseg=8).shape", "[5, 33, 2]")]
    ) { args in try SpectralBinding.stft(args) },
    Builtin(
      "istft", area: .signal, summary: "The signal back from an stft, as scipy.signal.istft.",
      parameters: [
        Parameter("z", .tensor, "An stft result: a tensor (frequency × time × 2)."),
        Parameter(
          "rate", .optional(.number), "Samples per second; nil: the rate of the stft.",
          default: .null),
        Parameter("window", .window, "The window stft used.", default: .string("hann")),
        Parameter(
          "nperseg", .optional(.int), "Samples per segment; nil: 2·(frequencies - 1).",
          default: .null),
        Parameter("noverlap", .optional(.int), "Overlap; nil: nperseg // 2.", default: .null),
        Parameter("nfft", .optional(.int), "FFT length; nil: nperseg.", default: .null),
        Parameter(
          "boundary", .bool, "Cut the nperseg/2 samples stft added at each end.",
          default: .bool(true)),
        Parameter(
          "scaling", .choice(["spectrum", "psd"]), "As stft's.", default: .string("spectrum")),
      ],
      returns: .signal,
      details: "Each segment's inverse FFT is windowed and overlap-added, then divided by the "
        + "summed squared window (where it exceeds 1e-10). The result may be a few samples "
        + "longer than the original: stft padded it to whole segments.",
      examples: [
        Example(
          "s = signal([0.0, 0.5, 1.0, 0.5] * 16, rate=8)\nround(istft(stft(s, nperseg=8)).samples[5], 12)",
          "0.5")
      ]
    ) { args in try SpectralBinding.istft(args) },
  ]
}

/// Parameters spectrogram and stft share, in scipy's order.
enum SpectralParameters {
  static func common(window: String, overlap: String, windowDefault: DefaultValue = .null)
    -> [Parameter]
  {
    [
      Parameter("x", .signalLike, "A signal, or a 1-D tensor or list of samples (then give rate)."),
      Parameter(
        "rate", .optional(.number), "Samples per second (scipy's fs); nil: the signal's.",
        default: .null),
      Parameter(
        "window", .window,
        "A window name (hann, hamming, blackman, boxcar, tukey, kaiser), a name with its "
          + "parameter ([\"kaiser\", 8]), or the window's values. " + window,
        default: windowDefault),
      Parameter(
        "nperseg", .optional(.int),
        "Samples per segment; nil: 256 (or the window's length). Cut to the signal's length "
          + "when longer.", default: .null),
      Parameter(
        "noverlap", .optional(.int), "Samples shared by neighbouring segments; nil: \(overlap).",
        default: .null),
      Parameter("nfft", .optional(.int), "FFT length (zero-padded); nil: nperseg.", default: .null),
    ]
  }
}
