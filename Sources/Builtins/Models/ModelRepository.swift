import Foundation
import Interpreter
import Tensor

/// The model repository of a workspace (its model/ folder) as the builtins use it: saving a
/// model with its metadata and card and git records, loading one by reference, moving aliases.
struct ModelRepository {
  let workspace: Workspace
  let store: ModelStore

  init(workspace: Workspace) {
    self.workspace = workspace
    store = ModelStore(root: URL(fileURLWithPath: workspace.path("model")))
  }

  struct Saved {
    let name: String
    let version: Int
    let path: String
    let tag: String?
    /// An existing version held these weights, data and script already; nothing was added.
    var isExisting = false
  }

  /// Saves a new version; `run` gives the script, parameters and data the metadata records
  /// and notes the weights written.
  func save(
    _ model: ModelValue, name: String, tags: [(String, String)], evaluation: [(String, JSON)]?,
    run: RunContext
  ) throws(ModelStore.Problem) -> Saved {
    try ModelStore.check(name: name)
    // The version number goes into the files; the store confirms it when renaming.
    let version = (store.versions(of: name).last ?? 0) + 1
    let (json, weights) = ModelFiles.encode(model, name: name, version: version)
    let metadata = ModelMetadata.json(
      model: model, name: name, version: version, workspace: workspace, tags: tags,
      evaluation: evaluation, weightsSHA256: SHA256.hex([UInt8](weights)), run: run)
    // Rendering a report again retrains the same model: it is not a new version.
    if let existing = existingVersion(holding: metadata, name: name) {
      // What a killed save left is mended all the same.
      store.removeStaleSaves(in: store.folder(name))
      if isOwnRepository { ModelGit.recordPending(store, name: name) }
      return Saved(
        name: name, version: existing, path: store.folder(name, version: existing).path,
        tag: nil, isExisting: true)
    }
    let files: [(name: String, data: Data)] = [
      ("model.json", Data((json.text() + "\n").utf8)), (ModelFiles.weightsName, weights),
      ("metadata.json", Data((metadata.text() + "\n").utf8)),
      ("README.md", Data(ModelMetadata.card(model: json, metadata: metadata).utf8)),
    ]
    let saved = try store.save(name, files: files)
    guard saved == version else {
      throw ModelStore.Problem(
        message: ModelMessages.concurrentSave(name, version, saved),
        help: ModelMessages.concurrentSaveHelp)
    }
    let tag = isOwnRepository ? ModelGit.recordSave(store, name: name, version: version) : nil
    run.record(
      store.folder(name, version: version).appendingPathComponent(ModelFiles.weightsName).path,
      .written)
    run.recordSaved(model: "\(name)@v\(version)")
    return Saved(
      name: name, version: version, path: store.folder(name, version: version).path, tag: tag)
  }

  /// Loads a version; `run` notes the weights read.
  func load(_ reference: String, run: RunContext) throws(ModelStore.Problem) -> ModelValue {
    let (name, version) = try store.resolve(reference)
    let folder = store.folder(name, version: version)
    guard
      let json = FileManager.default.contents(
        atPath: folder.appendingPathComponent("model.json").path),
      let weights = FileManager.default.contents(
        atPath: folder.appendingPathComponent(ModelFiles.weightsName).path)
    else {
      throw ModelStore.Problem(
        message: ModelMessages.incomplete(name, version))
    }
    let model = try ModelFiles.decode(
      json: json, weights: weights, reference: "\(name)@v\(version)")
    let weightsPath = folder.appendingPathComponent(ModelFiles.weightsName).path
    run.record(weightsPath, .read)
    run.recordLoaded(model: "\(name)@v\(version)")
    return model
  }

  func alias(_ reference: String, as alias: String) throws(ModelStore.Problem) -> (
    name: String, version: Int, tag: String?
  ) {
    let (name, version) = try store.resolve(reference)
    try store.setAlias(name, alias, version: version)
    let tag =
      isOwnRepository
      ? ModelGit.recordAlias(store, name: name, alias: alias, version: version) : nil
    return (name, version, tag)
  }

  /// metadata.json of a version.
  /// The latest version whose weights, training data and script (with its parameters) are
  /// those of `metadata`, if any.
  func existingVersion(holding metadata: JSON, name: String) -> Int? {
    let identity = ["weights_sha256", "training_data", "script"]
    for version in store.versions(of: name).reversed() {
      guard let stored = try? self.metadata(name, version: version) else { continue }
      if identity.allSatisfy({ stored[$0] == metadata[$0] }) { return version }
    }
    return nil
  }

  func metadata(_ reference: String) throws(ModelStore.Problem) -> JSON {
    let (name, version) = try store.resolve(reference)
    return try metadata(name, version: version)
  }

  func metadata(_ name: String, version: Int) throws(ModelStore.Problem) -> JSON {
    let path = store.folder(name, version: version).appendingPathComponent("metadata.json").path
    guard let data = FileManager.default.contents(atPath: path), let json = try? JSON.parse(data)
    else { throw ModelStore.Problem(message: ModelMessages.noMetadata(name, version)) }
    return json
  }

  /// Models are committed only when the workspace is a git repository of its own, never
  /// into a repository that merely contains the workspace.
  var isOwnRepository: Bool {
    guard let top = GitRecord.root(of: workspace.root) else { return false }
    return URL(fileURLWithPath: top).standardizedFileURL.path
      == URL(fileURLWithPath: workspace.root).standardizedFileURL.path
  }
}
