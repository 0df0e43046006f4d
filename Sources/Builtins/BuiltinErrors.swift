import Interpreter
import Lang

/// The ids of the builtin library's own errors, in number order; errors a builtin raises
/// without one of these get their area's id (`Area.errorCode`). `ErrorCatalogTests` checks
/// the order and that each id is unique.
extension ErrorCode {
  public static let unitMismatch = ErrorCode(
    301, "unit-mismatch",
    summary: "arithmetic on values whose units do not fit together",
    explanation: """
      Columns with units convert automatically when their units measure the same quantity (m \
      and km), but adding metres to seconds, or two absolute temperatures, has no meaning. \
      Convert one side with convert() or drop its unit first.
      """,
    example: "d = column([1.0, 2.0], unit=\"m\")\nt = column([3.0, 4.0], unit=\"s\")\nprint(d + t)")

  public static let lengthMismatch = ErrorCode(
    402, "length-mismatch",
    summary: "columns of different lengths used together",
    explanation: """
      Element-wise operations and frames need columns of the same number of rows. Check the \
      lengths with len(), or join the frames on a key instead.
      """,
    example: "print(column([1, 2, 3]) + column([1, 2]))")

  public static let mixedKinds = ErrorCode(
    403, "mixed-kinds",
    summary: "a column made from values of different kinds",
    explanation: """
      A column holds one kind of value: numbers, bools or strings (nil marks a missing \
      value). Convert the values first, for example with str(x) or float(x).
      """,
    example: "print(column([1, \"two\"]))")

  public static let notAColumn = ErrorCode(
    404, "not-a-column",
    summary: "a value that cannot become a column",
    explanation: """
      A column is made from a list of values (or a range or a tensor); a single number or a \
      record cannot be a column. Wrap a single value in a list.
      """,
    example: "f = frame(a={x: 1})")

  public static let maskNotBool = ErrorCode(
    405, "mask-not-bool",
    summary: "rows picked with a column that is not bool",
    explanation: """
      f[mask] keeps the rows where mask is true, so mask must be a bool column of the \
      frame's length, such as f.depth > 10.
      """,
    example: "c = column([1, 2, 3])\nprint(c[column([1, 0, 1])])")

  public static let comparedWithNil = ErrorCode(
    406, "compared-with-nil",
    summary: "a column compared with nil using '==' or '!='",
    explanation: """
      Comparing a column with nil gives a missing value in every row (as in SQL), so a \
      filter on it would silently keep no rows. Test for missing values with is_na(…) and \
      for present ones with not_na(…).
      """,
    example: "c = column([1, nil, 3])\nprint(c == nil)")

  public static let notNumeric = ErrorCode(
    407, "not-numeric",
    summary: "a column of strings, times or bools where numbers are needed",
    explanation: """
      Reductions (sum, mean, std …), rolling windows, clipping, rescaling and numeric fills \
      need a column of numbers. A column read as strings often holds numbers written as text \
      or a marker such as 'n.d.': read it with types= or convert it with astype().
      """,
    example: "c = column([\"a\", \"b\"])\nprint(mean(c))")

  public static let unknownUnit = ErrorCode(
    421, "unknown-unit",
    summary: "a unit text awish cannot read",
    explanation: """
      Units are written as in UDUNITS and pint: symbols with prefixes (km, µmol/l, degC or \
      °C), products with '*' or '.', quotients with '/', powers with '^' or a digit (m/s^2, \
      m2). The message says which part is unknown and often names the unit meant.
      """,
    example: "print(to_unit(column([1.0], unit=\"m\"), \"blorp\"))")

  public static let noUnit = ErrorCode(
    422, "no-unit",
    summary: "a unit conversion on a column that has no unit",
    explanation: """
      to_unit() and quantity bounds (clip(lower=quantity(0, "°C"))) convert from the \
      column's unit, so the column needs one. Give it one with set_unit(col, "°C"), read it \
      from a 'Name [unit]' header with clean_names(), or pass a plain number.
      """,
    example: "print(to_unit(column([1.0]), \"K\"))")

  public static let shapeMismatch = ErrorCode(
    451, "shape-mismatch",
    summary: "tensors whose shapes do not fit for an operation",
    explanation: """
      Element-wise operations broadcast: each dimension must be equal or 1. Matrix products \
      need the inner sizes to agree: (m, k) @ (k, n). The message gives both shapes.
      """,
    example: "print(tensor([[1, 2], [3, 4]]) + tensor([1, 2, 3]))")

  public static let fileNotFound = ErrorCode(
    501, "file-not-found",
    summary: "a path that does not exist",
    explanation: """
      The file or one of the folders on its path does not exist. Paths are relative to the \
      current folder (or the workspace for raw/ and data/); check the spelling with ls().
      """,
    example: "x = read_csv(\"no_such_file.csv\")")

  public static let permissionDenied = ErrorCode(
    502, "permission-denied",
    summary: "a file or folder that awish may not read or write",
    explanation: """
      The operating system refused access. Check the file's permissions, or write to a \
      folder you own.
      """,
    example: "write_csv(frame(a=[1]), \"/sys/x.csv\")")

  public static let isADirectory = ErrorCode(
    503, "is-a-directory",
    summary: "a folder where a file was expected",
    explanation: """
      The path names a folder, but the builtin reads or writes a file. Add the file name to \
      the path.
      """,
    example: "x = read_csv(\".\")")

  public static let notADirectory = ErrorCode(
    504, "not-a-directory",
    summary: "a path that goes through a file as if it were a folder",
    explanation: """
      A part of the path before the last one is a file, not a folder, so nothing can be \
      inside it.
      """,
    example: "write_csv(frame(a=[1]), \"/etc/hostname/x.csv\")")

  public static let diskFull = ErrorCode(
    505, "disk-full",
    summary: "no space left on the device",
    explanation: """
      The disk or quota is full, so the file could not be written completely. awish writes \
      files atomically, so the old file (if any) is left as it was. Free space or write \
      elsewhere.
      """,
    example: "write_csv(big, \"/full/disk/out.csv\")",
    isReproducible: false)

  public static let readOnlyFileSystem = ErrorCode(
    506, "read-only-file-system",
    summary: "writing to a read-only file system",
    explanation: """
      The path lies on a file system mounted read-only (such as /proc, or a read-only \
      dataset mount). Write to another folder.
      """,
    example: "write_csv(frame(a=[1]), \"/mnt/cdrom/x.csv\")    # on a read-only mount",
    isReproducible: false)

  public static let malformedFile = ErrorCode(
    507, "malformed-file",
    summary: "a file whose content does not read as its format",
    explanation: """
      The file opened, but its content does not follow the format: a CSV row with more \
      fields than the header, an unclosed quote, bytes that are not UTF-8, a value that does \
      not fit its column's type or time format, or an empty file. The message gives the file \
      and line; the hint says how to mend it or which option (on_bad=, encoding=, types=) \
      reads it as it is. A WAV or netCDF file that is cut short or has a broken header, and a \
      saved model whose model.json or weights are damaged, are this error too.
      """,
    example:
      "write_csv(frame(a=[\"x\"]), \"/tmp/awish-malformed.csv\")\nx = read_csv(\"/tmp/awish-malformed.csv\", types={a: \"int\"})"
  )

  public static let noWorkspace = ErrorCode(
    552, "no-workspace",
    summary: "a builtin that needs a workspace ran outside one",
    explanation: """
      fetch, manifest, archives, cite and the model repository (save_model, load_model, \
      alias_model, models, model_info) work inside a workspace: a folder with an \
      awish.toml, found from the script's folder upwards (or from the workspace= argument). \
      Create one with 'awish init DIR' or init_workspace(DIR) and put the script in it, or \
      pass workspace= a folder inside one.
      """,
    example: "x = manifest(workspace=\"/\")")

  public static let loginRequired = ErrorCode(
    553, "login-required",
    summary: "a dataset that needs a login or a token",
    explanation: """
      The archive answered 401 or 403, or sent its login page instead of the data: the \
      dataset is protected (or the token given is wrong). Get a token from the archive (for \
      PANGAEA on your profile page at pangaea.de/user) and put `token = "…"` under the \
      archive's section in the credentials file named in awish.toml, or set \
      AWISH_<ARCHIVE>_TOKEN; the hint names both for the archive at hand.
      """,
    example: "x = fetch(\"pangaea:PROTECTED_ID\")    # a dataset under moratorium",
    isReproducible: false)

  public static let wrongTask = ErrorCode(
    601, "wrong-task",
    summary: "a classifier's question asked of a regressor, or the other way",
    explanation: """
      A model fitted on a numeric target predicts a quantity (regression); one fitted on \
      classes predicts a class and its probabilities (classification), so predict_proba() \
      needs a classifier. Fit with task="classification" or task="regression" to choose.
      """,
    example: "m = fit(linear(), frame(x=[1.0, 2.0, 3.0], y=[2.0, 4.0, 6.0]), target=\"y\")\n"
      + "print(predict_proba(m, frame(x=[4.0])))")

  public static let noModel = ErrorCode(
    651, "no-model",
    summary: "a model name, version or alias the repository does not hold",
    explanation: """
      load_model, alias_model, model_info and 'awish models show' take a reference: NAME for \
      the latest version, NAME@vN for one version, or NAME@ALIAS. The model must have been \
      saved with save_model in this workspace's model/ folder; models() lists what it \
      holds, and the hint names the versions or aliases a known model has.
      """,
    example:
      "ws = init_workspace(\"/tmp/awish-models-example\")\nm = load_model(\"no_such_model\", workspace=ws.root)"
  )

  public static let signalTooShort = ErrorCode(
    701, "signal-too-short",
    summary: "a signal with too few samples for the filter or transform",
    explanation: """
      Zero-phase filters pad both ends of the signal and need it longer than that padding \
      (it grows with the order); a transform needs at least one frame of n_fft or nperseg \
      samples unless center=true pads it; an empty signal has nothing to transform. Use a \
      lower order, a shorter frame, or a longer recording.
      """,
    example: "print(lowpass(signal([1.0, 2.0, 3.0], rate=100), cutoff=10))")

  public static let noSampleRate = ErrorCode(
    702, "no-sample-rate",
    summary: "plain numbers where a signal with a sample rate is needed",
    explanation: """
      Spectra, filters and mel features need the sample rate to know which frequency each \
      value is. A signal (read_wav, signal(x, rate=…)) carries its rate; a list or tensor of \
      numbers needs rate= in the call.
      """,
    example: "print(spectrogram([1.0, 2.0, 3.0, 4.0]))")

  public static let notStaged = ErrorCode(
    801, "not-staged",
    summary: "a fetch on a cluster's compute node of data not staged in raw/",
    explanation: """
      Compute nodes of a Slurm cluster usually cannot reach the network, so a fetch() that \
      runs inside a job must find its data in the workspace's raw/ folder already. 'awish \
      submit SCRIPT' and 'awish stage SCRIPT' fetch every literal fetch() call of the script \
      on the login node first; a fetch whose URI is computed at run time cannot be staged \
      that way: fetch it by hand on the login node before submitting.
      """,
    example: "x = fetch(\"pangaea:787140\")    # inside a Slurm job, not staged",
    isReproducible: false)

  public static let magicUsage = ErrorCode(
    810, "magic-usage",
    summary: "a REPL magic given the wrong input",
    explanation: """
      REPL magics such as '%run FILE', '%save FILE 2-5', '%cd DIR' and '%time EXPR' check \
      what they are given: the file or folder must exist, the input numbers must be a number \
      or a range like '2-5', and '%time' needs an expression. '%magic' alone lists them.
      """,
    example: "In [1]: %run no_such_file.awi",
    isReproducible: false)

  public static let unknownMagic = ErrorCode(
    811, "unknown-magic",
    summary: "a '%' line that names no REPL magic",
    explanation: """
      In the REPL a line starting with '%' is a magic. The label suggests a close name; the \
      magics are %cd, %history, %ls, %pwd, %quit, %reset, %run, %save, %time, %timeit, %who \
      and %whos, and '!cmd' runs a shell command.
      """,
    example: "In [1]: %tim 1 + 1",
    isReproducible: false)
}

/// The builtin library's ids, in number order.
public enum BuiltinErrors {
  public static let all: [ErrorCode] = [
    .unitMismatch, .lengthMismatch, .mixedKinds, .notAColumn, .maskNotBool, .comparedWithNil,
    .notNumeric, .unknownUnit, .noUnit, .shapeMismatch, .fileNotFound, .permissionDenied,
    .isADirectory, .notADirectory, .diskFull, .readOnlyFileSystem, .malformedFile, .noWorkspace,
    .loginRequired, .wrongTask, .noModel, .signalTooShort, .noSampleRate, .notStaged, .magicUsage,
    .unknownMagic,
  ]
}

/// Every id awish gives, in number order: the front end's, the interpreter's and the
/// builtins'; `awish explain` and docs/errors.md read this list.
public enum ErrorCatalog {
  public static let all: [ErrorCode] =
    (LangErrors.all + InterpreterErrors.all + BuiltinErrors.all).sorted()

  /// What `awish explain` prints for `id` (`E0201`, `201` or `undefined-name`); nil when
  /// no id matches.
  public static func explanation(of id: String) -> String? {
    ErrorCode.find(id, in: all)?.longExplanation
  }
}
