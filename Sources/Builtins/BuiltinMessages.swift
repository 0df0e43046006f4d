import Guards
import Tensor

// Every text the builtin library says to a user, one enum per area in the order of
// `Builtins.areas`, each alphabetical. One lowercase sentence, no final period, code in single
// quotes, values cut with ShortText. The ids these texts travel with are in BuiltinErrors.swift.

// MARK: - Core, math, strings, collections

/// Texts of the core, math, string and collection builtins.
enum CoreMessages {
  static func cannotRound(_ number: String) -> String { "cannot round \(number) to an int" }
  static let emptySeparator = "empty separator"
  static func emptySequence(_ function: String) -> String { "\(function)() of an empty sequence" }
  /// The message of the stop `exit(code)` raises; the REPL and runner end quietly on it.
  static let exit = "exit"
  static func needsNumbers(_ function: String, _ type: String) -> String {
    "\(function)() needs numbers, found \(type)"
  }
  static func notAFloat(_ what: String) -> String { "cannot convert \(what) to a float" }
  static func notAnInt(_ what: String) -> String { "cannot convert \(what) to an int" }
  static let nothingToReplace = "nothing to replace"
  static let rangeStepZero = "range() step cannot be zero"
  static let reduceEmpty = "reduce() of an empty sequence with no initial value"
  static let sortKeyKind = "column names or columns of the frame"
  static let sortOneKindHelp = "sort needs values of one kind"
  static let sumOverflow = "integer overflow in sum()"
  static let sumOverflowHelp = "convert to floats first, e.g. map(xs, float)"
  static func textNotAFloat(_ text: String) -> String {
    "cannot convert \(ShortText.quoted(text)) to a float"
  }
  static func textNotAnInt(_ text: String) -> String {
    "cannot convert \(ShortText.quoted(text)) to an int"
  }
  static let textNotAnIntHelp = "int() reads whole numbers like \"42\"; use float() for \"4.2\""
  static func zipNeedsSequences(_ type: String) -> String { "zip() needs sequences, got \(type)" }
}

// MARK: - Files

/// Texts of the file builtins (read_csv, write_csv, read_json, …).
enum FileMessages {
  static func fileMissing(_ path: String) -> String {
    "file '\(path)' does not exist"
  }
  static func lookedFor(_ path: String) -> String { "looked for \(path)" }
  static func noColumnInFile(_ name: String, _ columns: [String]) -> String {
    "no column '\(ShortText.escaped(name))' in the file (columns: "
      + columns.map { ShortText.escaped($0) }.joined(separator: ", ") + ")"
  }
  static func noFileMatches(_ pattern: String) -> String {
    "no file matches '\(pattern)'"
  }
  static func notAFile(_ path: String) -> String {
    "'\(path)' cannot be read as a file"
  }
  static func notATimeFormat(_ column: String) -> String {
    "the format for '\(ShortText.escaped(column))' is not a time format"
  }
  static func notUTF8(_ path: String) -> String { "'\(path)' is not UTF-8 text" }
  static let separatorLength = "the separator must be one character"
  /// read_csv's note when on_bad="skip" left rows out.
  static func skippedRows(_ count: Int) -> String {
    "read_csv: skipped \(count) malformed row\(count == 1 ? "" : "s")"
  }
  static func timeFormatMismatch(_ value: String, _ column: String) -> String {
    "'\(ShortText.escaped(value))' in column '\(ShortText.escaped(column))' does not fit its time format"
  }
  static func timesNotText(_ column: String, _ type: String) -> String {
    "column '\(ShortText.escaped(column))' holds \(type) values, not text"
  }
  static func unknownColumnType(_ column: String) -> String {
    "type of '\(ShortText.escaped(column))' must be one of float, int, bool, string, time"
  }
}

// MARK: - Frames and columns

/// Texts of the frame and column builtins and verbs.
enum FrameMessages {
  static let absoluteTemperatureCumsumHelp =
    "convert to K with to_unit(x, \"K\") first, or take diff() for changes"
  static func absoluteTemperatureSum(_ unit: PhysicalUnit) -> String {
    "cannot sum \(unit): the sum of absolute temperatures means nothing"
  }
  static let absoluteTemperatureSumHelp =
    "convert to K with to_unit(x, \"K\") first, or take the mean"
  /// What astype() says it cannot convert when asked for times.
  static let aColumn = "a column"
  static func asofMissingKey(_ name: String, left: Bool) -> String {
    "column '\(name)' of the \(left ? "left" : "right") frame has a missing value"
  }
  static func asofNotSorted(_ name: String, left: Bool) -> String {
    "the \(left ? "left" : "right") frame is not sorted by '\(name)'"
  }
  static func asofNotSortedHelp(_ name: String) -> String { "sort it first with sort(.\(name))" }
  static func badFormat(_ format: String) -> String {
    "'\(format)' is not a time format"
  }
  static let badFormatHelp = "use %Y %y %m %d %j %H %M %S %f and literal text"
  static func badRegex(_ pattern: String) -> String {
    "'\(ShortText.escaped(pattern))' is not a valid regular expression"
  }
  static func badTime(_ value: String, _ row: Int) -> String {
    "cannot read '\(value)' at row \(row) as a time"
  }
  static let betweenTakesTwo = "between= takes two column names, like [\"a\", \"c\"]"
  static func cannotConvert(_ value: String, _ row: Int, _ type: String) -> String {
    "cannot convert \(value) at row \(row) to \(type)"
  }
  static let cannotConvertToIntHelp = "round the values first, or convert to float"
  static func columnOperandTypes(_ op: String, _ type: ColumnType, _ other: String) -> String {
    "cannot apply '\(op)' to a \(type.rawValue) column and \(other)"
  }
  static let columnOverflowHelp = "convert the column with float(…) first"
  static let columnsHoldFloat64 = "columns hold float64 values"
  static func comparedWithNil(_ op: String) -> String {
    "'\(op) nil' on a column gives a missing value in every row"
  }
  static func comparedWithNilHelp(isEqual: Bool) -> String {
    isEqual ? "test for missing values with is_na(…)" : "test for present values with not_na(…)"
  }
  /// read_csv's words for the reader's hints, which name its options.
  static let csvBadRowHint = "fix the row, or pass on_bad=\"skip\" to leave such rows out"
  static let csvLatin1Hint = "if the file is Latin-1, read it with encoding=\"latin-1\""
  static let csvSeparatorHint = "is the separator right? sep=\"\\t\" for tabs"
  static func duplicatePair(_ id: [String], _ name: String) -> String {
    "rows with id (\(id.joined(separator: ", "))) have more than one value for '\(name)'"
  }
  static let expectedColumnNames = "column names"
  static let expectedFillFrame = "a frame (name=value fills one column each)"
  static let expectedNumbers = "numbers"
  static func exponentWithUnit(_ unit: PhysicalUnit) -> String {
    "an exponent cannot have a unit (\(unit))"
  }
  static let exponentWithUnitHelp = "strip it with value(…)"
  static let fillNeedsOne = "fill_na() takes a value or a method, not both and not neither"
  /// The first present value of a string column that is not a number, and its row.
  private static func firstNonNumber(_ column: Column) -> (Int, String)? {
    guard case .string(let codes, let dictionary) = column.storage else { return nil }
    let row = codes.indices.first { row in
      !column.isMissing(row) && Double(dictionary[Int(codes[row])]) == nil
    }
    return row.map { ($0, dictionary[Int(codes[$0])]) }
  }
  static let float32IsForTensors = "float32 is for tensors"
  static let frameCorrelationTakesNoY = "a frame's correlation takes no y"
  static func functionNotOnePerGroup(_ name: String) -> String {
    "the function must give one number, string or bool per group for '\(name)'"
  }
  static let functionNotOnePerGroupHelp = "give an aggregate such as mean, median or len"
  static let groupByNeedsKey = "group_by() needs at least one key column"
  static func keyTypes(_ name: String, _ a: ColumnType, _ b: ColumnType) -> String {
    "key column '\(name)' is \(a.rawValue) on the left and \(b.rawValue) on the right"
  }
  static func keyUnits(_ name: String, _ problem: String) -> String {
    "cannot match key '\(name)': \(problem)"
  }
  static func keyUnitsHelp(_ target: PhysicalUnit) -> String {
    "convert it first with to_unit(x, \"\(target)\")"
  }
  static func lengthMismatch(_ a: Int, _ b: Int) -> String {
    "columns of different lengths: \(a) and \(b) rows"
  }
  static func maskNotBool(_ type: String) -> String {
    "rows are picked with a bool column, got a \(type) column"
  }
  static func missingName(_ name: String, _ row: Int) -> String {
    "column '\(name)' has a missing value at row \(row); new column names come from its values"
  }
  static let mixedKinds = "a column holds values of one kind (numbers, bools or strings)"
  static func mixedTypes(_ name: String, _ a: ColumnType, _ b: ColumnType) -> String {
    "column '\(name)' is \(a.rawValue) in one frame and \(b.rawValue) in another"
  }
  static let mixedTypesHelp = "convert the column with astype() first"
  static let negativeTolerance = "the tolerance must not be negative"
  static func newNameNotString(_ old: String) -> String {
    "the new name of '\(old)' must be a string"
  }
  static func noColumn(_ name: String, _ count: Int) -> String {
    "no column '\(name)' in the frame (\(count) columns)"
  }
  static func noKeyColumn(_ name: String, left: Bool) -> String {
    "no column '\(name)' in the \(left ? "left" : "right") frame"
  }
  static func notAColumn(_ type: String) -> String {
    "a column is made from a list of values, got \(type)"
  }
  static func notColumnResult(_ name: String, _ got: String) -> String {
    "the function gave \(got) for column '\(name)'; it must give a column of the same length"
  }
  static func notNumbers(_ reduction: String, _ column: Column) -> String {
    let name =
      column.name.isEmpty ? "the \(column.type.rawValue) column" : "column '\(column.name)'"
    let start = "\(reduction)() needs numbers, but \(name) is \(column.type.rawValue)"
    guard column.type == .string else { return start }
    if let (row, text) = firstNonNumber(column) {
      return start + ": '\(text)' at row \(row) is not a number"
    }
    return start + ": its numbers are stored as text"
  }
  static func notNumbersHelp(_ type: ColumnType) -> String {
    type == .string
      ? "fix or drop the rows that are not numbers, then astype(…, \"float\")"
      : "min(), max(), first() and last() work on times"
  }
  static func notNumeric(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue); this needs numbers"
  }
  static func notOnePerGroup(_ name: String) -> String {
    "'\(name)' must give one number, string or bool per group"
  }
  static let notOnePerGroupHelp = "wrap a column in an aggregate such as mean(.x) or len(.x)"
  static func notOrdered(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue); join_asof needs numbers or times"
  }
  static func notStrings(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue); parse_time reads strings"
  }
  static func notTime(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue), not time"
  }
  static let notTimeHelp = "read strings as times with parse_time(.column)"
  static func pivotProblem(_ problem: Pivot.Problem, names: String) -> String {
    switch problem {
    case .noColumn(let name): return noColumn(name, 0)
    case .mixedTypes(let a, let b):
      return "the stacked columns mix \(a.rawValue) and \(b.rawValue) values"
    case .units(let reason): return "cannot stack the columns: " + reason
    case .missingName(let row): return missingName(names, row)
    case .duplicate(let id, let name): return duplicatePair(id, name)
    case .frame(let problem): return problem.message
    case .memory(let refusal): return refusal.message
    }
  }
  static let quantileRange = "quantiles lie between 0 and 1"
  static func sampleTooLarge(_ n: Int, _ rows: Int) -> String {
    "cannot take \(n) rows from a frame of \(rows)"
  }
  static func seriesOverflow(_ builtin: String, _ column: String) -> String {
    "integer overflow in '\(builtin)' of column '\(column)'"
  }
  static let seriesOverflowHelp = "convert the column with astype(…, \"float\") first"
  static func stackKinds(_ name: String, _ files: String) -> String {
    "column '\(name)' holds different kinds of values in different \(files)"
  }
  static func stackKindsHelp(_ name: String) -> String {
    "give its type with types={\(name): \"string\"}"
  }
  static func stackUnitAndNone(_ name: String, _ unit: String) -> String {
    "some pieces are in \(unit) and some have no unit; say what the bare ones are with "
      + "units={\(name): \"\(unit)\"} or set_unit()"
  }
  static func stackUnits(_ name: String, _ reason: String) -> String {
    "cannot stack column '\(name)': \(reason)"
  }
  static func sumOverflow(_ name: String) -> String {
    "the sum of int column '\(name)' does not fit in 64 bits"
  }
  static let sumOverflowHelp = "convert the column with astype(…, \"float\") for an inexact sum"
  static func toleranceNeedsNumber(_ type: ColumnType) -> String {
    "a \(type.rawValue) key needs a numeric tolerance"
  }
  static func tooManyBins(_ count: Int64, _ limit: Int) -> String {
    "resampling would make \(count) bins; the limit is \(limit)"
  }
  static func valueDoesNotFit(_ value: String, _ type: ColumnType) -> String {
    "\(value) cannot fill a \(type.rawValue) column"
  }
}

// MARK: - Tensors

/// Texts of the tensor builtins.
enum TensorBuiltinMessages {
  static func axisOutOfRange(_ axis: Int, _ rank: Int) -> String {
    "axis \(axis) is out of range for a tensor of rank \(rank)"
  }
  static let broadcastHelp = "sizes must be equal or 1"
  static let expectedInts = "ints"
  static let expectedTensor = "a tensor"
  static func holdsFloats(_ type: String) -> String { "a tensor holds floats, not \(type) values" }
  static let holdsFloatsHelp = "use \"float64\" or \"float32\""
  static let matmulShapesHelp = "the inner sizes must agree: (m, k) @ (k, n)"
  static let notTensorValues = "a tensor needs numbers in nested lists of equal lengths"
  static func resultTooLarge(_ op: String, _ shape: [Int], _ limit: Int) -> String {
    "the result of '\(op)' would have shape \(TensorText.shape(shape)), more than \(limit) values"
  }
  static func shapeMismatch(_ a: [Int], _ b: [Int], _ op: String) -> String {
    "shapes \(TensorText.shape(a)) and \(TensorText.shape(b)) do not fit for '\(op)'"
  }
  /// The container's name in index messages.
  static let tensor = "tensor"
  static func tooManySubscripts(_ count: Int, _ shape: [Int]) -> String {
    "\(count) subscripts for a tensor of shape \(TensorText.shape(shape))"
  }
}

// MARK: - Cleaning and units

/// Texts of the cleaning and unit builtins.
enum CleaningMessages {
  static func boundsReversed(_ lower: Double, _ upper: Double) -> String {
    "the lower bound \(lower) is above the upper bound \(upper)"
  }
  static func boundWithoutColumnUnit(_ unit: PhysicalUnit) -> String {
    "the column has no unit, the bound is in \(unit)"
  }
  static let boundWithoutColumnUnitHelp =
    "give the column one with set_unit(), or pass a plain number"
  static let expectedNameLists = "lists of names"
  static let expectedUnitStrings = "unit strings"
  /// The start of a harmonize() message about one column of one source.
  static func inColumn(_ source: String, _ name: String) -> String {
    "\(source): '\(name)': "
  }
  static func mappingNotRecord(_ name: String) -> String {
    "the mapping for '\(name)' must be a record {old: new}"
  }
  static func notNumberOrQuantity(_ name: String, _ type: String) -> String {
    "'\(name)' must be a number or quantity, not \(type)"
  }
  static let notNumericConversion = "only numeric columns convert"
  static let noUnit = "the column has no unit"
  static let noUnitHelp = "give it one with set_unit(col, \"°C\") or clean_names()"
  static let recodedMixedKinds = "the recoded values mix types that no column holds"
  static let recodedMixedKindsHelp = "map every value, or map to values of the column's type"
  static func twoColumnsMatch(_ source: String, _ name: String) -> String {
    "\(source): two columns match '\(name)'"
  }
  static let twoColumnsMatchHelp = "give the aliases so that each column matches one target"
  static func unitsNotStrings(_ parameter: String) -> String {
    "'\(parameter)' maps names to unit strings"
  }
  static func valueNotQuantity(_ type: String) -> String {
    "value() takes a quantity or a number, not \(type)"
  }
}

// MARK: - Plots

/// Texts of the plot builtins.
enum PlotMessages {
  static func alphaRange(_ alpha: Double) -> String { "alpha must be 0 to 1, not \(alpha)" }
  static func binsRange(_ bins: Int) -> String { "bins must be 1 to 10000, not \(bins)" }
  static let binsShape = "bins must be a number of bins or a list of at least two increasing edges"
  static let binsShapeHelp = "for example bins=20 or bins=[0, 10, 50, 100]"
  static let boxNeedsNumbers = "box plots need numbers"
  static func byLength(_ groups: Int, _ values: Int) -> String {
    "by has \(groups) values but there are \(values)"
  }
  static func cannotPlot(_ type: String) -> String { "cannot plot \(type) values" }
  static let cannotPlotHelp =
    "give a column, tensor, list or range of numbers, or a frame and its columns"
  static let classifierReport = "this report is a classifier's; residual_plot needs a regression's"
  static let classifierReportHelp = "confusion_plot(r) draws a classifier's errors"
  static let colorColumnHelp = "color=3 picks a colour of the cycle; a column groups"
  static func colorNumberOnly(_ last: Int) -> String {
    "color= here takes a colour of the cycle, 0 to \(last)"
  }
  static let colorNumberOnlyHelp =
    "plot, scatter and hist take a column to draw one series per group"
  static func colorRange(_ last: Int) -> String { "colours are numbered 0 to \(last)" }
  static func columnLength(_ values: Int, _ rows: Int) -> String {
    "the column has \(values) values but the frame \(rows) rows"
  }
  static let emptySpectrogram = "the spectrogram is empty or has no frequency above 0"
  static let emptyTensor = "the tensor is empty"
  static let imshowNeeds2D = "imshow needs a 2-D tensor"
  static let imshowNeeds2DHelp = "reshape a flat tensor first, e.g. reshape(t, [rows, -1])"
  static func limitsShape(_ name: String) -> String {
    "\(name) must be [low, high], two numbers with low below high"
  }
  static func limitsShapeHelp(_ name: String) -> String {
    "for example \(name)=[0, 100]; invert_y=true draws y downwards"
  }
  static let nameColumns = "name the columns to plot"
  static let nameColumnsHelp =
    "for example df |> plot(.time, .temp) or plot(df, \"time\", \"temp\")"
  static let nameValueColumn = "name the column of values"
  static let nameValueColumnHelp = "for example boxplot(df, .mass, by=.species)"
  static func needsNumbers(_ option: String) -> String { "\(option)= needs numbers" }
  static let noValuesToSummarise = "there are no values to summarise"
  static func optionLength(_ option: String, _ values: Int, _ rows: Int) -> String {
    "\(option)= has \(values) values but the data \(rows)"
  }
  static let pointSizeRange = "the point size must be above 0 and at most 50"
  static func saveExtension(_ path: String) -> String { "'\(path)' should end in .svg or .png" }
  static let saveExtensionHelp = "the extension chooses the format"
  static func sizeRange(_ dimension: String, _ size: Int) -> String {
    "a plot \(dimension) must be 64 to 8000 pixels, not \(size)"
  }
  static let specshowNeedsSpectrogram =
    "specshow needs a spectrogram: a 2-D result with frequency and time axes"
  static let specshowNeedsSpectrogramHelp = "for example specshow(spectrogram(read_wav(path)))"
  static func takesAColumn(_ option: String, _ type: String) -> String {
    "\(option)= takes a column (such as .species), not \(type)"
  }
  static let thirdNeedsFrame = "a third data argument needs a frame first"
  static let thirdNeedsFrameHelp = "plot(x, y) or plot(df, .x, .y)"
  static func tooManyFacets(_ panels: Int) -> String {
    "facet= would draw \(panels) panels; at most 36"
  }
  static let tooManyFacetsHelp = "facet by a column with fewer values, or filter the rows first"
  static let topDBRange = "top_db must be above 0"
  static func xyLength(_ x: Int, _ y: Int) -> String { "x has \(x) values but y has \(y)" }
}

// MARK: - Workspace and data archives

/// Texts of the workspace and archive builtins (fetch, PANGAEA, EcoTaxa, sensors, HSM, zip).
enum ArchiveMessages {
  static func aggregateChoice(_ allowed: [String]) -> String {
    "aggregate must be one of \(allowed.joined(separator: ", "))"
  }
  /// A message from a file's reader, placed at its line.
  static func atLine(_ path: String, _ line: Int, _ message: String) -> String {
    "\(path):\(line): \(message)"
  }
  static func cannotCopy(_ path: String) -> String { "cannot copy \(path)" }
  static func cannotCreateWorkspace(_ folder: String, _ reason: String) -> String {
    "cannot create the workspace in \(folder): \(reason)"
  }
  static func cannotExtract(_ entry: String, _ reason: String) -> String {
    "cannot extract '\(ShortText.escaped(entry))': \(reason)"
  }
  static func cannotRead(_ path: String) -> String { "cannot read \(path)" }
  static func connectionFailed(_ host: String, _ reason: String) -> String {
    "the connection to \(host) failed: \(reason)"
  }
  static func dotsInPath(_ uri: String) -> String {
    "'\(ShortText.escaped(uri))' has a '..' or '.' in its path"
  }
  static let dotsInPathHelp = "write the path without '..' and '.'"
  static func ecoTaxaFileKind(_ name: String) -> String {
    "an EcoTaxa export is a .tsv or .zip file, not '\(ShortText.escaped(name))'"
  }
  static let ecoTaxaFileKindHelp = "export the project as TSV from EcoTaxa and fetch that file"
  static let functionsOnRawValues =
    "functions= does not apply to aggregate=\"second\": those are the raw values"
  static let functionsOnRawValuesHelp = "use aggregate=\"minute\" (or hour, day) with functions="
  static func hsmNotMounted(_ root: String) -> String {
    "the HSM archive is not mounted at \(root)"
  }
  static let hsmNotMountedHelp =
    "mount it (ls /hs/projects on an AWI Linux client), or set AWISH_HSM_ROOT or [archives] hsm "
    + "in awish.toml"
  static func httpStatus(_ url: String, _ status: Int) -> String {
    "\(url) answered HTTP \(status)"
  }
  /// A reader's message about one file of a fetch, prefixed with the file's name.
  static func inFile(_ name: String, _ message: String) -> String { "\(name): \(message)" }
  static func needsLogin(_ url: String) -> String {
    "\(url) needs a login: the dataset is protected"
  }
  static func needsLoginStatus(_ url: String, _ status: Int) -> String {
    "\(url) needs a login (HTTP \(status)): the dataset is protected or the token is wrong"
  }
  static let netCDFIsNotATable = "a netCDF file is a dataset; read it with read_netcdf"
  static func noDataTable(_ url: String) -> String { "\(url) has no data table (HTTP 406)" }
  static let noDataTableHelp =
    "the dataset is a collection or holds binary files; open it in a browser"
  static let noEcoTaxaTable = "the zip file holds no EcoTaxa .tsv file"
  static func noFile(_ path: String) -> String { "there is no file \(path)" }
  static func noResponse(_ url: String) -> String { "no response from \(url)" }
  static func notAFunction(_ name: String) -> String {
    "'\(ShortText.escaped(name))' is not an aggregate function name"
  }
  static let notAFunctionHelp = "for example functions=[\"mean\", \"max\", \"stddev\"]"
  static func notAnEcoTaxaPath(_ location: String) -> String {
    "'\(ShortText.escaped(location))' is not a path on the EcoTaxa server"
  }
  static func notASensorURN(_ urn: String) -> String {
    "'\(ShortText.escaped(urn))' is not a sensor URN"
  }
  static func notAURL(_ location: String) -> String {
    "'\(ShortText.escaped(location))' is not a URL"
  }
  static let notAZip = "not a zip file (no end of central directory)"
  static func notFound(_ url: String) -> String { "\(url) does not exist (HTTP 404)" }
  static func noWorkspace(_ folder: String) -> String {
    "no workspace: no awish.toml in \(folder) or any folder above it"
  }
  static let noWorkspaceHelp =
    "create one with 'awish init DIR' (or init_workspace(DIR)) and put scripts in it"
  static func noZlib(_ entry: String) -> String {
    "cannot inflate '\(ShortText.escaped(entry))': zlib (libz.so.1) is not installed"
  }
  static let noZlibHelp = "install Debian's zlib1g"
  static let o2aNeedsTimes = "an o2a: fetch needs begin= and end="
  static let o2aNeedsTimesHelp = "for example begin=\"2023-06-01\", end=\"2023-06-02\""
  static let o2aQueryURL = "cannot build the O2A query URL"
  static let pangaeaLoginHelp =
    "put `token = \"…\"` under [pangaea] in the credentials file named in awish.toml, or set "
    + "AWISH_PANGAEA_TOKEN (the token is on your profile page at pangaea.de/user)"
  static let sensorURNHelp =
    "URNs look like vessel:polarstern:tsg:temperature; separate several with commas"
  static func stagingFromTape(_ path: String, seconds: Int) -> String {
    "\(path) is still being staged from tape: no data after \(seconds) s"
  }
  static let stagingFromTapeHelp =
    "stage it first (or wait a few minutes) and fetch again; raise [defaults] timeout in "
    + "awish.toml for large files"
  static func tokenHelp(_ archive: String) -> String {
    "set AWISH_\(archive.uppercased())_TOKEN, or put `token = \"…\"` under [\(archive)] in the "
      + "credentials file named in awish.toml"
  }
  static let tomlHelp = "awish.toml takes [section] and key = value lines"
  static let tomlKeyValue = "expected key = value"
  static let tomlSection = "a section header looks like [name]"
  static func tomlValue(_ key: String) -> String {
    "cannot read the value of '\(ShortText.escaped(key))'"
  }
  static func truncated(_ url: String, _ received: Int64, _ expected: Int64) -> String {
    "the download of \(url) stopped after \(received) of \(expected) bytes"
  }
  static func unknownFormat(_ name: String) -> String {
    "fetch reads CSV, TSV, PANGAEA .tab, WAV and netCDF files, not '\(ShortText.escaped(name))'"
  }
  static let unknownFormatHelp = "copy other files with the archive's own tools"
  static func unknownScheme(_ uri: String) -> String {
    "fetch does not know the archive of '\(ShortText.escaped(uri))'"
  }
  static let unknownSchemeHelp = "use pangaea:, hsm:, o2a:, ecotaxa:, file: or https://"
  static func unpacking(_ reason: String) -> String { "unpacking the zip file " + reason }
  static func unreadableURL(_ uri: String) -> String {
    "'\(ShortText.escaped(uri))' is not a URL fetch can read"
  }
  static let wavIsNotATable = "a WAV file is a recording, not a table"
  static func webPage(_ url: String) -> String { "\(url) sent a web page, not a data table" }
  static let webPageHelp =
    "the dataset may be a collection or hold binary files; open it in a browser"
  static func workspaceInsideRaw(_ folder: String, _ raw: String) -> String {
    "cannot make a workspace in \(folder): it is inside the read-only raw folder \(raw)"
  }
  static func wouldReplace(_ uri: String, _ path: String, _ other: String) -> String {
    "fetching '\(uri)' would replace \(path), which holds '\(other)'"
  }
  static let wouldReplaceHelp =
    "raw/ keeps one source in one place; remove the other file (and its manifest row) by hand "
    + "if it is no longer wanted"
  static func zipBomb(mebibytes: Int, kibibytes: Int, ratio: Int) -> String {
    "the zip file would unpack to \(mebibytes) MiB from \(kibibytes) KiB, a ratio over \(ratio): "
      + "a zip bomb is refused"
  }
  static func zipChecksum(_ entry: String) -> String {
    "the zip entry '\(ShortText.escaped(entry))' fails its checksum"
  }
  static func zipCompression(_ entry: String, _ method: UInt16) -> String {
    "the zip entry '\(ShortText.escaped(entry))' uses compression \(method)"
  }
  static let zipDirectoryDamaged = "the zip file's central directory is damaged"
  static func zipEntryCut(_ entry: String) -> String {
    "the zip entry '\(ShortText.escaped(entry))' is cut short"
  }
  static func zipEntryDamaged(_ entry: String) -> String {
    "the zip entry '\(ShortText.escaped(entry))' is damaged"
  }
  static func zipEntryTooLarge(_ entry: String) -> String {
    "the zip entry '\(ShortText.escaped(entry))' is larger than 1 GiB"
  }
  static func zipEscape(_ entry: String) -> String {
    "the zip file has an entry '\(ShortText.escaped(entry))' that would be written outside its "
      + "folder"
  }
  static let zipEscapeHelp = "the archive is refused as a whole; ask its maker for a clean export"
  static let zipTooLarge = "the zip file would unpack to more than 4 GiB"
}

// MARK: - NetCDF

/// Texts of the NetCDF builtins.
enum NetCDFMessages {
  static func cannotWrite(_ type: String) -> String {
    "write_netcdf writes a frame, a tensor, a dataset or a record of them, not \(type)"
  }
  static let compressionLevel = "compression is a deflate level from 1 to 9"
  static func noMember(_ name: String, _ dataset: String) -> String {
    "no variable or group '\(ShortText.escaped(name))' in \(dataset)"
  }
  static func noVariable(_ name: String, _ dataset: String) -> String {
    "no variable '\(ShortText.escaped(name))' in \(dataset)"
  }
  static let noVariables = "the dataset has no variables"
  static let openDatasetHelp = "open one: read_netcdf(\"file.nc\")"
  static let toFrameNeedsDataset = "to_frame needs a dataset"
  static func tooManySubscripts(_ count: Int, _ variable: String, _ dimensions: [String]) -> String
  {
    "\(count) subscripts for variable '\(variable)' with \(dimensions.count) dimensions "
      + "(\(dimensions.joined(separator: ", ")))"
  }
  static func valuesDoNotFill(_ shape: String) -> String { "the values do not fill shape \(shape)" }
  static let variableNamesAreStrings = "variable names are strings"
}

// MARK: - Sound and spectra

/// Texts of the signal builtins.
enum SignalMessages {
  static let aminRange = "amin must be above 0"
  /// The expected kind of an int bounds check: "an int from 1 to 20".
  static func anInt(_ range: String) -> String { "an int " + range }
  static func atLeastSegment(_ length: Int, capped: Bool) -> String {
    "at least nperseg = \(length)" + (capped ? " (and ≤ 2^24)" : "")
  }
  static let badBand = "each band is [lo, hi] in Hz with lo < hi"
  static let badReference = "ref is a number or \"max\""
  static let badSamples = "samples must be a list or a 1-D or 2-D tensor of numbers"
  static let badWindow = "a window is a name, [name, parameter] or a list of numbers"
  static func belowSegment(_ length: Int) -> String { "from 0 to nperseg - 1 = \(length - 1)" }
  static func boundaryTooShort(_ boundary: Spectral.Boundary, _ half: Int) -> String {
    "boundary=\"\(boundary.rawValue)\" needs more than nperseg/2 = \(half) samples"
  }
  static let channelNotInt = "channel numbers are ints"
  static func cutoffRange(_ name: String, _ nyquist: Double, _ value: Double) -> String {
    "\(name) must be between 0 and the Nyquist frequency \(TensorLabels.number(nyquist)) Hz, "
      + "not \(TensorLabels.number(value))"
  }
  static let damagedRecipe = "the model's feature recipe is damaged"
  static let emptySignal = "the signal is empty"
  static func fftLongerThanSignal(_ fftLength: Int, _ samples: Int) -> String {
    "n_fft = \(fftLength) is longer than the signal (\(samples) samples)"
  }
  static let fftLongerThanSignalHelp = "use center=true or a smaller n_fft"
  static func filterTooShort(_ kind: Butterworth.Kind, _ order: Int, _ needed: Int, _ got: Int)
    -> String
  {
    "a \(kind.rawValue) filter of order \(order) needs at least \(needed) samples, got \(got)"
  }
  static func frequencyCount(_ fftLength: Int, _ bins: Int) -> String {
    "an FFT of \(fftLength) points has \(fftLength / 2 + 1) frequencies, not \(bins)"
  }
  static func fromTo(_ low: Int, _ high: Int) -> String { "from \(low) to \(high)" }
  static func fromToPower(_ low: Int, _ exponent: Int) -> String { "from \(low) to 2^\(exponent)" }
  static func giveRate(_ parameter: String) -> String { "give one: \(parameter)=48000" }
  static let lifterRange = "lifter must be ≥ 0"
  static let lowAboveHigh = "low must be below high"
  static func melBandRange(_ fmin: Double, _ fmax: Double) -> String {
    "the band must satisfy 0 ≤ fmin < fmax, not \(fmin) … \(fmax) Hz"
  }
  static func moreCoefficientsThanMels(_ count: Int, _ mels: Int) -> String {
    "n_mfcc \(count) is more than n_mels = \(mels)"
  }
  static let needsPowers = "power_to_db needs a tensor of powers"
  static let needsSpectrogram =
    "frame_features needs a spectrogram: the result of spectrogram (mode psd or magnitude) or "
    + "melspectrogram"
  static let needsSTFT =
    "istft needs an stft result: a tensor (frequency × time × 2) with at least 2 frequencies"
  static let noChannels = "a signal needs at least one channel"
  static let noChannelsChosen = "channels is empty; give at least one channel, or nil for all"
  static func notMono(_ channels: Int) -> String {
    "the signal has \(channels) channels; these functions take one"
  }
  static let notMonoHelp = "read one channel with read_wav(path, channels=[0])"
  static func notSignal(_ name: String, _ type: String) -> String {
    "'\(name)' must be a signal or a 1-D tensor or list of numbers, not \(type)"
  }
  static let numbersWithoutRate = "plain numbers have no sample rate"
  static func rateRange(_ rate: Double) -> String {
    "the sample rate must be above 0 Hz (and at most 1e9), not \(rate)"
  }
  /// "cannot read 'x.wav': it does not exist".
  static func readFailure(_ error: WAVError, _ path: String) -> String {
    error.failure?.message(path) ?? "cannot read '\(path)': \(error.message)"
  }
  static let resampledTooLong = "the resampled signal would be too long"
  static func resultTooLarge(_ what: String, _ sizes: [Int], _ limit: Int) -> String {
    "the \(what) would have \(sizes.map(String.init).joined(separator: " × ")) values, more "
      + "than a tensor may hold (\(limit))"
  }
  static let resultTooLargeHelp = "use fewer frequencies (nfft, n_mels) or a longer hop"
  static func rolloffRange(_ fraction: Double) -> String {
    "rolloff must be in (0, 1], not \(fraction)"
  }
  static func segmentVersusWindow(_ segment: Int, _ length: Int) -> String {
    "nperseg is \(segment) but the window has \(length) values"
  }
  /// What checkSize() names in "the … would have … values".
  static let sizedFilterbank = "mel filterbank"
  static let sizedResult = "result"
  static let sizedSignal = "signal"
  static let sizedSpectrogram = "spectrogram"
  static let sizedSTFT = "stft"
  static let tensorWithoutRate = "this tensor has no sample rate"
  static let tooLongForWAV = "the signal is too long for a WAV file (4 GiB)"
  static func tooManyCoefficients(_ count: Int, _ bands: Int) -> String {
    "n_mfcc \(count) is more than the \(bands) mel bands"
  }
  static let topDBRange = "top_db must be ≥ 0"
  static func unknownWindow(_ text: String) -> String {
    "unknown window '\(ShortText.escaped(text))'"
  }
  static func unknownWindowHelp(_ text: String, _ names: [String]) -> String {
    "windows: " + names.joined(separator: ", ")
      + (text == "kaiser" ? "; kaiser needs its beta: [\"kaiser\", 14]" : "")
  }
  static func upToFFTLength(_ fftLength: Int) -> String { "from 1 to n_fft = \(fftLength)" }
  static func windowLongerThanFFT(_ count: Int) -> String {
    "the window has \(count) values, more than n_fft"
  }
  static let windowParameterNotFinite = "the window's parameter must be a finite number"
  static func windowTooLong(_ count: Int) -> String {
    "a window of \(count) values is longer than 2^24"
  }
  static func windowVersusSegment(_ count: Int, _ length: Int) -> String {
    "the window has \(count) values, not nperseg = \(length)"
  }
  static let writeNeedsSignal = "write_wav needs a signal"
  static let writeNeedsSignalHelp = "make one: signal(x, rate=48000)"
}

// MARK: - Learning

/// Texts of the learning builtins.
enum LearningMessages {
  static func classTargetForRegressor(_ name: String, _ target: String, _ type: ColumnType)
    -> String
  {
    "\(name)() predicts a quantity and the target '\(target)' is \(type.rawValue): use "
      + "logistic(), tree(), random_forest(), knn(), naive_bayes() or mlp() to learn classes"
  }
  /// Warnings of evaluate(): classes the test frame lacks.
  static func classWithoutTestRows(_ names: [String]) -> String {
    "class \(names.map { "'\($0)'" }.joined(separator: ", ")) has no rows in the test frame: "
      + "its recall is undefined (shown as 0) and ROC AUC is left out"
  }
  static func featureUnit(
    _ name: String, _ unit: PhysicalUnit, _ recorded: String, _ problem: String
  ) -> String {
    "feature '\(name)' is in \(unit), the model was trained in \(recorded): " + problem
  }
  static func featureUnitHelp(_ recorded: String) -> String {
    "convert it with to_unit(x, \"\(recorded)\") if that is right"
  }
  static func floatTargetForClassifier(_ target: String, _ name: String) -> String {
    "the target '\(target)' holds floats (a quantity) and \(name)() is a classifier: use "
      + "linear(), tree(), random_forest(), knn() or mlp() to predict it, or bin it into "
      + "classes first"
  }
  static let groupAndStratify = "split by group or stratify by class, not both"
  static func groupsOnBothSides(_ group: String, _ count: Int, _ example: String) -> String {
    let groups = count == 1 ? "1 group" : "\(count) groups"
    return "\(groups) of '\(group)' (such as '\(example)') \(count == 1 ? "is" : "are") in both "
      + "the training and the test rows, so the score is optimistic; split with "
      + "group=\"\(group)\""
  }
  static func imbalancedClasses(_ most: (String, Int), _ least: (String, Int)) -> String {
    "the classes are strongly imbalanced ('\(most.0)' \(most.1) training rows, '\(least.0)' "
      + "\(least.1)): compare accuracy with the majority baseline and read balanced accuracy "
      + "and per-class recall"
  }
  static func imbalancedSplit(_ target: String, _ least: Int, _ most: Int) -> String {
    "the classes of '\(target)' are imbalanced (\(least) to \(most) rows) and the split was "
      + "not stratified: the test side may hold few of the rare class; pass "
      + "stratify=\"\(target)\" to train_test_split"
  }
  /// The note of a fit that took an int target with few values as classes.
  static func intsAsClasses(_ target: String, _ count: Int, _ name: String) -> String {
    "the target '\(target)' holds ints with \(count) distinct values: \(name)() learns them as "
      + "classes; pass \(name)(task=\"regression\") to predict a quantity"
  }
  /// The note of a fit that took an int target with many values as a quantity.
  static func intsAsQuantity(_ target: String, _ count: Int, _ name: String) -> String {
    "the target '\(target)' holds ints with \(count) distinct values: \(name)() predicts it as "
      + "a quantity (regression); pass \(name)(task=\"classification\") to learn each value as "
      + "a class"
  }
  static func manyClasses(_ target: String, _ classes: Int, _ rows: Int) -> String {
    "the target '\(target)' has \(classes) classes in \(rows) rows: a classifier learns each "
      + "value as a class of its own, and most test values will never have been seen; a "
      + "quantity needs a regression model, or bin it into classes first"
  }
  static func negative(_ name: String) -> String { "'\(name)' must not be negative" }
  static func noBuiltInImportance(_ name: String) -> String {
    "\(name) models have no built-in importance; pass permutation=true and frame= (held-out "
      + "rows)"
  }
  static func noColumn(_ name: String) -> String { "no column '\(name)' in the frame" }
  static let noRowsToEvaluate = "there are no rows to evaluate on"
  static let notARegressor = "this model is not a regressor"
  static func noTarget(_ target: String) -> String {
    "the frame has no target column '\(target)'"
  }
  static func noTargetToCompare(_ target: String) -> String {
    "the frame has no target column '\(target)' to compare predictions with"
  }
  static func notPositive(_ name: String) -> String { "'\(name)' must be positive" }
  static let notTrainedOnRecordings = "this model was not trained on features of a recording"
  static let notTrainedOnRecordingsHelp = "give a frame with the model's feature columns"
  static let permutationNeedsRows = "permutation importance needs held-out rows: pass frame="
  static let recipeGaveNoFrame = "the model's feature recipe did not give a frame"
  static func regressionNeedsNumbers(_ target: String, _ type: ColumnType) -> String {
    "task=\"regression\" needs a numeric target; '\(target)' is \(type.rawValue)"
  }
  static func regressionTargetNotNumbers(_ name: String, _ type: ColumnType) -> String {
    "the target column '\(name)' is \(type.rawValue); regression needs numbers"
  }
  static let regressorHasNoClasses = "this model is a regressor; it has no classes to score"
  static let regressorHasNoProbabilities =
    "a regression model predicts values, not class probabilities"
  static let regressorHasNoProbabilitiesHelp = "use predict(m, rows)"
  static func rowsWithoutTarget(_ count: Int) -> String {
    "\(count) rows have no target value; they are left out of the scores"
  }
  static func splitAcrossGroups(_ name: String, _ shared: Int) -> String {
    "\(shared) value\(shared == 1 ? "" : "s") of '\(name)' have rows in both the training and "
      + "the test side: rows of one \(name) resemble each other, so the test score flatters "
      + "the model; pass group=\"\(name)\""
  }
  static func splitOverTime(_ name: String) -> String {
    "train_test_split shuffled rows of a frame with a time column '\(name)': the model is "
      + "tested on times between its training times; for a forecast, split by time instead "
      + "(train = df |> where(.\(name) < t), test the rest)"
  }
  static func standardizedBeforeSplit(_ name: String) -> String {
    "'\(name)' has mean 0 and std 1 over all rows: standardized before the split, it lets the "
      + "test rows' mean and spread into training; split first and fit with standardize=true, "
      + "which learns them from the training rows"
  }
  static func targetIsFeature(_ target: String) -> String {
    "the target '\(target)' is also a feature"
  }
  static func targetMissing(_ name: String, _ count: Int) -> String {
    "the target column '\(name)' has \(count) missing values"
  }
  static func targetNotNumbers(_ target: String, _ type: ColumnType) -> String {
    "the target '\(target)' is \(type.rawValue); a regressor is scored on numbers"
  }
  static func targetUnit(_ target: String, _ own: PhysicalUnit, _ unit: String) -> String {
    "the target '\(target)' is in \(own), the model predicts \(unit)"
  }
  static let testShare = "'test' must be a share between 0 and 1"
  static func tooManyFolds(_ k: Int, _ rows: Int) -> String {
    "cannot make \(k) folds of \(rows) rows"
  }
  static func tooManyTrees(_ limit: Int) -> String { "'trees' must be at most \(limit)" }
  static let twoScalings = "choose standardize=true or minmax=true, not both"
  static func unseenClasses(_ count: Int) -> String {
    "\(count) rows have classes the model never saw (or no class); they are left out of the "
      + "scores"
  }
}

// MARK: - Model repository

/// Texts of the model repository builtins.
enum ModelMessages {
  static func aliasLooksLikeVersion(_ alias: String) -> String {
    "'\(ShortText.escaped(alias))' looks like a version; choose another alias"
  }
  /// save_model's note when an older version already holds the model.
  static func alreadySaved(_ name: String, _ version: Int) -> String {
    "save_model: \(name)@v\(version) already holds these weights, data and script; no new version"
  }
  /// The awish version `newerFormatHelp` names when model.json does not say which.
  static let aNewerVersion = "a newer version"
  static func badName(_ name: String) -> String {
    "'\(ShortText.escaped(name))' is not a model name"
  }
  static let badNameHelp = "use letters, digits, '.', '_' and '-', e.g. \"penguin-species\""
  static func cannotLoad(_ reference: String, _ reason: String) -> String {
    "\(reference) cannot be loaded: \(reason)"
  }
  static func cannotMove(_ reason: String) -> String {
    "cannot move the model into place: \(reason)"
  }
  static func cannotWriteAliases(_ name: String, _ reason: String) -> String {
    "cannot write the aliases of '\(name)': \(reason)"
  }
  static func concurrentSave(_ name: String, _ version: Int, _ saved: Int) -> String {
    "another process saved \(name) v\(version) at the same time; this one is v\(saved) but its "
      + "files say v\(version)"
  }
  static let concurrentSaveHelp = "save again"
  static func incomplete(_ name: String, _ version: Int) -> String {
    "\(name)@v\(version) is incomplete: model.json or the weights are missing"
  }
  static func inputChanged(_ what: String, _ path: String) -> String {
    "\(what) \(path) has changed since the model was saved (sha256 differs)"
  }
  static let inputChangedHelp =
    "restore the recorded version (see the model's metadata.json: git commit, DOIs)"
  static func inputMissing(_ what: String, _ path: String) -> String {
    "\(what) \(path) is missing"
  }
  static func invalidJSON(_ reference: String, _ reason: String) -> String {
    "the model.json of \(reference) is not valid JSON (\(reason))"
  }
  static func itsVersions(_ versions: [Int]) -> String {
    "its versions: " + versions.map { "v\($0)" }.joined(separator: ", ")
  }
  static func newerFormat(_ reference: String, _ format: Int, _ awish: String, _ reads: Int)
    -> String
  {
    "\(reference) has model format \(format); this awish \(awish) reads format \(reads) and older"
  }
  static func newerFormatHelp(_ version: String) -> String {
    "it was saved by awish \(version): load it with that version or later"
  }
  static func noAlias(_ name: String, _ alias: String) -> String {
    "model '\(name)' has no alias '\(ShortText.escaped(alias))'"
  }
  static func noAliasHelp(_ name: String, _ alias: String, known: [String]) -> String {
    known.isEmpty
      ? "set one with alias_model(\"\(name)@v1\", \"\(ShortText.escaped(alias))\")"
      : "its aliases: " + known.joined(separator: ", ")
  }
  static func noFreeVersion(_ name: String) -> String {
    "cannot find a free version number for '\(name)'"
  }
  static func noMetadata(_ name: String, _ version: Int) -> String {
    "\(name)@v\(version) has no readable metadata.json"
  }
  static func noModel(_ name: String, _ folder: String) -> String {
    "there is no model '\(name)' in \(folder)"
  }
  static func noModelHelp(_ name: String, known: [String]) -> String {
    known.isEmpty
      ? "save one with save_model(m, \"\(name)\")" : "models here: " + known.joined(separator: ", ")
  }
  static func notAnAwishModel(_ reference: String) -> String {
    "\(reference) is not an awish model (model.json has no awish format)"
  }
  static let noTargetMean = "the field 'target_mean' is missing"
  /// save_model's note for another model while `awish reproduce` runs.
  static func notSavedWhileReproducing(_ name: String, _ target: String) -> String {
    "reproduce: \(name) is not saved while reproducing \(target)"
  }
  static func noVersion(_ name: String, _ label: String) -> String {
    "model '\(name)' has no version \(ShortText.escaped(label))"
  }
  static func noWeightsFile(_ name: String, _ version: Int) -> String {
    "\(name)@v\(version) has no weights file"
  }
  static func noWorkspace(_ folder: String) -> String {
    "no workspace: no awish.toml in \(folder) or any folder above it"
  }
  static let noWorkspaceHelp = "run this inside a workspace (see 'awish init')"
  /// What the reproduction checks, as its messages name it.
  static let theScript = "the script"
  static let theTrainingData = "the training data"
  static func trainedWithoutScript(_ name: String, _ version: Int) -> String {
    "\(name)@v\(version) was trained without a script (in the REPL or -e)"
  }
  static let trainedWithoutScriptHelp = "only models saved by 'awish run SCRIPT' can be reproduced"
  static func weightsChanged(_ reference: String) -> String {
    "the weights of \(reference) do not match their sha256: the file was changed or truncated"
  }
  static func weightsChangedHelp(_ file: String) -> String {
    "restore \(file) from the repository (git) or save the model again"
  }
  static func weightsDamaged(_ reason: String) -> String {
    "the weights file is damaged: \(reason)"
  }
}

// MARK: - Runs on a cluster

/// Texts of the cluster builtins.
enum ClusterMessages {
  static func afterNeedsJob(_ after: String) -> String {
    "--after needs a job id such as 1234, got '\(ShortText.escaped(after))'"
  }
  static func atLeastOne(_ option: String, _ value: Int) -> String {
    "\(option) must be at least 1, got \(value)"
  }
  static func badName(_ name: String) -> String {
    "the name '\(ShortText.escaped(name))' may hold only letters, digits, '.', '_' and '-'"
  }
  static func cannotList(_ folder: String, _ reason: String) -> String {
    "cannot list \(folder): \(reason)"
  }
  static func cannotMakeFrame(_ folder: String, _ reason: String) -> String {
    "cannot make a frame of \(folder): \(reason)"
  }
  static func cannotRead(_ path: String) -> String { "cannot read \(path)" }
  static func cannotReadScript(_ path: String) -> String { "cannot read the script \(path)" }
  static let cannotRunSbatch = "cannot run sbatch"
  static let cannotRunSbatchHelp = "is Slurm installed on this machine?"
  static func cannotStartCombine(_ reason: String) -> String {
    "cannot start the combine step: \(reason)"
  }
  static func cannotWrite(_ path: String, _ reason: String) -> String {
    "cannot write \(path): \(reason)"
  }
  static func emptyAxis(_ key: String) -> String { "the grid of '\(key)' is empty" }
  static func emptyAxisHelp(_ key: String) -> String { "list its values: --grid \(key)=1,2,3" }
  static let emptyGrid = "the grid is empty"
  static let emptyGridHelp = "give at least one --grid key=v1,v2"
  static func emptyGridValue(_ key: String, _ text: String) -> String {
    "the grid of '\(key)' has an empty value in '\(ShortText.escaped(text))'"
  }
  static func gridKeyTwice(_ key: String) -> String { "--grid names '\(key)' twice" }
  static func gridNeedsName(_ option: String) -> String {
    "--grid needs a parameter name before '=', got '\(ShortText.escaped(option))'"
  }
  static func gridNeedsPairs(_ option: String) -> String {
    "--grid needs key=v1,v2,…, got '\(ShortText.escaped(option))'"
  }
  static func interrupted(_ sweep: String) -> String {
    "interrupted: the tasks of \(sweep) that had not finished were stopped"
  }
  static func interruptedHelp(_ sweep: String) -> String {
    "run them with 'awish sweep resume \(sweep)'"
  }
  static func invalidJSON(_ path: String, _ reason: String) -> String {
    "\(path) is not valid JSON: \(reason)"
  }
  static func malformedMemory(_ memory: String) -> String {
    "malformed memory '\(ShortText.escaped(memory))'"
  }
  static func malformedTime(_ time: String) -> String {
    "malformed time '\(ShortText.escaped(time))'"
  }
  static let memoryHelp = "give a size in K, M, G or T, e.g. 8G or 500M"
  static func negativeGPUs(_ gpus: Int) -> String { "--gpus cannot be negative, got \(gpus)" }
  static func noFilesMatch(_ pattern: String) -> String { "no files match '\(pattern)'" }
  static func noFilesMatchHelp(_ folder: String) -> String {
    "the pattern is read from \(folder); quote it"
  }
  static func noSweep(_ reference: String, _ runs: String) -> String {
    "no sweep '\(ShortText.escaped(reference))' in \(runs)"
  }
  static func noSweepHelp(_ known: [String]) -> String {
    known.isEmpty
      ? "start one with 'awish sweep SCRIPT --grid key=v1,v2'"
      : "the sweeps there: " + known.suffix(8).joined(separator: ", ")
  }
  static let noTasks = "there are no tasks to run"
  static func notASweepRecord(_ path: String) -> String {
    "\(path) is not a sweep record awish wrote"
  }
  /// What `awish sweep resume` says when every task is done or still under way.
  static func nothingToResume(_ sweep: String, active: Int) -> String {
    "nothing to resume in \(sweep): "
      + (active > 0 ? "\(active) tasks are still pending or running" : "every task completed")
  }
  static func notStaged(_ uris: [String], job: String) -> String {
    let list = uris.map { "'\($0)'" }.joined(separator: ", ")
    return "fetch cannot reach the network on a compute node (Slurm job \(job)): \(list) "
      + (uris.count == 1 ? "is" : "are") + " not staged in raw/"
  }
  static func notStagedHelp(_ command: String) -> String {
    "run '\(command)' on the login node: it fetches into raw/ there, then submits"
  }
  static func reranCombine(_ sweep: String, status: Int32?) -> String {
    "reran the combine step of \(sweep) locally: exit status \(status.map(String.init) ?? "?")"
  }
  static func reranLocally(
    _ tasks: String, _ sweep: String, _ indices: String, succeeded: Int, failed: Int
  ) -> String {
    "reran \(tasks) of \(sweep) locally (\(indices)): \(succeeded) succeeded"
      + (failed > 0 ? ", \(failed) failed" : "")
  }
  static func resubmittedCombine(_ sweep: String, job: String) -> String {
    "resubmitted the combine step of \(sweep) as job \(job)"
  }
  static func sbatchRefused(_ reason: String) -> String { "sbatch refused the job: \(reason)" }
  static func sbatchRefusedHelp(_ options: [String]) -> String {
    "nothing was submitted"
      + (options.isEmpty ? "" : "; the options were: " + options.joined(separator: " "))
  }
  static func sweepExists(_ folder: String) -> String { "\(folder) exists already" }
  static func sweepExistsHelp(_ name: String) -> String {
    "rerun what did not finish with 'awish sweep resume \(name)', or choose another --name"
  }
  static let timeHelp =
    "Slurm reads minutes, MM:SS, H:MM:SS, D-H, D-H:MM or D-H:MM:SS (e.g. 2:00:00)"
  static func unknownParameter(_ name: String, script: String) -> String {
    "unknown parameter '\(ShortText.escaped(name))': \(script) never reads params.\(name)"
  }
  static func unknownParameterHelp(_ script: String, reads: [String], closest: String?) -> String {
    let reading =
      reads.isEmpty
      ? "\(script) reads no parameters"
      : "\(script) reads " + reads.map { "params.\($0)" }.joined(separator: ", ")
    return closest.map { "did you mean '\($0)'? " + reading } ?? reading
  }
  static func unknownSetting(_ key: String) -> String {
    "awish.toml [slurm] \(key) is not a setting awish knows or has the wrong type"
  }
  static func unknownSettingHelp(_ keys: String) -> String {
    "the [slurm] keys are \(keys); time and mem are strings (\"2:00:00\", \"8G\")"
  }
}

// MARK: - Report

/// Texts of the report builtins.
enum ReportMessages {
}
