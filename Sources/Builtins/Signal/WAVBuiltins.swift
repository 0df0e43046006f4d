import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let wav: [Builtin] = [
    Builtin(
      "read_wav", area: .signal, summary: "Reads a WAV recording into a signal.",
      parameters: [
        Parameter("path", .string, "The file; relative paths start at the script's folder."),
        Parameter(
          "channels", .optional(.listOf(.int)), "Channel numbers to keep (0-based); nil for all.",
          default: .null),
        Parameter("start", .number, "Where to start, in seconds.", default: .int(0)),
        Parameter(
          "duration", .optional(.number), "How many seconds to read; nil for the rest.",
          default: .null),
      ],
      returns: .signal,
      details: "Reads RIFF/WAVE, RF64 and BW64 files with PCM 8/16/24/32-bit or IEEE float "
        + "32/64-bit samples (also as WAVE_FORMAT_EXTENSIBLE), any number of channels. "
        + "Samples become float64 scaled to [-1, 1) as soundfile does (PCM divided by "
        + "2^(bits-1); 8-bit is unsigned). Unknown chunks are skipped. A Broadcast WAV "
        + "`bext` chunk's origination date and time become the signal's `start` (read as "
        + "UTC), and spectra of the signal then carry absolute times. A truncated file or a "
        + "header that contradicts itself is an error naming the field. The members are "
        + "samples, rate, channels, frames, duration, source and start.",
      examples: [
        Example(
          "s = signal([0, 0.5, -0.5, 0.25], rate=8000)\n"
            + "write_wav(s, \"/tmp/awish-example.wav\")\nread_wav(\"/tmp/awish-example.wav\").frames",
          "4")
      ]
    ) { args in
      let path = try args.path("path")
      var channels: [Int]?
      if !args.isNull("channels") {
        guard !(try args.list("channels")).isEmpty else {
          throw args.error(SignalMessages.noChannelsChosen, at: "channels")
        }
        channels = try args.list("channels").map { item in
          guard case .int(let channel) = item else {
            throw args.error(.argumentType, SignalMessages.channelNotInt, at: "channels")
          }
          return channel
        }
      }
      let duration = args.isNull("duration") ? nil : try args.double("duration")
      let selection = WAVReader.Selection(
        channels: channels, start: try args.double("start"), duration: duration)
      do throws(WAVError) {
        let audio = try WAVReader.read(path: path, selection)
        args.run.record(path, .read)
        return .object(SignalValue(audio, source: path))
      } catch {
        throw args.error(SignalMessages.readFailure(error, try args.string("path")), at: "path")
          .coded(error)
      }
    },
    Builtin(
      "write_wav", area: .signal, summary: "Writes a signal to a WAV file.",
      parameters: [
        Parameter("signal", .signal, "The signal."),
        Parameter("path", .string, "The file; relative paths start at the script's folder."),
        Parameter(
          "format", .choice(["pcm16", "pcm24", "pcm32", "pcm8", "float32", "float64"]),
          "The sample encoding.", default: .string("pcm16")),
      ],
      returns: .nothing,
      details: "PCM values are round(x · 2^(bits-1)) clipped to the integer range, so a "
        + "signal read from a PCM file is written back unchanged. The file is written "
        + "atomically (a temporary file, then a rename). Writing into a workspace's raw/ "
        + "folder is refused: raw data is changed only by fetch.",
      examples: [Example("write_wav(signal([0.25], rate=8000), \"/dev/null\")", "nil")]
    ) { args in
      guard case .object(let signal as SignalValue) = args.value("signal") else {
        throw args.error(
          .argumentType, SignalMessages.writeNeedsSignal, at: "signal",
          help: SignalMessages.writeNeedsSignalHelp)
      }
      let path = try args.writablePath("path")
      guard let encoding = SampleEncoding.named(try args.string("format")),
        let bytes = WAVWriter.bytes(signal.audio, encoding: encoding)
      else {
        throw args.error(SignalMessages.tooLongForWAV, at: "signal")
      }
      do throws(AtomicFile.Problem) {
        try AtomicFile.write(Data(bytes), to: path)
        if path != "/dev/null" { args.run.record(path, .written) }
      } catch {
        throw args.error(error.message, at: "path").coded(error)
      }
      return .null
    },
    Builtin(
      "signal", area: .signal, summary: "A signal from numbers and a sample rate.",
      parameters: [
        Parameter(
          "samples", .tensorLike, "A list or 1-D tensor of samples (channels × frames: 2-D)."),
        Parameter("rate", .number, "Samples per second (Hz)."),
      ],
      returns: .signal,
      examples: [Example("signal([0, 1, 0, -1], rate=4).duration", "1.0")]
    ) { args in
      guard let tensor = TensorValue.tensor(from: args.value("samples")),
        tensor.rank == 1 || tensor.rank == 2
      else {
        throw args.error(SignalMessages.badSamples, at: "samples")
      }
      let channels = tensor.rank == 2 ? tensor.shape[0] : 1
      guard channels > 0 else {
        throw args.error(SignalMessages.noChannels, at: "samples")
      }
      let audio = Audio(
        rate: try args.positiveRate("rate"), channels: channels, samples: tensor.data,
        encoding: .float(bits: 64))
      return .object(SignalValue(audio))
    },
  ]
}
