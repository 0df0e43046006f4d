import Guards

/// Every text the awish executable shows (REPL, commands, kernel, report), alphabetical. One
/// lowercase sentence each, code in single quotes.
enum AwishMessages {
  /// What '%run' and '%save' need, as `magicNeeds` says it.
  static let aFile = "a file"
  /// What '%time' and '%timeit' need, as `magicNeeds` says it.
  static let anExpression = "an expression"
  static func badRunName(_ name: String) -> String {
    "the name '\(ShortText.escaped(name))' may hold only letters, digits, '.', '_' and '-'"
  }
  static func badSignature(_ channel: String) -> String {
    "refused a message on \(channel) with a bad signature"
  }
  static func banner(_ version: String) -> String {
    "awish \(version) — ?name for help, help() for everything, Ctrl-D to leave"
  }
  static func cannotCollect(_ folder: String, _ reason: String) -> String {
    "cannot collect \(folder): \(reason)"
  }
  static func cannotInstallKernelspec(_ reason: String) -> String {
    "cannot install the kernelspec: \(reason)"
  }
  static func cannotListen(_ place: String, _ reason: String) -> String {
    "cannot listen on \(place): \(reason)"
  }
  static func cannotRead(_ path: String) -> String { "cannot read '\(path)'" }
  static func cannotReadCombineScript(_ path: String) -> String {
    "cannot read the combine script \(path)"
  }
  static func cannotReadParameters(_ path: String) -> String {
    "cannot read the parameters file \(path)"
  }
  static func cannotReadScript(_ path: String) -> String { "cannot read the script \(path)" }
  static func cannotWrite(_ path: String, _ reason: String) -> String {
    "cannot write '\(path)': \(reason)"
  }
  static let channelWithoutPort = "a channel has no port"
  static let codeWithVersion = "-e runs code; give --version or --help without it"
  static func computedFetch(line: Int, _ call: String) -> String {
    "line \(line): \(call) has computed arguments; stage cannot resolve it: fetch its data here "
      + "by hand before the job runs"
  }
  static func connectionFileUnusable(_ path: String, _ reason: String) -> String {
    "cannot read connection file \(path): \(reason)"
  }
  static let connectionNotAnObject = "it is not a JSON object"
  static let connectionUnreadable = "it cannot be read"
  static func droppedConnection(_ reason: String) -> String { "dropped a connection: \(reason)" }
  /// The line after the diagnostics of a file that has several.
  static func errorCount(_ count: Int) -> String { "\(count) errors" }
  static let fewerThanFiveParts = "fewer than five parts"
  static func fileMissing(_ path: String) -> String { "file '\(path)' does not exist" }
  static func fileNotText(_ path: String) -> String { "file '\(path)' is not UTF-8 text" }
  static func fileUnreadable(_ path: String) -> String { "file '\(path)' cannot be read" }
  static func folderMissing(_ path: String) -> String { "no folder '\(path)'" }
  static let gridTooLarge = "the grid has more than a million combinations"
  static let historyEmpty = "no inputs yet"
  static func ignoredMessage(_ type: String, channel: String) -> String {
    "ignored a \(type) on the \(channel) channel"
  }
  static func invalidRange(_ text: String) -> String {
    "'\(text)' is not an input number or a range like '2-5'"
  }
  static let kernelNeedsConnectionFile =
    "give the connection file: awish kernel -f CONNECTION_FILE"
  static func magicNeeds(_ name: String, _ what: String) -> String { "'%\(name)' needs \(what)" }
  static let magicUsage =
    "magics are '%cd DIR', '%history', '%ls', '%pwd', '%quit', '%reset', '%run FILE', "
    + "'%save FILE N-M', '%time EXPR', '%timeit EXPR', '%who' and '%whos'; '!cmd' runs a "
    + "shell command"
  static func malformedMessage(_ channel: String, _ reason: String) -> String {
    "refused a malformed message on \(channel): \(reason)"
  }
  static func maxMemoryFormat(_ text: String) -> String {
    "--max-memory needs a size such as 8G or 512M, got '\(ShortText.escaped(text))'"
  }
  static let noCells = "not a Jupyter notebook (no 'cells' list)"
  static func noCommand(_ name: String, _ commands: [String]) -> String {
    "there is no command '\(ShortText.escaped(name))'; the commands are "
      + commands.joined(separator: ", ")
  }
  static let noDelimiter = "no <IDS|MSG> delimiter"
  static func noErrorId(_ id: String) -> String {
    "no error id '\(ShortText.escaped(id))'; 'awish docs --errors' lists them all"
  }
  static let noInputsToSave = "no inputs to save in that range"
  static func noKernelspec(_ folder: String) -> String { "no awish kernelspec in \(folder)" }
  static func notAName(_ text: String) -> String { "'\(text)' is not a name" }
  static let notAnIPv4Address = "not an IPv4 address and port"
  static func notANotebook(_ path: String, _ reason: String) -> String { "'\(path)' is \(reason)" }
  static let nothingSubmitted = "nothing was submitted"
  static func notSavedByScript(_ model: String) -> String {
    "the script ran but did not save \(model)"
  }
  static let notZMTP = "not ZMTP"
  static let noVariables = "no variables are defined"
  static func oldZMTP(_ version: Int) -> String { "ZMTP version \(version) is older than 3" }
  static func parametersNotAnObject(_ path: String) -> String {
    "\(path) is not a JSON object of parameters"
  }
  static func paramNeedsPair(_ parameter: String) -> String {
    "--param needs key=value, got '\(ShortText.escaped(parameter))'"
  }
  static let partNotAnObject = "a part is not a JSON object"
  static func portMissing(_ channel: String) -> String { "'\(channel)_port' is missing" }
  /// `awish reproduce`'s note before it runs the script.
  static func reproducing(_ script: String, _ model: String, version: Int) -> String {
    "reproduce: running \(script) for \(model)@v\(version)"
  }
  static let resetDone = "all variables and imports are forgotten"
  static func saved(_ count: Int, _ path: String) -> String {
    "saved \(count) input\(count == 1 ? "" : "s") to '\(path)'"
  }
  static func securityMechanism(_ mechanism: String) -> String {
    "security mechanism \(ShortText.escaped(mechanism)) is not NULL"
  }
  static func shellFailed(_ status: Int32) -> String { "the command ended with status \(status)" }
  static func shellUnavailable(_ reason: String) -> String {
    "cannot run the command: \(reason)"
  }
  static func signatureScheme(_ scheme: String) -> String {
    "signature scheme '\(ShortText.escaped(scheme))' is not hmac-sha256"
  }
  static let socketPathTooLong = "path too long"
  static func stagingFailed(line: Int, _ problem: String) -> String {
    "staging line \(line) failed: \(problem)"
  }
  static func stillRunning(_ count: Int, _ sweep: String, seconds: Int) -> String {
    "\(count) tasks of \(sweep) are still pending or running after \(seconds) s"
  }
  static func stillRunningHelp(_ sweep: String) -> String {
    "see them with 'awish sweep status \(sweep)'"
  }
  static let sysPrefixNeedsEnvironment = "--sys-prefix needs an active virtual or conda environment"
  static func timeit(best: String, median: String, runs: Int, loops: Int) -> String {
    let each = "\(loops) loop\(loops == 1 ? "" : "s") each"
    return "best \(best), median \(median) per loop (\(runs) runs, \(each))"
  }
  static func timeoutFormat(_ text: String) -> String {
    "--timeout needs a duration such as 2h, 30m or 90s, got '\(ShortText.escaped(text))'"
  }
  static func unknownMagic(_ name: String) -> String { "unknown magic '%\(name)'" }
  static func wallTime(_ time: String) -> String { "wall time: \(time)" }
  /// What `awish report` and `awish convert` say when the file is written.
  static func wrote(_ path: String) -> String { "wrote \(path)" }
}
