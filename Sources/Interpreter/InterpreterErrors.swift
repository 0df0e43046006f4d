import Lang

/// The ids of runtime errors (E03xx values, E04xx frames, …), in number order, including the
/// ids a builtin's error gets from its area when the builtin gives none of its own
/// (`Area.errorCode`). `ErrorCatalogTests` checks the order and that each id is unique.
extension ErrorCode {
  public static let runtimeFailure = ErrorCode(
    300, "runtime-failure",
    summary: "an error while running that has no more specific id",
    explanation: """
      A few failures inside the interpreter carry no id of their own, such as a problem \
      reported by a library awish calls. The message says what went wrong; please report it \
      so it can get its own id.
      """,
    example: "# no short script produces this id",
    isReproducible: false)

  public static let operandTypes = ErrorCode(
    302, "operand-types",
    summary: "an operator applied to values it does not work on",
    explanation: """
      Each operator works on certain types: '+' adds numbers, joins strings and lists, '-' \
      subtracts numbers, 'and' and 'or' take bools. Convert one side first, for example with \
      float(x) or str(x).
      """,
    example: "x = \"depth\" - 1")

  public static let divisionByZero = ErrorCode(
    303, "division-by-zero",
    summary: "an int divided by zero",
    explanation: """
      Division, floor division and modulo of ints by zero have no value. Float division by \
      zero follows IEEE 754 and gives inf or nan instead; check the divisor first or divide \
      floats.
      """,
    example: "x = 7 // 0")

  public static let integerOverflow = ErrorCode(
    304, "integer-overflow",
    summary: "an int result beyond the 64-bit range",
    explanation: """
      Ints are 64-bit and never wrap around silently: a result beyond ±9223372036854775807 \
      is an error. Use floats for numbers that large.
      """,
    example: "x = 9223372036854775807 + 1")

  public static let indexOutOfRange = ErrorCode(
    305, "index-out-of-range",
    summary: "an index past the end of a list, string, column or tensor",
    explanation: """
      Indexes count from 0; negative indexes count from the end, so -1 is the last element. \
      An index at or beyond the length (or before -length) picks nothing.
      """,
    example: "x = [1, 2, 3]\nprint(x[3])")

  public static let indexType = ErrorCode(
    306, "index-type",
    summary: "an index of the wrong type",
    explanation: """
      Lists, strings, ranges and tensors take int indexes (or ranges for slices); records \
      and frames take string keys. Convert the index, for example with int(x).
      """,
    example: "x = [1, 2, 3]\nprint(x[\"a\"])")

  public static let notIndexable = ErrorCode(
    307, "not-indexable",
    summary: "indexing a value that has no elements",
    explanation: """
      Only lists, strings, ranges, records, frames, columns and tensors can be indexed with \
      '[ ]'. Numbers, bools and functions cannot.
      """,
    example: "x = 5\nprint(x[0])")

  public static let noField = ErrorCode(
    308, "no-field",
    summary: "a field or record key that does not exist",
    explanation: """
      'r.x' and 'r["x"]' read a field or key of a record or object. The label suggests a \
      close name; names(r) lists the keys. pandas and numpy attributes such as '.shape' get \
      the awi spelling as a hint.
      """,
    example: "r = {depth: 10}\nprint(r.dept)")

  public static let notCallable = ErrorCode(
    309, "not-callable",
    summary: "calling a value that is not a function",
    explanation: """
      Only functions and builtins can be called with '( )'. A variable that holds a number \
      may hide a builtin of the same name; rename the variable.
      """,
    example: "x = 3\nx(1)")

  public static let notIterable = ErrorCode(
    310, "not-iterable",
    summary: "looping over a value that has no elements",
    explanation: """
      'for' loops over lists, ranges, strings (characters), records (keys), columns and \
      frames (rows). Use 0..n to loop n times.
      """,
    example: "for x in 5 {\n  print(x)\n}")

  public static let unknownParameter = ErrorCode(
    311, "unknown-parameter",
    summary: "a named argument that the function does not have",
    explanation: """
      A call names an argument the function does not declare. The label suggests a close \
      parameter name; help(f) lists them.
      """,
    example: "print(round(2.5, digit=1))")

  public static let missingArgument = ErrorCode(
    312, "missing-argument",
    summary: "a call leaves out a required argument",
    explanation: """
      Every parameter without a default must be given, by position or by name. help(f) shows \
      which parameters are required.
      """,
    example: "fn f(a, b) { return a + b }\nf(1)")

  public static let tooManyArguments = ErrorCode(
    313, "too-many-arguments",
    summary: "a call gives more positional arguments than the function takes",
    explanation: """
      Give each argument once; extra positional arguments have no parameter to go to. Pass \
      optional ones by name.
      """,
    example: "fn f(a) { return a }\nf(1, 2)")

  public static let duplicateArgument = ErrorCode(
    314, "duplicate-argument",
    summary: "an argument given twice",
    explanation: """
      An argument can be given by position or by name, not both, and a name only once.
      """,
    example: "fn f(a) { return a }\nf(1, a=2)")

  public static let argumentType = ErrorCode(
    315, "argument-type",
    summary: "an argument of the wrong kind or out of its range",
    explanation: """
      Each builtin parameter declares the kind of value it takes (an int, a string, a list \
      of names, an int within bounds). The message names the argument, the function, what it \
      must be and what it got.
      """,
    example: "print(round(2.5, digits=\"one\"))")

  public static let recursionTooDeep = ErrorCode(
    316, "recursion-too-deep",
    summary: "calls nested too deeply",
    explanation: """
      awish stops when calls nest deeper than a fixed limit instead of overflowing the \
      stack. A function that calls itself needs a case that stops; for long iterations use a \
      loop.
      """,
    example: "fn f(n) { return f(n + 1) }\nf(0)")

  public static let unassignedGlobal = ErrorCode(
    317, "unassigned-global",
    summary: "a top-level variable used before its assignment runs",
    explanation: """
      A function may read a top-level variable that is assigned later in the file, but the \
      assignment must have run before the function is called.
      """,
    example: "fn f() { return limit }\nprint(f())\nlimit = 3")

  public static let columnOutsideFrameCall = ErrorCode(
    318, "column-outside-frame-call",
    summary: "'.name' outside a call on a frame",
    explanation: """
      '.name' stands for a column of the frame that is the first argument of the call around \
      it, as in 'ctd |> where(.depth > 10)'. Outside such a call there is no frame to take \
      the column from.
      """,
    example: "x = .depth")

  public static let sliceStepZero = ErrorCode(
    319, "slice-step-zero",
    summary: "a slice whose step is zero",
    explanation: """
      A slice 'x[a:b:step]' moves by step elements at a time; a step of zero would never \
      move.
      """,
    example: "x = [1, 2, 3]\nprint(x[0:3:0])")

  public static let rangeTooLarge = ErrorCode(
    320, "range-too-large",
    summary: "a range too long to count or to expand into a list",
    explanation: """
      A range is counted lazily, but turning it into a list allocates every element, and a \
      range over the whole int domain has more elements than an int counts. Loop over the \
      range with 'for' instead.
      """,
    example: "x = list(0..2000000000)")

  public static let comparisonTooDeep = ErrorCode(
    321, "comparison-too-deep",
    summary: "comparing values nested too deeply, such as a list that contains itself",
    explanation: """
      Comparing, sorting or hashing lists and records walks into their elements. A list that \
      contains itself would be walked without end, so awish stops at a fixed depth.
      """,
    example: "x = []\nappend(x, x)\ny = []\nappend(y, y)\nprint(x == y)")

  public static let invalidFormatSpec = ErrorCode(
    322, "invalid-format-spec",
    summary: "a format spec that awish cannot read or apply",
    explanation: """
      An f-string's '{value:spec}' and format() take Python's format mini-language: fill and \
      alignment, sign, width, grouping, precision and a type such as 'f', 'e', '%' or 'd'. \
      'd' applies to ints only.
      """,
    example: "print(f\"{3.5:q}\")")

  public static let outOfMemory = ErrorCode(
    323, "out-of-memory",
    summary: "a result that would need more memory than is available",
    explanation: """
      Before allocating a result whose size comes from the input, awish checks it against \
      the memory that is available (or the --max-memory limit) and refuses instead of being \
      killed.
      """,
    example: "x = [1] * 100000000000")

  public static let interrupted = ErrorCode(
    324, "interrupted",
    summary: "the run was stopped with Ctrl-C",
    explanation: """
      Ctrl-C stops the evaluation at the next statement or loop step. In 'awish run' the \
      process then exits with status 130; in the REPL it returns to the prompt with the \
      variables kept.
      """,
    example: "while true { }    # then press Ctrl-C",
    isReproducible: false)

  public static let timeLimit = ErrorCode(
    325, "time-limit",
    summary: "the run passed its --timeout",
    explanation: """
      'awish run --timeout 2h' (or [run] timeout in awish.toml) stops a run cleanly at the \
      next statement or loop step once the time is up, and says where it stopped. Give more \
      time, or make the work smaller.
      """,
    example: "while true { }    # run with: awish run --timeout 1s",
    isReproducible: false)

  public static let assertionFailed = ErrorCode(
    326, "assertion-failed",
    summary: "an assert() whose condition is false",
    explanation: """
      assert(condition, message) stops the run with the message (or 'assertion failed') when \
      the condition is false, and points at the condition. Use it to state what must hold \
      for the rest of a script to make sense.
      """,
    example: "depth = -3\nassert(depth >= 0, \"depth must not be negative\")")

  public static let builtinArgument = ErrorCode(
    330, "invalid-argument",
    summary: "a core, math, string or list builtin refused its arguments",
    explanation: """
      A builtin of the core, math, string or collection areas found a value it cannot work \
      with. The message says which argument and why; help(f) lists what each parameter \
      takes.
      """,
    example: "print(int(\"ten\"))")

  public static let valueOutOfRange = ErrorCode(
    331, "value-out-of-range",
    summary: "a number outside the range a builtin accepts",
    explanation: """
      The argument has the right kind, but its value lies outside what the builtin can use: \
      a count below 1, a share above 1, a size of 0 pixels. The message names the argument, \
      the range it takes and the value it got; help(f) describes each parameter.
      """,
    example: "print(hist([1, 2, 3], bins=0))")

  public static let builtinFrame = ErrorCode(
    400, "frame-error",
    summary: "a frame or column builtin refused its arguments",
    explanation: """
      A builtin that works on frames and columns found a value it cannot work with. The \
      message names the argument or column and what is wrong with it.
      """,
    example: "print(select(frame(a=[1], b=[2]), between=[\"a\"]))")

  public static let noColumn = ErrorCode(
    401, "no-column",
    summary: "a column name that the frame does not have",
    explanation: """
      Column names are exact, and the label suggests a close spelling. names(frame) lists \
      the columns.
      """,
    example: "f = frame(depth=[1, 2])\nprint(f |> where(.dpth > 1))")

  public static let builtinCleaning = ErrorCode(
    420, "cleaning-error",
    summary: "a cleaning or units builtin refused its arguments",
    explanation: """
      A builtin of the cleaning and units area found a value it cannot work with, such as two \
      columns that match the same target name. Units awish cannot read are E0421, columns \
      without a unit E0422.
      """,
    example: "print(harmonize([frame(a=[1], A=[2])]))")

  public static let builtinTensor = ErrorCode(
    450, "tensor-error",
    summary: "a tensor builtin refused its arguments",
    explanation: """
      A tensor builtin found shapes or values it cannot work with. The message gives the \
      shapes involved.
      """,
    example: "print(zeros(-1))")

  public static let builtinFile = ErrorCode(
    500, "file-error",
    summary: "a file could not be read or written",
    explanation: """
      A file builtin could not read or write a file. The message names the path and what is \
      wrong with it.
      """,
    example: "x = read_csv(\"no_such_*.csv\")")

  public static let builtinArchive = ErrorCode(
    550, "archive-error",
    summary: "a workspace or data archive builtin failed",
    explanation: """
      A builtin of the workspace and archive area (fetch, raw/, PANGAEA, EcoTaxa, netCDF) \
      could not do its work. The message names the source and what is wrong.
      """,
    example:
      "ws = init_workspace(\"/tmp/awish-fetch-example\")\nfetch(\"nosuch:/x\", workspace=ws.root)")

  public static let rawReadOnly = ErrorCode(
    551, "raw-is-read-only",
    summary: "a write into a workspace's raw/ folder",
    explanation: """
      raw/ holds the data as fetched, and only fetch() writes there, so that every result \
      can be traced to untouched sources. Writers (write_csv, save, write_wav, report, \
      %save) refuse targets inside raw/, however they are reached (through links too). Write \
      into data/ instead.
      """,
    example:
      "ws = init_workspace(\"/tmp/awish-raw-example\")\nwrite_csv(frame(a=[1]), ws.root + \"/raw/copy.csv\")"
  )

  public static let builtinLearning = ErrorCode(
    600, "learning-error",
    summary: "a learning builtin refused its arguments",
    explanation: """
      A builtin that splits, fits or evaluates models found data it cannot work with, such \
      as labels and features of different lengths.
      """,
    example: "print(train_test_split(frame(a=[1, 2], g=[1, 2]), group=\"g\", stratify=\"a\"))")

  public static let builtinModels = ErrorCode(
    650, "model-repository-error",
    summary: "a model repository builtin failed",
    explanation: """
      save_model, load_model and the model repository found a name, version or file they \
      cannot use.
      """,
    example:
      "ws = init_workspace(\"/tmp/awish-models-example\")\nm = load_model(\"bad name!\", workspace=ws.root)"
  )

  public static let builtinSignal = ErrorCode(
    700, "signal-error",
    summary: "a sound or spectrum builtin refused its arguments",
    explanation: """
      A builtin of the sound and spectra area found a signal or parameter it cannot work \
      with.
      """,
    example: "print(frame_features(tensor([1.0, 2.0])))")

  public static let builtinPlot = ErrorCode(
    750, "plot-error",
    summary: "a plot builtin refused its arguments",
    explanation: """
      A plot builtin found data or options it cannot draw. The message names the option and \
      its valid values.
      """,
    example: "save(plot([1, 2]), \"figure.pdf\")")

  public static let builtinCluster = ErrorCode(
    800, "cluster-error",
    summary: "a cluster builtin failed",
    explanation: """
      A builtin that prepares or inspects runs on a cluster could not do its work.
      """,
    example: "# a cluster builtin given an unknown job",
    isReproducible: false)
}

/// The interpreter's ids, in number order.
public enum InterpreterErrors {
  public static let all: [ErrorCode] = [
    .runtimeFailure, .operandTypes, .divisionByZero, .integerOverflow, .indexOutOfRange, .indexType,
    .notIndexable, .noField, .notCallable, .notIterable, .unknownParameter, .missingArgument,
    .tooManyArguments, .duplicateArgument, .argumentType, .recursionTooDeep, .unassignedGlobal,
    .columnOutsideFrameCall, .sliceStepZero, .rangeTooLarge, .comparisonTooDeep, .invalidFormatSpec,
    .outOfMemory, .interrupted, .timeLimit, .assertionFailed, .builtinArgument, .valueOutOfRange,
    .builtinFrame,
    .noColumn, .builtinCleaning, .builtinTensor, .builtinFile, .builtinArchive, .rawReadOnly,
    .builtinLearning, .builtinModels, .builtinSignal, .builtinPlot, .builtinCluster,
  ]
}
