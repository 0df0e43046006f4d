// Every text the Tensor module says to a user, in one place: the messages its readers, kernels
// and unit algebra put into their typed errors (Builtins gives them ids), and the hints and notes
// that travel with them. Grouped by concern, alphabetical inside each group. One lowercase
// sentence, no final period, code in single quotes, values from a file cut with ShortText.
// Texts that are not messages (format names, unit data, JSON keys, printed reports) stay where
// they are used.

/// The Tensor module's user-facing texts.
enum TensorMessages {
  // MARK: - JSON

  static let jsonBadEscape = "a bad \\u escape"
  static let jsonControlCharacter = "a control character in a string"
  static func jsonDuplicateKey(_ key: String) -> String {
    "duplicate key '\(ShortText.escaped(key))'"
  }
  static func jsonExpected(_ character: Character) -> String { "expected '\(character)'" }
  static func jsonExpectedEither(_ more: Character, _ end: Character) -> String {
    "expected '\(more)' or '\(end)'"
  }
  static let jsonExpectedKey = "expected a key"
  static let jsonNotAValue = "not a value"
  static let jsonNotUTF8 = "not UTF-8"
  static let jsonTextAfterValue = "text after the value"
  static func jsonTooDeep(_ depth: Int) -> String { "nested deeper than \(depth)" }
  static let jsonUnexpectedEnd = "unexpected end"
  static let jsonUnexpectedText = "unexpected text"
  static let jsonUnterminatedString = "unterminated string"

  // MARK: - NetCDF and CF

  static func cfCalendarTimesAsText(_ calendar: String) -> String {
    "times are in the '\(calendar)' calendar and kept in it (as text)"
  }
  static func cfDimensionsDiffer(
    _ name: String, _ dimensions: [String], _ base: String, _ baseDimensions: [String]
  ) -> String {
    "'\(name)' (\(dimensions.joined(separator: ", "))) does not share the dimensions of "
      + "'\(base)' (\(baseDimensions.joined(separator: ", ")))"
  }
  static func cfNotOneFrame(_ reason: String) -> String {
    "the variables do not make one frame: \(reason)"
  }
  static func cfNoVariable(_ name: String, _ group: String) -> String {
    "no variable '\(name)' in \(group)"
  }
  static let cfNoVariables = "to_frame needs at least one variable"
  static var cfTooManyRows: String { "the frame would have more than \(Tensor.maxElements) rows" }
  static func cfUnknownCalendar(_ name: String) -> String {
    "calendar '\(name)' is not a CF calendar awish decodes: times kept as numbers"
  }
  static func cfUnknownTimeUnits(_ units: String) -> String {
    "units '\(units)' are not a time awish can decode"
  }
  static func netCDFBadAttribute(_ name: String, _ length: Int) -> String {
    "attribute '\(name)' has an unreadable type or a length of \(length)"
  }
  static func netCDFBadRank(_ rank: Int) -> String { "a variable has \(rank) dimensions" }
  static func netCDFCannotCreate(_ path: String, _ reason: String) -> String {
    "cannot create '\(path)': \(reason)"
  }
  static func netCDFCannotOpen(_ path: String, _ reason: String) -> String {
    "cannot open '\(path)': \(reason)"
  }
  static func netCDFCannotRead(_ variable: String, _ path: String, _ reason: String) -> String {
    "cannot read variable '\(variable)' of '\(path)': \(reason)"
  }
  static func netCDFCannotWrite(_ path: String, _ reason: String) -> String {
    "cannot write '\(path)': \(reason)"
  }
  static func netCDFDataTruncated(_ path: String, _ end: Int, _ size: Int) -> String {
    "'\(path)' is truncated or damaged: its header places data up to byte \(end) but the file "
      + "has \(size) bytes"
  }
  static func netCDFGroupsTooDeep(_ depth: Int) -> String { "groups nest more than \(depth) deep" }
  static func netCDFHeaderTruncated(_ path: String) -> String {
    "'\(path)' is truncated: its header ends before the file does"
  }
  /// What the library said when a define or put call (`what`) failed.
  static func netCDFLibraryRefused(_ what: String, _ reason: String) -> String {
    "'\(what)': \(reason)"
  }
  /// One line naming what to install when the netCDF-C library is missing.
  static let netCDFLibraryMissing =
    "reading netCDF needs the netCDF-C library: apt-get install libnetcdf19 (Debian/Ubuntu)"
  static func netCDFNotNetCDF(_ path: String) -> String {
    "'\(path)' is not a netCDF file: it starts with neither 'CDF' nor the HDF5 signature"
  }
  static func netCDFSliceOutside(_ start: [Int], _ count: [Int], _ name: String, _ shape: [Int])
    -> String
  {
    "the slice \(start) + \(count) does not fit variable '\(name)' of shape \(shape)"
  }
  static func netCDFTooManyEntries(_ count: Int) -> String { "the header claims \(count) entries" }
  static func netCDFUndefinedDimension(_ variable: String) -> String {
    "variable '\(variable)' uses a dimension the file does not define"
  }
  static func netCDFUnknownDimension(_ variable: String, _ dimension: String) -> String {
    "variable '\(variable)' uses undefined dimension '\(dimension)'"
  }
  static let netCDFUnreadable = "no such file or not readable"
  static func netCDFUnreadableHeader(_ reason: String) -> String {
    "the file's header cannot be read: \(reason)"
  }
  static func netCDFUserType(_ variable: String, _ type: Int) -> String {
    "variable '\(variable)' has a type awish does not read (user-defined type \(type))"
  }
  static func netCDFValuesBeyondFile(_ variable: String, _ values: Int, _ path: String) -> String {
    "variable '\(variable)' claims \(values) values, more than '\(path)' can hold"
  }
  static func netCDFVariableTooLarge(_ variable: String) -> String {
    "variable '\(variable)' has more values than awish reads at once (\(Tensor.maxElements)); "
      + "read it in slices"
  }

  // MARK: - Safetensors

  static func safetensorsBadShape(_ name: String) -> String {
    "tensor '\(ShortText.escaped(name))' has a bad shape"
  }
  static func safetensorsByteCount(_ name: String, _ bytes: Int, _ shape: [Int], _ dtype: String)
    -> String
  {
    "tensor '\(ShortText.escaped(name))' has \(bytes) bytes for shape \(shape) of \(dtype)"
  }
  static let safetensorsGaps = "the tensors overlap or leave gaps"
  static func safetensorsHeaderLength(_ length: UInt64, _ size: Int) -> String {
    "the header claims \(length) bytes; the file has \(size)"
  }
  static func safetensorsHeaderNotJSON(_ reason: String) -> String {
    "the header is not valid JSON (\(reason))"
  }
  static let safetensorsHeaderNotObject = "the header is not a JSON object"
  static let safetensorsMetadataNotObject = "__metadata__ is not an object"
  static func safetensorsMetadataNotString(_ key: String) -> String {
    "metadata '\(ShortText.escaped(key))' is not a string"
  }
  static let safetensorsNoHeader = "the file is shorter than its header"
  static func safetensorsOutsideFile(_ name: String) -> String {
    "tensor '\(ShortText.escaped(name))' points outside the file"
  }
  static func safetensorsTooLarge(_ name: String) -> String {
    "tensor '\(ShortText.escaped(name))' is impossibly large"
  }
  static func safetensorsTrailingBytes(_ count: Int) -> String {
    "the file has \(count) bytes after the last tensor"
  }
  static func safetensorsUnknownDType(_ name: String) -> String {
    "tensor '\(ShortText.escaped(name))' has an unknown dtype"
  }

  // MARK: - Signal (WAV)

  static func wavBadDuration(_ duration: Double) -> String {
    "duration must be a time in seconds ≥ 0, not \(duration)"
  }
  static func wavBadStart(_ start: Double) -> String {
    "start must be a time in seconds ≥ 0, not \(start)"
  }
  static func wavBlockAlign(_ blockAlign: Int, _ channels: Int, _ bits: Int, _ expected: Int)
    -> String
  {
    "the fmt chunk's block align is \(blockAlign) bytes, but \(channels) channel(s) of "
      + "\(bits)-bit samples take \(expected)"
  }
  static func wavCannotMap(_ reason: String) -> String { "cannot map the file: \(reason)" }
  static func wavChunkTruncated(_ id: String, _ offset: Int, _ size: Int, _ remaining: Int)
    -> String
  {
    "chunk '\(ShortText.escaped(id))' at byte \(offset) declares \(size) bytes but only "
      + "\(remaining) remain"
  }
  static let wavDataBeforeFormat = "the data chunk comes before the fmt chunk"
  static func wavDataChunkTruncated(_ size: Int, _ remaining: Int) -> String {
    "the data chunk declares \(size) bytes but only \(remaining) follow: the file is "
      + "truncated or its header is wrong"
  }
  static let wavEmpty = "the file is empty"
  static func wavNoChannel(_ channel: Int, _ channels: Int) -> String {
    "channel \(channel) does not exist: the file has \(channels) (0-based)"
  }
  static let wavNoChannels = "the fmt chunk says the file has 0 channels"
  static let wavNoDataChunk = "the file has no data chunk"
  static let wavNoFormatChunk = "the file has no fmt chunk"
  static let wavNotRegularFile = "not a regular file"
  static let wavNotRIFF = "not a WAV file: it does not start with RIFF…WAVE"
  static func wavPartialFrame(_ dataSize: Int, _ blockAlign: Int) -> String {
    "the data chunk holds \(dataSize) bytes, not a whole number of \(blockAlign)-byte frames"
  }
  static func wavShortExtensibleChunk(_ size: Int) -> String {
    "the WAVE_FORMAT_EXTENSIBLE fmt chunk is \(size) bytes, fewer than 40"
  }
  static func wavShortFormatChunk(_ size: Int) -> String {
    "the fmt chunk is \(size) bytes, fewer than 16"
  }
  static func wavStartPastEnd(_ start: Double, _ length: Double) -> String {
    "start \(start) s is past the end of the recording (\(length) s)"
  }
  static func wavTooManySamples(_ frames: Int, _ channels: Int) -> String {
    "\(frames) frames × \(channels) channels is more than one signal may hold "
      + "(\(Tensor.maxElements) samples); read a part with start= and duration="
  }
  static func wavTooShort(_ count: Int) -> String {
    "the file is too short to be a WAV file (\(count) bytes)"
  }
  static func wavUnsupportedBits(_ bits: Int, isPCM: Bool) -> String {
    "\(bits)-bit \(isPCM ? "PCM" : "float") samples are not supported"
  }
  static func wavUnsupportedFormat(_ tag: Int) -> String {
    "format tag \(tag) is not supported (only PCM, IEEE float and their extensible forms)"
  }
  static let wavZeroRate = "the fmt chunk gives a sample rate of 0"
}
