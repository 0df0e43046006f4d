import Foundation
import Interpreter
import Tensor

/// What `awish submit`, `sweep` and `map` ask for: a script, its tasks' parameters, the
/// resources, and how the tasks are started.
public struct LaunchRequest {
  public var kind: SweepRecord.Kind
  /// The folder name under runs/; nil for "<script>-<timestamp>".
  public var name: String?
  public var script: String
  /// Each task's parameters.
  public var tasks: [[(String, JSON)]]
  /// The names the user chose (checked against what the script reads).
  public var checkedNames: [String]
  /// The parameter names in table order.
  public var parameterNames: [String]
  /// Command-line resources (awish.toml's [slurm] fills the rest).
  public var resources = Resources()
  public var maxRunning: Int?
  /// A job this one waits for (`--after`): `--dependency=afterok:JOB`.
  public var after: String?
  /// Local processes at once when running without Slurm.
  public var jobs = 2
  /// Run locally even where sbatch exists.
  public var forceLocal = false
  /// The awish binary the tasks run (absolute).
  public var awish: String
  public var workingFolder = FileManager.default.currentDirectoryPath
  /// A map's combine script and the folder of its parts.
  public var combineScript: String?
  public var partsFolder: String?

  public init(
    kind: SweepRecord.Kind, script: String, tasks: [[(String, JSON)]], checkedNames: [String],
    parameterNames: [String], awish: String
  ) {
    self.kind = kind
    self.script = script
    self.tasks = tasks
    self.checkedNames = checkedNames
    self.parameterNames = parameterNames
    self.awish = awish
  }

  /// The script, absolute.
  public var scriptPath: String {
    let path = script.hasPrefix("/") ? script : workingFolder + "/" + script
    return URL(fileURLWithPath: path).standardizedFileURL.path
  }

  /// The workspace root above the script, else the working folder: runs/ and data/ go there.
  public var base: String {
    let folder = URL(fileURLWithPath: scriptPath).deletingLastPathComponent().path
    return Workspace.rootFolder(above: folder) ?? workingFolder
  }

  /// Names for runs/ and job names: letters, digits, '.', '_', '-'.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".")
      && name.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
      }
  }

  /// The script's file name without .awi.
  public var scriptStem: String {
    URL(fileURLWithPath: scriptPath).deletingPathExtension().lastPathComponent
  }

  /// "20261204-183000" in UTC.
  public static func timestamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }
}
