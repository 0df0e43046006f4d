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
  static func columnLengths(_ name: String, _ expected: Int, _ got: Int) -> String {
    "column '\(name)' has \(got) rows, the frame has \(expected)"
  }
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
  static func duplicateColumn(_ name: String) -> String {
    "column '\(ShortText.escaped(name))' appears twice"
  }
  static func lengthMismatch(_ a: Int, _ b: Int) -> String {
    "columns of different lengths: \(a) and \(b) rows"
  }
  static func maskNotBool(_ type: String) -> String {
    "rows are picked with a bool column, got a \(type) column"
  }
  static func noColumn(_ name: String, _ count: Int) -> String {
    "no column '\(name)' in the frame (\(count) columns)"
  }
  static func notAColumn(_ type: String) -> String {
    "a column is made from a list of values, got \(type)"
  }
  static func problem(_ problem: Frame.Problem) -> String {
    switch problem {
    case .duplicateName(let name): return duplicateColumn(name)
    case .lengthMismatch(let name, let expected, let got):
      return columnLengths(name, expected, got)
    }
  }
  static let mixedKinds = "a column holds values of one kind (numbers, bools or strings)"
}

// MARK: - Tensors

/// Texts of the tensor builtins.
enum TensorBuiltinMessages {
}

// MARK: - Cleaning and units

/// Texts of the cleaning and unit builtins.
enum CleaningMessages {
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
  static func cannotReadFetched(_ path: String) -> String {
    "cannot read \(path) after fetching it"
  }
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
}

// MARK: - Learning

/// Texts of the learning builtins.
enum LearningMessages {
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
