import Foundation
import Interpreter
import Tensor

/// What the command line does with the model repository: `awish models`, `awish models show`
/// and `awish reproduce`; the run's facts are handed over here at start.
public enum ModelCommands {
  public struct Failure: Error {
    public let message: String
    public let help: String?
  }

  /// What `awish reproduce` runs: the recorded script with its parameters, and the target
  /// its save_model compares with.
  public struct ReproductionPlan {
    public let script: String
    public let parameters: [String: String]
    public let target: RunContext.Reproduction
  }

  static func repository(from folder: String) throws -> ModelRepository {
    let workspace: Workspace?
    do throws(Workspace.Problem) {
      workspace = try Workspace.find(from: folder)
    } catch {
      throw Failure(message: error.message, help: nil)
    }
    guard let workspace else {
      throw Failure(
        message: ModelMessages.noWorkspace(folder), help: ModelMessages.noWorkspaceHelp)
    }
    return ModelRepository(workspace: workspace)
  }

  /// The table `models()` gives, as text.
  public static func list(from folder: String) throws -> String {
    let repository = try repository(from: folder)
    let frame = try ModelListing.frame(repository)
    if frame.rowCount == 0 { return "no models in \(repository.store.root.path)\n" }
    return FrameDisplay.frame(frame, width: 120, all: true)
  }

  /// A version's card and where its files are.
  public static func show(_ reference: String, from folder: String) throws -> String {
    let repository = try repository(from: folder)
    do throws(ModelStore.Problem) {
      let (name, version) = try repository.store.resolve(reference)
      let path = repository.store.folder(name, version: version)
      let card =
        (try? String(contentsOf: path.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
      let aliases = repository.store.aliases(of: name).filter { $0.version == version }.map(\.alias)
      return card + "\nFolder: \(path.path)"
        + (aliases.isEmpty ? "" : "\nAliases: " + aliases.joined(separator: ", ")) + "\n"
    } catch {
      throw Failure(message: error.message, help: error.help)
    }
  }

  /// Checks that the recorded script and data are unchanged; gives the script to run, its
  /// parameters and the target that makes its save_model compare instead of save.
  public static func prepareReproduction(_ reference: String, from folder: String) throws
    -> ReproductionPlan
  {
    let repository = try repository(from: folder)
    do throws(ModelStore.Problem) {
      let (name, version) = try repository.store.resolve(reference)
      let metadata = try repository.metadata(name, version: version)
      guard let script = metadata["script"]?["path"]?.string else {
        throw ModelStore.Problem(
          message: ModelMessages.trainedWithoutScript(name, version),
          help: ModelMessages.trainedWithoutScriptHelp)
      }
      let root = repository.workspace.root
      let scriptPath = script.hasPrefix("/") ? script : root + "/" + script
      try verify(
        scriptPath, sha256: metadata["script"]?["sha256"]?.string, what: ModelMessages.theScript)
      for item in metadata["training_data"]?.array ?? [] {
        guard let path = item["path"]?.string else { continue }
        try verify(
          path.hasPrefix("/") ? path : root + "/" + path, sha256: item["sha256"]?.string,
          what: ModelMessages.theTrainingData)
      }
      let weightsPath = repository.store.folder(name, version: version)
        .appendingPathComponent(ModelFiles.weightsName).path
      guard let weights = FileManager.default.contents(atPath: weightsPath) else {
        throw ModelStore.Problem(message: ModelMessages.noWeightsFile(name, version))
      }
      var parameters: [String: String] = [:]
      if case .object(let pairs)? = metadata["script"]?["parameters"] {
        for (key, value) in pairs { parameters[key] = value.string ?? value.text(pretty: false) }
      }
      return ReproductionPlan(
        script: scriptPath, parameters: parameters,
        target: RunContext.Reproduction(name: name, version: version, weights: weights))
    } catch {
      throw Failure(message: error.message, help: error.help)
    }
  }

  private static func verify(_ path: String, sha256: String?, what: String) throws(ModelStore
    .Problem)
  {
    guard let actual = DataFileRecord.digest(of: path) else {
      throw ModelStore.Problem(message: ModelMessages.inputMissing(what, path))
    }
    guard let sha256, actual == sha256 else {
      throw ModelStore.Problem(
        message: ModelMessages.inputChanged(what, path), help: ModelMessages.inputChangedHelp)
    }
  }
}
