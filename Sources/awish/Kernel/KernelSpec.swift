import ArgumentParser
import Foundation
import Interpreter
import Tensor

/// The kernelspec folder Jupyter finds awish by: kernel.json (this binary's absolute path,
/// the display name, language, interrupt mode) and the logos.
enum KernelSpec {
  static let name = "awish"

  /// kernel.json's content for the binary at `executable`.
  static func json(executable: String) -> [String: Any] {
    [
      "argv": [executable, "kernel", "-f", "{connection_file}"],
      "display_name": "awish",
      "language": "awi",
      "interrupt_mode": "signal",
      "metadata": ["debugger": false],
    ]
  }

  /// The absolute path of the running binary.
  static var executable: String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return path
    }
    let argument = CommandLine.arguments.first ?? "awish"
    return URL(fileURLWithPath: argument).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Writes the spec into `kernels/awish` under a Jupyter data folder.
  static func install(into dataFolder: String) throws -> String {
    let folder = dataFolder + "/kernels/" + name
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let json = try JSONSerialization.data(
      withJSONObject: json(executable: executable), options: [.prettyPrinted, .sortedKeys])
    try json.write(to: URL(fileURLWithPath: folder + "/kernel.json"), options: .atomic)
    try KernelLogo.png(size: 32).write(to: URL(fileURLWithPath: folder + "/logo-32x32.png"))
    try KernelLogo.png(size: 64).write(to: URL(fileURLWithPath: folder + "/logo-64x64.png"))
    try Data(KernelLogo.svg.utf8).write(to: URL(fileURLWithPath: folder + "/logo-svg.svg"))
    return folder
  }
}

/// Where `install` and `uninstall` put the spec: the user's, a prefix's or the active
/// environment's Jupyter data folder, else the system's (as `jupyter kernelspec install`).
struct SpecLocation: ParsableArguments {
  @Flag(help: "Install for this user only (~/.local/share/jupyter).")
  var user = false

  @Option(help: "Install under PREFIX/share/jupyter.")
  var prefix: String?

  @Flag(help: "Install into the active virtual or conda environment.")
  var sysPrefix = false

  /// The Jupyter data folder chosen.
  func dataFolder() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let prefix { return prefix + "/share/jupyter" }
    if sysPrefix {
      guard let environmentPrefix = environment["VIRTUAL_ENV"] ?? environment["CONDA_PREFIX"]
      else { throw ValidationError(AwishMessages.sysPrefixNeedsEnvironment) }
      return environmentPrefix + "/share/jupyter"
    }
    guard user else { return "/usr/local/share/jupyter" }
    if let data = environment["JUPYTER_DATA_DIR"] { return data }
    let home = environment["HOME"] ?? NSHomeDirectory()
    #if os(macOS)
      return home + "/Library/Jupyter"
    #else
      return (environment["XDG_DATA_HOME"] ?? home + "/.local/share") + "/jupyter"
    #endif
  }
}

/// `awish kernel install`.
struct KernelInstall: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install", abstract: "Install the kernelspec so Jupyter offers awish.")

  @OptionGroup var location: SpecLocation

  func run() throws {
    let dataFolder = try location.dataFolder()
    do {
      let folder = try KernelSpec.install(into: dataFolder)
      print("installed the awish kernel in \(folder)")
    } catch {
      let folder = dataFolder + "/kernels/" + KernelSpec.name
      let failure = FileFailure(error, path: folder).message(folder, doing: "write")
      writeStandardError("error: \(AwishMessages.cannotInstallKernelspec(failure))\n")
      throw ExitCode(1)
    }
  }
}

/// `awish kernel uninstall`.
struct KernelUninstall: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uninstall", abstract: "Remove the kernelspec that 'install' wrote.")

  @OptionGroup var location: SpecLocation

  func run() throws {
    let folder = try location.dataFolder() + "/kernels/" + KernelSpec.name
    guard FileManager.default.fileExists(atPath: folder + "/kernel.json") else {
      writeStandardError("error: \(AwishMessages.noKernelspec(folder))\n")
      throw ExitCode(1)
    }
    do {
      try FileManager.default.removeItem(atPath: folder)
      print("removed \(folder)")
    } catch {
      writeStandardError(
        "error: " + FileFailure(error, path: folder).message(folder, doing: "remove") + "\n")
      throw ExitCode(1)
    }
  }
}
