import Foundation

/// A WAV file's sample encoding, from its `fmt ` chunk.
public enum SampleEncoding: Equatable, Sendable {
  /// Integer PCM of 8 (unsigned), 16, 24 or 32 bits.
  case pcm(bits: Int)
  /// IEEE float of 32 or 64 bits.
  case float(bits: Int)

  public var bytes: Int {
    switch self {
    case .pcm(let bits), .float(let bits): return bits / 8
    }
  }

  /// Names write_wav accepts and `description` prints.
  public var name: String {
    switch self {
    case .pcm(let bits): return "pcm\(bits)"
    case .float(let bits): return "float\(bits)"
    }
  }

  public static func named(_ name: String) -> SampleEncoding? {
    switch name {
    case "pcm8": return .pcm(bits: 8)
    case "pcm16": return .pcm(bits: 16)
    case "pcm24": return .pcm(bits: 24)
    case "pcm32": return .pcm(bits: 32)
    case "float32": return .float(bits: 32)
    case "float64": return .float(bits: 64)
    default: return nil
    }
  }
}

/// Sound as float64 samples scaled to [−1, 1) like soundfile, channel after channel.
public struct Audio: Sendable {
  public var rate: Double
  public var channels: Int
  /// Planar: channel c's frames are `samples[c·frames ..< (c+1)·frames]`.
  public var samples: [Double]
  public var encoding: SampleEncoding
  /// The recording start from a Broadcast WAV `bext` chunk (origination date and time plus
  /// the time reference), as seconds since 1970 UTC; nil when the file has none.
  public var startTime: Double?

  public init(
    rate: Double, channels: Int, samples: [Double], encoding: SampleEncoding,
    startTime: Double? = nil
  ) {
    self.rate = rate
    self.channels = channels
    self.samples = samples
    self.encoding = encoding
    self.startTime = startTime
  }

  public var frames: Int { channels == 0 ? 0 : samples.count / channels }
  public var duration: Double { Double(frames) / rate }

  /// Channel `index`'s samples.
  public func channel(_ index: Int) -> [Double] {
    Array(samples[(index * frames)..<((index + 1) * frames)])
  }
}

/// Why a WAV file could not be read; `message` says what was wrong and where.
public struct WAVError: Error, Equatable, Sendable {
  /// What kind of problem it is, for callers that tell them apart (Builtins gives each its
  /// error id).
  public enum Kind: Sendable, Equatable {
    /// The file could not be opened or mapped; `failure` says why when the system did.
    case unreadable
    /// The bytes are not a well-formed WAV file: RIFF header, chunks or fmt.
    case malformed
    /// The start, duration or channels asked for are not in the recording.
    case outOfRange
    /// The part asked for has more samples than a signal may hold.
    case tooLarge
  }

  public let message: String
  public let kind: Kind
  /// Set when the file could not be opened at all.
  public var failure: FileFailure?

  public init(_ message: String, kind: Kind = .malformed, failure: FileFailure? = nil) {
    self.message = message
    self.kind = kind
    self.failure = failure
  }
}
