import Foundation
import Lang

extension Session {
  /// The absolute path an import names (see `Paths.resolve`). A relative path that names no
  /// file beside the script is looked up from the workspace root, so `import "lib/x.awi"`
  /// works from any folder of a workspace.
  func importPath(_ path: String, from file: SourceFile) -> String {
    let beside = Paths.resolve(path, from: file)
    guard !path.hasPrefix("/"), !FileManager.default.fileExists(atPath: beside),
      let root = Paths.workspaceRoot(above: Paths.folder(of: file))
    else { return beside }
    let fromRoot = URL(fileURLWithPath: root).appendingPathComponent(path).standardizedFileURL.path
    return FileManager.default.fileExists(atPath: fromRoot) ? fromRoot : beside
  }

  /// Loads, resolves and compiles every file the program imports at its top level (once
  /// each), so their names are known before the program is resolved. Cycles are errors.
  func loadImports(of program: Program) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for statement in program.statements {
      guard case .importFile(let path, let range) = statement.kind else { continue }
      let fullPath = importPath(path, from: program.file)
      if modules[fullPath] != nil { continue }
      if let start = loading.firstIndex(of: fullPath) {
        let cycle = (loading[start...] + [fullPath]).map { ($0 as NSString).lastPathComponent }
        diagnostics.append(
          Diagnostic(
            .importCycle, InterpreterMessages.importCycle(cycle), file: program.file,
            range: range, help: InterpreterMessages.importCycleHelp))
        continue
      }
      guard let data = FileManager.default.contents(atPath: fullPath),
        let text = String(data: data, encoding: .utf8)
      else {
        diagnostics.append(
          Diagnostic(
            .importUnreadable, InterpreterMessages.importUnreadable(path), file: program.file,
            range: range, label: InterpreterMessages.importLookedFor(fullPath)))
        continue
      }
      loading.append(fullPath)
      let imported = SourceFile(name: displayName(fullPath), text: text)
      switch prepare(imported, keepLastValue: false) {
      case .success(let code): modules[fullPath] = Module(code: code)
      case .failure(let rejection): diagnostics += rejection.diagnostics
      }
      loading.removeLast()
    }
    return diagnostics
  }

  /// A path relative to the current directory when it is below it.
  func displayName(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
  }

  /// Runs an imported file the first time an import of it is reached.
  func runImport(_ path: String, from file: SourceFile, _ range: SourceRange)
    throws(RuntimeError)
  {
    let fullPath = importPath(path, from: file)
    guard let module = modules[fullPath] else {
      throw RuntimeError(
        .importUnreadable, InterpreterMessages.importUnreadable(path), file: file, range: range)
    }
    guard !module.hasRun else { return }
    module.hasRun = true
    machine.ensureGlobals(globals.names.count)
    _ = try module.code(machine)
  }
}
