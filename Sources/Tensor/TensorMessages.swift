import Foundation
import Guards

// Every text the Tensor module says to a user, in one place: the messages its readers, kernels
// and unit algebra put into their typed errors (Builtins gives them ids), and the hints and notes
// that travel with them. Grouped by concern, alphabetical inside each group. One lowercase
// sentence, no final period, code in single quotes, values from a file cut with ShortText.
// Texts that are not messages (format names, unit data, JSON keys, printed reports) stay where
// they are used.

/// The Tensor module's user-facing texts.
enum TensorMessages {
  // MARK: - CSV

  /// How to mend a row with too many or too few fields (read_csv says its own, with on_bad=).
  static let csvBadRowHint = "fix the row so it has as many fields as the header"
  static let csvEmpty = "file is empty"
  static func csvFieldCount(_ got: Int, _ expected: Int) -> String {
    "row has \(got) field\(got == 1 ? "" : "s"), the header has \(expected)"
  }
  static func csvInvalidUTF8(_ column: String) -> String {
    "invalid UTF-8 in column '\(ShortText.escaped(column))'"
  }
  static let csvInvalidUTF8InHeader = "invalid UTF-8 in the header"
  /// How to mend bytes that are not UTF-8 (read_csv says its own, with encoding=).
  static let csvLatin1Hint = "the file is probably Latin-1; save it as UTF-8"
  /// `line 4, field 2: message (hint)`, each part only when known.
  static func csvLocated(line: Int?, field: Int?, _ message: String, hint: String?) -> String {
    let place = [line.map { "line \($0)" }, field.map { "field \($0)" }].compactMap { $0 }
    let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
    return prefix + message + (hint.map { " (\($0))" } ?? "")
  }
  static func csvNotAFrame(_ problem: Frame.Problem) -> String {
    "columns could not form a frame: \(frameProblem(problem))"
  }
  static func csvNotOfType(_ value: String, _ column: String, _ type: ColumnType) -> String {
    "value '\(ShortText.escaped(value))' in column '\(ShortText.escaped(column))' is not "
      + "\(type == .int ? "an" : "a") \(type)"
  }
  static let csvOnlyBlankLines = "file has only blank lines"
  static func csvOversizedIntegers(_ column: String, _ example: String) -> String {
    "read_csv: column '\(column)' holds integers beyond 64 bits (such as \(example)); "
      + "read as strings to keep every digit"
  }
  static let csvUnterminatedQuote = "quoted field is not closed before the end of the file"

  // MARK: - Files

  /// "cannot read 'x.csv': it does not exist"; the path whole (cut short it would not say
  /// which file), control characters escaped.
  static func fileCannot(_ action: String, _ path: String, _ reason: String) -> String {
    "cannot \(action) '\(ShortText.escaped(path, limit: 4096))': \(reason)"
  }
  /// What is wrong, in words, without the path.
  static func fileFailure(_ failure: FileFailure, writing: Bool) -> String {
    switch failure {
    case .notFound: return writing ? "its folder does not exist" : "it does not exist"
    case .permissionDenied: return "permission denied"
    case .isADirectory: return "it is a folder, not a file"
    case .notADirectory: return "a part of the path before the last one is a file, not a folder"
    case .noSpace: return "no space is left on the device"
    case .readOnly: return "the file system is read-only"
    case .other(let reason): return reason
    }
  }
  static let fileFIFOUnread = "no process reads this FIFO"
  static func fileInsideRaw(_ target: String, _ raw: String) -> String {
    "'\(target)' is inside the read-only raw folder \(raw)"
  }
  static func fileNotAFile(_ target: String, _ kind: AtomicFile.TargetKind) -> String {
    let words: String
    switch kind {
    case .folder: words = "a folder"
    case .socket: words = "a socket"
    case .blockDevice: words = "a block device"
    case .special: words = "a special file"
    }
    return "'\(target)' is \(words), not a file; it is left as it is"
  }
  static let fileRefused = "the system refused it"
  static let fileUnreadable = "it cannot be read"

  // MARK: - Data archives (PANGAEA, O2A, EcoTaxa)

  static func ecoTaxaNotADate(_ text: String, _ column: String) -> String {
    "'\(ShortText.escaped(text))' in \(column) is not a date"
  }
  static func o2aFieldCount(_ header: Int, _ table: Int) -> String {
    "the O2A header has \(header) fields but the table \(table)"
  }
  /// `first` is the response's first field, cut to 40 characters.
  static func o2aNoDatetime(_ first: String) -> String {
    let shown = first.prefix(40)
    return "an O2A response starts with a 'datetime' column, not '\(shown)"
      + "\(shown.count < first.count ? "…" : "")'"
  }
  static func o2aNotATable(_ problem: Frame.Problem) -> String {
    "the O2A columns do not form a table: \(frameProblem(problem))"
  }
  /// A sensor the response holds more than once: each of its fields (numbered from 1 with
  /// `datetime` first) with how many values it has, and the field kept.
  static func o2aRepeatedSensor(
    _ urn: String, _ function: String, fields: [(field: Int, values: Int)], kept: Int
  ) -> String {
    let described = fields.map { field, values in
      "\(field) (\(values == 0 ? "no" : String(values)) value\(values == 1 ? "" : "s"))"
    }
    let times = fields.count == 2 ? "twice" : "\(fields.count) times"
    return "\(urn) (\(function)) is in the response \(times), as fields "
      + "\(described.joined(separator: ", ")); kept field \(kept)"
  }
  static let o2aTimesNotISO = "the O2A 'datetime' column does not hold ISO 8601 times"
  static func pangaeaEventColumn(_ name: String) -> String {
    "cannot add the event column '\(name)'"
  }
  static func pangaeaFieldCount(_ count: Int, _ header: Int) -> String {
    "\(count) fields, but the header has \(header)"
  }
  static let pangaeaNoDataTable = "the file has no data table"
  static let pangaeaUnclosedMetaheader = "the metaheader that starts with /* has no closing */ line"

  // MARK: - Frames

  /// Why columns do not make a frame (`Frame.Problem.message`).
  static func frameProblem(_ problem: Frame.Problem) -> String {
    switch problem {
    case .duplicateName(let name): return "column '\(ShortText.escaped(name))' appears twice"
    case .lengthMismatch(let name, let expected, let got):
      return "column '\(ShortText.escaped(name))' has \(got) rows, the frame has \(expected)"
    }
  }

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

  // MARK: - Learning

  static func learningClassifierForQuantity(_ model: String) -> String {
    "\(model)() is a classifier and cannot predict a quantity; use linear(), tree(), "
      + "random_forest(), knn() or mlp() for regression"
  }
  static func learningFeatureNotNumeric(_ name: String) -> String {
    "the feature '\(name)' is not numeric here"
  }
  static func learningFeatureNotStrings(_ name: String) -> String {
    "the feature '\(name)' holds no strings here"
  }
  static let learningLinearNeedsNumbers =
    "linear() is a regression model and needs a numeric target; for classes use logistic()"
  static func learningMissingFeature(_ name: String) -> String {
    "the feature '\(name)' has missing values; pass impute=\"mean\", \"median\" or "
      + "\"most_frequent\", or drop those rows"
  }
  static func learningNoColumn(_ name: String) -> String { "no column '\(name)' in the frame" }
  static func learningNoFeatureColumn(_ name: String) -> String {
    "the frame has no feature column '\(name)'"
  }
  static let learningNoFeatures = "there are no features to learn from"
  static let learningNoRows = "there are no training rows"
  static let learningOneClass =
    "the training rows hold only one class; a classifier needs two or more"
  static func learningStringFeature(_ name: String) -> String {
    "the feature '\(name)' holds strings; pass encode=true to one-hot encode it"
  }
  static func learningTargetMissing(_ name: String, _ count: Int) -> String {
    "the target column '\(name)' has \(count) missing values"
  }
  static func learningTargetNotClasses(_ name: String, _ type: String) -> String {
    "the target column '\(name)' is \(type); classification needs int, bool or string classes"
  }
  static let learningTargetNotFinite = "the target holds NaN or infinite values"
  /// `refusal` is the memory budget's "would need … GiB of memory, but …".
  static func learningWeightsTooLarge(_ refusal: String) -> String {
    "the network's weights \(refusal)"
  }
  /// "trees built 3/100": one more of `total` items finished.
  static func progressCount(_ noun: String, _ done: Int, _ total: Int) -> String {
    "\(noun) \(done)/\(total)"
  }
  static func progressEpoch(_ epoch: Int, _ epochs: Int, _ loss: Double) -> String {
    "epoch \(epoch)/\(epochs), loss \(String(format: "%.4f", loss))"
  }
  static let progressTreesBuilt = "trees built"

  // MARK: - Model files (fitted models as tensors and JSON)

  /// What a model file's field should hold, in words.
  enum FieldKind: String {
    case bool = "true or false"
    case int = "an int"
    case ints = "a list of ints"
    case list = "a list"
    case number = "a number"
    case text = "text"
  }

  static let archiveBadScalingEntry = "a scaling entry is not [mean, scale]"
  static let archiveClassesMismatch = "the classes do not match their type"
  static func archiveClassifierNotRegressor(_ model: String) -> String {
    "a \(model) model is a classifier, not a regressor"
  }
  static func archiveFieldMissing(_ key: String) -> String {
    "the field '\(ShortText.escaped(key))' is missing"
  }
  static func archiveFieldMistyped(_ key: String, _ expected: FieldKind) -> String {
    "the field '\(ShortText.escaped(key))' should be \(expected.rawValue)"
  }
  static let archiveLabelsOutside = "labels outside the classes"
  static func archiveNoCategories(_ feature: String) -> String {
    "the categories of '\(ShortText.escaped(feature))' are missing"
  }
  static let archiveNoClasses = "the model has no classes"
  static let archiveNoFeatures = "the preprocessing has no features"
  static let archiveRegressorNotClassifier = "a linear model is a regressor, not a classifier"
  static let archiveScalingMismatch = "the scaling does not match the features"
  static func archiveTensorLength(_ name: String, _ shape: [Int], _ count: Int) -> String {
    "the tensor '\(ShortText.escaped(name))' has shape \(shape), not [\(count)]"
  }
  static func archiveTensorMissing(_ name: String) -> String {
    "the tensor '\(ShortText.escaped(name))' is missing"
  }
  static func archiveTensorShape(_ name: String, _ shape: [Int]) -> String {
    "the tensor '\(ShortText.escaped(name))' has shape \(shape)"
  }
  static func archiveTreeBrokenNode(_ tree: String, _ node: Int) -> String {
    "the tree '\(ShortText.escaped(tree))' has a broken node \(node)"
  }
  static func archiveTreeSize(_ tree: String, _ nodes: Int) -> String {
    "the tree '\(ShortText.escaped(tree))' has \(nodes) nodes"
  }
  static func archiveUnknownClassType(_ type: String) -> String {
    "unknown class type '\(ShortText.escaped(type))'"
  }
  static let archiveUnknownCriterion = "unknown tree criterion"
  static func archiveUnknownFeatureKind(_ kind: String) -> String {
    "unknown feature kind '\(ShortText.escaped(kind))'"
  }
  static func archiveUnknownModel(_ type: String) -> String {
    "unknown model type '\(ShortText.escaped(type))'"
  }

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
  static func cfNotOneFrame(_ problem: Frame.Problem) -> String {
    "the variables do not make one frame: \(frameProblem(problem))"
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
  /// One line naming what to install when the netCDF-C library is missing.
  static let netCDFLibraryMissing =
    "reading netCDF needs the netCDF-C library: apt-get install libnetcdf19 (Debian/Ubuntu)"
  /// What the library said when a define or put call (`what`) failed.
  static func netCDFLibraryRefused(_ what: String, _ reason: String) -> String {
    "'\(what)': \(reason)"
  }
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

  // MARK: - Tensors (shapes, subscripts, products)

  static func cannotReshape(_ shape: [Int], _ newShape: [Int]) -> String {
    "cannot reshape \(shape) to \(newShape)"
  }
  static func cannotReshapeCount(_ shape: [Int], _ count: Int, _ newShape: [Int]) -> String {
    "cannot reshape \(shape) (\(count) values) to \(newShape)"
  }
  static let indexOutOfRange = "index out of range"
  static let negativeSize = "negative size"
  static func notAPermutation(_ axes: [Int], _ rank: Int) -> String {
    "axes \(axes) are not a permutation of 0..<\(rank)"
  }
  static func productTooLarge(_ rows: Int, _ columns: Int) -> String {
    "the product would have \(rows)×\(columns) values, more than \(Tensor.maxElements)"
  }
  static func shapeTooLarge(_ shape: [Int]) -> String { "shape \(shape) is too large or negative" }
  /// `refusal` is the memory budget's "would need … GiB of memory, but …".
  static func tensorTooLarge(_ shape: [Int], _ refusal: String) -> String {
    "a tensor of shape \(shape) \(refusal)"
  }
  static func tooManySubscripts(_ count: Int, _ rank: Int) -> String {
    "\(count) subscripts for a tensor of rank \(rank)"
  }
  static func valuesDoNotFill(_ count: Int, _ shape: [Int]) -> String {
    "\(count) values do not fill shape \(shape)"
  }

  // MARK: - Units

  static let unitAbsoluteSalinityHelp =
    "absolute salinity in g/kg needs TEOS-10 (gsw's SA_from_SP), which also needs position and "
    + "pressure"
  static func unitAbsoluteSum(_ left: PhysicalUnit, _ right: PhysicalUnit) -> String {
    "cannot add \(left) and \(right): the sum of two absolute temperatures means nothing "
      + "(0 °C + 0 °C is not 0 °C)"
  }
  static let unitAbsoluteSumHelp =
    "subtract to get a difference (Δ°C), add a difference, or convert both to K with "
    + "to_unit(x, \"K\") first"
  static func unitDifferenceVersusAbsolute(_ from: PhysicalUnit, _ to: PhysicalUnit) -> String {
    "cannot convert \(from) to \(to): one is a temperature difference, the other an absolute "
      + "temperature"
  }
  static func unitDimensionsDiffer(_ a: PhysicalUnit, _ b: PhysicalUnit) -> String {
    "\(a.dimension.name) is not \(b.dimension.name)"
  }
  static func unitFractionalPower(_ base: PhysicalUnit) -> String {
    "cannot raise \(base) to a power that is not one whole number"
  }
  static let unitFractionalPowerHelp =
    "strip the unit with value(…) first, or convert to a plain number"
  static func unitGrammarStopsHelp(_ rest: String) -> String {
    "the grammar stops at '\(ShortText.escaped(rest))'"
  }
  static func unitIncompatible(_ from: PhysicalUnit, _ to: PhysicalUnit) -> String {
    "cannot convert \(from) to \(to): " + unitDimensionsDiffer(from, to)
  }
  static func unitMismatch(
    _ verb: UnitVerb, _ left: PhysicalUnit, _ right: PhysicalUnit, _ reason: String
  ) -> String {
    "cannot \(unitVerb(verb)) \(left) and \(right): \(reason)"
  }
  static func unitMismatchHelp(_ left: PhysicalUnit) -> String {
    "convert one side first with to_unit(x, \"\(left)\")"
  }
  static let unitMissingAtEndHelp = "a unit is missing at the end"
  static let unitMissingParenthesisHelp = "a ')' is missing"
  static func unitNotANumberHelp(_ written: String) -> String {
    "'\(ShortText.escaped(written))' is not a number"
  }
  static func unitNotKnownHelp(_ word: String) -> String {
    "'\(ShortText.escaped(word))' is not a unit awish knows; docs/units.md lists the spellings"
  }
  static func unitOffsetArithmetic(_ verb: UnitVerb, _ unit: PhysicalUnit) -> String {
    "cannot \(unitVerb(verb)) \(unit): it is an absolute temperature whose zero is not "
      + "absolute zero"
  }
  static let unitOffsetArithmeticHelp =
    "to change the scale use to_unit(x, \"°F\"); to scale values, convert to K with "
    + "to_unit(x, \"K\") first, or subtract two temperatures: a difference (Δ°C) scales"
  static let unitParenthesesHelp = "too many parentheses"
  static let unitPPTHelp =
    "'ppt' is ‰ to oceanographers and 1e-12 to UDUNITS-2: write ‰, g/kg or psu"
  static let unitSalinityAloneHelp =
    "practical salinity (psu) stands alone; it does not combine with other units"
  static func unitSalinityNotMassFraction(_ from: PhysicalUnit, _ to: PhysicalUnit) -> String {
    "cannot convert \(from) to \(to): practical salinity (PSS-78) is a dimensionless ratio, "
      + "not a mass fraction"
  }
  static let unitsDiffer = "the units differ"
  static let unitSverdrupHelp = "a sverdrup is 1e6 m3/s; write that"
  static func unitTooLarge(_ text: String) -> String {
    "the unit '\(ShortText.escaped(text))' has too large an exponent"
  }
  static func unitUnexpectedHelp(_ character: Character) -> String {
    "unexpected '\(ShortText.escaped(String(character)))'"
  }
  static func unitUnknown(_ text: String) -> String { "unknown unit '\(ShortText.escaped(text))'" }
  static func unitUnreadable(_ from: PhysicalUnit, _ to: PhysicalUnit, unknown: PhysicalUnit)
    -> String
  {
    "cannot convert \(from) to \(to): awish cannot read the unit '\(unknown)'"
  }
  /// The verb a unit message uses for `verb`.
  static func unitVerb(_ verb: UnitVerb) -> String {
    switch verb {
    case .add: return "add"
    case .compare: return "compare"
    case .divide: return "divide"
    case .multiply: return "multiply"
    case .raise: return "raise to a power"
    case .remainder: return "use '%' or '//' with"
    case .subtract: return "subtract"
    }
  }
  static let unitWholeExponentHelp = "expected a whole exponent"
  static func unitWithBareNumber(_ verb: UnitVerb, _ right: PhysicalUnit) -> String {
    "cannot \(unitVerb(verb)) \(right) and a number without a unit"
  }

  // MARK: - Verbs (stacking, pivots)

  static func cannotConvertColumn(
    _ type: String, _ name: String, from unit: PhysicalUnit, to target: PhysicalUnit
  ) -> String {
    "cannot convert the \(type) column '\(name)' from \(unit) to \(target)"
  }
  static func pivotBareColumns(_ unit: String) -> String {
    "some columns are in \(unit) and some have no unit; say what the bare ones are with "
      + "units=\"\(unit)\""
  }
}
