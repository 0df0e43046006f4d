import Interpreter
import Tensor

/// A mono signal taken from an argument: its samples, rate and start time.
struct SignalInput {
  let samples: [Double]
  let rate: Double
  let startTime: Double?
}

extension Arguments {
  /// The signal argument `name` (a signal, or a 1-D tensor or list with `rate=`); `rate`
  /// overrides a signal's own rate only when given.
  func signal(_ name: String, rate rateName: String = "rate") throws -> SignalInput {
    let value = self.value(name)
    if case .object(let signal as SignalValue) = value {
      guard signal.audio.channels == 1 else {
        throw error(
          SignalMessages.notMono(signal.audio.channels), at: name,
          help: SignalMessages.notMonoHelp)
      }
      let rate = isNull(rateName) ? signal.audio.rate : try positiveRate(rateName)
      return SignalInput(
        samples: signal.audio.samples, rate: rate, startTime: signal.audio.startTime)
    }
    guard let tensor = TensorValue.tensor(from: value), tensor.rank == 1 else {
      throw error(.argumentType, SignalMessages.notSignal(name, value.typeName), at: name)
    }
    guard !isNull(rateName) else {
      throw error(
        .noSampleRate, SignalMessages.numbersWithoutRate, at: name,
        help: SignalMessages.giveRate(rateName))
    }
    return SignalInput(samples: tensor.data, rate: try positiveRate(rateName), startTime: nil)
  }

  func positiveRate(_ name: String) throws -> Double {
    let rate = try double(name)
    guard rate > 0, rate <= 1e9 else {
      throw error(.valueOutOfRange, SignalMessages.rateRange(rate), at: name)
    }
    return rate
  }

  /// An int argument in `range`, which `what` describes ("from 1 to n_fft = 2048"; by default
  /// "from 1 to 20"), in the message shape of every bounds check.
  func int(_ name: String, in range: ClosedRange<Int>, _ what: String? = nil) throws -> Int {
    let value = try int(name)
    guard range.contains(value) else {
      let what = what ?? SignalMessages.fromTo(range.lowerBound, range.upperBound)
      throw error(
        .valueOutOfRange,
        InterpreterMessages.argumentType(
          name, builtin.name, SignalMessages.anInt(what), String(value)),
        at: name)
    }
    return value
  }

  /// The window argument: a name ("hann"), a name with its parameter (["kaiser", 8.0],
  /// ["tukey", 0.25]), or the window's values; nil gives `fallback`. Periodic, as scipy's
  /// get_window. `length` is nil when the values decide it.
  func window(_ name: String, fallback: Window) throws -> (window: Window?, values: [Double]?) {
    switch value(name) {
    case .null: return (fallback, nil)
    case .string(let text):
      guard let window = Window.named(text, parameter: nil) else {
        throw windowError(name, text)
      }
      return (window, nil)
    case .list(let list):
      if case .string(let text)? = list.items.first, list.items.count == 2,
        let parameter = ValueConversion.number(list.items[1])
      {
        guard parameter.isFinite else {
          throw error(.valueOutOfRange, SignalMessages.windowParameterNotFinite, at: name)
        }
        guard let window = Window.named(text, parameter: parameter) else {
          throw windowError(name, text)
        }
        return (window, nil)
      }
      let values = list.items.compactMap(ValueConversion.number)
      guard values.count == list.items.count, !values.isEmpty else {
        throw error(.argumentType, SignalMessages.badWindow, at: name)
      }
      return (nil, try limited(values, name))
    default:
      if let tensor = TensorValue.tensor(from: value(name)), tensor.rank == 1, tensor.count > 0 {
        return (nil, try limited(tensor.data, name))
      }
      throw error(.argumentType, SignalMessages.badWindow, at: name)
    }
  }

  /// Window values, at most 2^24 of them.
  func limited(_ values: [Double], _ name: String) throws -> [Double] {
    guard values.count <= 1 << 24 else {
      throw error(.valueOutOfRange, SignalMessages.windowTooLong(values.count), at: name)
    }
    return values
  }

  /// Refuses a result of more values than a tensor may hold, before computing it.
  func checkSize(_ sizes: [Int], _ what: String, at name: String) throws {
    guard let count = Tensor.elementCount(sizes), count <= Tensor.maxElements else {
      throw error(
        .outOfMemory, SignalMessages.resultTooLarge(what, sizes, Tensor.maxElements), at: name,
        help: SignalMessages.resultTooLargeHelp)
    }
  }

  func windowError(_ name: String, _ text: String) -> RuntimeError {
    error(
      SignalMessages.unknownWindow(text), at: name,
      help: SignalMessages.unknownWindowHelp(text, Window.names))
  }
}
