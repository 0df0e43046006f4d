/// Every text the REPL shows, alphabetical. One lowercase sentence each, code in single quotes.
enum REPLMessages {
  static func banner(_ version: String) -> String {
    "awish \(version) — ?name for help, help() for everything, Ctrl-D to leave"
  }
  static func cannotWrite(_ path: String, _ reason: String) -> String {
    "cannot write '\(path)': \(reason)"
  }
  static func fileMissing(_ path: String) -> String { "file '\(path)' does not exist" }
  static func fileNotText(_ path: String) -> String { "file '\(path)' is not UTF-8 text" }
  static func fileUnreadable(_ path: String) -> String { "file '\(path)' cannot be read" }
  static func folderMissing(_ path: String) -> String { "no folder '\(path)'" }
  static let historyEmpty = "no inputs yet"
  static func invalidRange(_ text: String) -> String {
    "'\(text)' is not an input number or a range like '2-5'"
  }
  static func magicNeeds(_ name: String, _ what: String) -> String { "'%\(name)' needs \(what)" }
  static let magicUsage =
    "magics are '%cd DIR', '%history', '%ls', '%pwd', '%quit', '%reset', '%run FILE', "
    + "'%save FILE N-M', '%time EXPR', '%timeit EXPR', '%who' and '%whos'; '!cmd' runs a "
    + "shell command"
  static let noInputsToSave = "no inputs to save in that range"
  static let noVariables = "no variables are defined"
  static func notAName(_ text: String) -> String { "'\(text)' is not a name" }
  static let resetDone = "all variables and imports are forgotten"
  static func shellFailed(_ status: Int32) -> String { "the command ended with status \(status)" }
  static func shellUnavailable(_ reason: String) -> String {
    "cannot run the command: \(reason)"
  }
  static func saved(_ count: Int, _ path: String) -> String {
    "saved \(count) input\(count == 1 ? "" : "s") to '\(path)'"
  }
  static func timeit(best: String, median: String, runs: Int, loops: Int) -> String {
    let each = "\(loops) loop\(loops == 1 ? "" : "s") each"
    return "best \(best), median \(median) per loop (\(runs) runs, \(each))"
  }
  static func unknownMagic(_ name: String) -> String { "unknown magic '%\(name)'" }
  static func wallTime(_ time: String) -> String { "wall time: \(time)" }
}
