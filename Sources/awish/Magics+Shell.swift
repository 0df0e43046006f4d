import Foundation
import Tensor

extension REPL {
  /// `!cmd`: runs a shell command with this REPL's folder; its output goes to the console.
  func runShell(_ command: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    do {
      try process.run()
    } catch {
      let reason = FileFailure(error, path: "/bin/sh").message("/bin/sh", doing: "run")
      return usageError(AwishMessages.shellUnavailable(reason))
    }
    // Read while it runs, so a command printing more than a pipe holds cannot block.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    console.write(String(decoding: data, as: UTF8.self))
    if process.terminationStatus != 0 {
      usageError(AwishMessages.shellFailed(process.terminationStatus))
    }
  }

  /// `%cd DIR` (home without one): the folder relative paths start from.
  func changeFolder(_ argument: String) {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
    let target = argument.isEmpty ? home : (argument as NSString).expandingTildeInPath
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder),
      isFolder.boolValue, FileManager.default.changeCurrentDirectoryPath(target)
    else { return usageError(AwishMessages.folderMissing(target)) }
    console.write(FileManager.default.currentDirectoryPath + "\n")
  }

  /// `%ls [DIR]`: the entries of a folder, folders marked with '/', in name order.
  func list(_ argument: String) {
    let folder = argument.isEmpty ? "." : (argument as NSString).expandingTildeInPath
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return usageError(AwishMessages.folderMissing(folder))
    }
    let entries = names.filter { !$0.hasPrefix(".") }.sorted().map { name in
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
      return isFolder.boolValue ? name + "/" : name
    }
    if !entries.isEmpty { console.write(entries.joined(separator: "\n") + "\n") }
  }
}
