import Foundation
import Interpreter

extension Builtins {
  static let workspaces: [Builtin] = [
    Builtin(
      "workspace", area: .archives,
      summary: "The workspace around a script: its folders and its awish.toml settings.",
      parameters: [
        Parameter(
          "folder", .optional(.string),
          "A folder inside the workspace; the script's folder (the current directory in the "
            + "REPL) by default.", default: .null)
      ],
      returns: .record,
      details: "The workspace is the nearest folder at or above `folder` that holds an "
        + "awish.toml (made by `awish init DIR` or init_workspace()). The record has `root`, "
        + "`name`, the paths `raw`, `src`, `lib`, `model`, `data` and `manifest`, and "
        + "`settings`: one record per awish.toml section. nil when there is no workspace.",
      examples: [Example("workspace(\"/proc\")", "nil")]
    ) { args in
      let folder = args.isNull("folder") ? args.folder : try args.path("folder")
      guard let workspace = try WorkspaceLoading.find(from: folder, args: args) else {
        return .null
      }
      return WorkspaceLoading.record(workspace)
    },
    Builtin(
      "init_workspace", area: .archives,
      summary: "Creates a workspace, or adds the missing parts of one, as `awish init` does.",
      parameters: [Parameter("folder", .string, "The workspace folder; made when missing.")],
      returns: .record,
      details: "Makes raw/, src/, lib/, model/ and data/, an awish.toml and a .gitignore when "
        + "they are missing, and runs `git init` when git exists and no repository holds the "
        + "folder. Existing files are never changed. Returns workspace() of the folder.",
      examples: [Example("init_workspace(\"/tmp/awish-example\").name", "\"awish-example\"")]
    ) { args in
      let folder = try args.path("folder")
      do throws(Workspace.Problem) {
        _ = try Workspace.create(at: folder)
        return WorkspaceLoading.record(try Workspace.load(root: folder))
      } catch {
        throw args.error(error.message, at: "folder")
      }
    },
  ]
}

/// workspace() and the archive builtins: finding the workspace, and showing it as a record.
enum WorkspaceLoading {
  static func find(from folder: String, args: Arguments) throws -> Workspace? {
    do throws(Workspace.Problem) {
      return try Workspace.find(from: folder)
    } catch {
      throw args.error(error.message, help: ArchiveMessages.tomlHelp)
    }
  }

  /// The workspace a fetch writes into: the `workspace` argument's, else the script's.
  static func required(_ args: Arguments, parameter: String = "workspace") throws -> Workspace {
    let folder = args.isNull(parameter) ? args.folder : try args.path(parameter)
    guard let workspace = try find(from: folder, args: args) else {
      throw args.error(
        .noWorkspace, ArchiveMessages.noWorkspace(folder), at: parameter,
        help: ArchiveMessages.noWorkspaceHelp)
    }
    return workspace
  }

  static func record(_ workspace: Workspace) -> Value {
    var pairs: [(String, Value)] = [
      ("root", .string(workspace.root)),
      ("name", .string(workspace.name)),
    ]
    for folder in Workspace.folders { pairs.append((folder, .string(workspace.path(folder)))) }
    pairs.append(("manifest", .string(workspace.path(Workspace.manifestName))))
    let sections = RecordObject(keys: [], values: [])
    for entry in workspace.settings {
      let section = entry.section.isEmpty ? "top" : entry.section
      if case .record(let record)? = sections[section] {
        record[entry.key] = value(entry.value)
      } else {
        sections[section] = .record(RecordObject([(entry.key, value(entry.value))]))
      }
    }
    pairs.append(("settings", .record(sections)))
    return .record(RecordObject(pairs))
  }

  static func value(_ toml: TOML.Value) -> Value {
    switch toml {
    case .string(let text): return .string(text)
    case .int(let number): return .int(number)
    case .float(let number): return .float(number)
    case .bool(let flag): return .bool(flag)
    case .array(let items): return .list(ListObject(items.map(value)))
    }
  }
}
