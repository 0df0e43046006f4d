import Foundation

/// Reads RIFF/WAVE, RF64 and BW64 files: PCM 8/16/24/32-bit, IEEE float 32/64,
/// WAVE_FORMAT_EXTENSIBLE, any channel count; unknown chunks (and their pad bytes) are
/// skipped. The file is mapped, never read whole into memory, and every declared size is
/// checked against the file's real size before anything is allocated, so a truncated or
/// lying header is an error naming the field rather than a crash or garbage.
public enum WAVReader {
  /// What to read: channel indices (nil: all), and a frame range.
  public struct Selection: Sendable {
    public var channels: [Int]?
    public var start: Double
    public var duration: Double?
    public init(channels: [Int]? = nil, start: Double = 0, duration: Double? = nil) {
      self.channels = channels
      self.start = start
      self.duration = duration
    }
  }

  public static func read(path: String, _ selection: Selection = Selection()) throws(WAVError)
    -> Audio
  {
    let file = try MappedFile(path: path)
    return try withExtendedLifetime(file) { () throws(WAVError) -> Audio in
      let layout = try WAVLayout.parse(file.bytes)
      return try decode(file.bytes, layout, selection)
    }
  }

  static func decode(_ bytes: UnsafeRawBufferPointer, _ layout: WAVLayout, _ selection: Selection)
    throws(WAVError) -> Audio
  {
    let totalFrames = layout.dataSize / layout.blockAlign
    let rate = Double(layout.rate)
    guard selection.start >= 0, selection.start.isFinite else {
      throw WAVError(TensorMessages.wavBadStart(selection.start), kind: .outOfRange)
    }
    // Compared as doubles first: a huge start or duration must not overflow an Int.
    guard (selection.start * rate).rounded() <= Double(totalFrames) else {
      throw WAVError(
        TensorMessages.wavStartPastEnd(selection.start, Double(totalFrames) / rate),
        kind: .outOfRange)
    }
    let first = Int((selection.start * rate).rounded())
    var count = totalFrames - first
    if let duration = selection.duration {
      guard duration >= 0, duration.isFinite else {
        throw WAVError(TensorMessages.wavBadDuration(duration), kind: .outOfRange)
      }
      count = Int(min(Double(count), (duration * rate).rounded()))
    }
    let picked = selection.channels ?? Array(0..<layout.channels)
    if let bad = picked.first(where: { $0 < 0 || $0 >= layout.channels }) {
      throw WAVError(TensorMessages.wavNoChannel(bad, layout.channels), kind: .outOfRange)
    }
    guard count <= Tensor.maxElements / max(1, picked.count) else {
      throw WAVError(TensorMessages.wavTooManySamples(count, picked.count), kind: .tooLarge)
    }
    let samples = SampleDecoding.decode(
      bytes, offset: layout.dataOffset + first * layout.blockAlign, frames: count,
      layout: layout, channels: picked)
    return Audio(
      rate: rate, channels: picked.count, samples: samples, encoding: layout.encoding,
      startTime: layout.startTime.map { $0 + Double(first) / rate })
  }
}

/// A read-only memory map of a whole file.
final class MappedFile {
  let bytes: UnsafeRawBufferPointer

  init(path: String) throws(WAVError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      let failure = FileFailure.last
      throw WAVError(failure.reason(false), kind: .unreadable, failure: failure)
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let failure = FileFailure.last
      throw WAVError(failure.reason(false), kind: .unreadable, failure: failure)
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
      throw WAVError(
        isFolder ? FileFailure.isADirectory.reason(false) : TensorMessages.wavNotRegularFile,
        kind: .unreadable, failure: isFolder ? .isADirectory : nil)
    }
    let size = Int(info.st_size)
    guard size > 0 else { throw WAVError(TensorMessages.wavEmpty) }
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else {
      throw WAVError(
        TensorMessages.wavCannotMap(String(cString: strerror(errno))), kind: .unreadable)
    }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }
}
