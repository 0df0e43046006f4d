import Foundation
import Interpreter
import Tensor

/// metadata.json: what makes a saved model reproducible and comparable — the data it was
/// trained on (with checksums and archive DOIs), the script and its parameters, the code
/// version, the seed, the machine, the time, the evaluation; and the README card made from it.
enum ModelMetadata {
  static func json(
    model: ModelValue, name: String, version: Int, workspace: Workspace,
    tags: [(String, String)], evaluation: [(String, JSON)]?, weightsSHA256: String, run: RunContext
  ) -> JSON {
    // Models loaded along the way are not training data.
    let modelFolder = workspace.path("model") + "/"
    let reads = run.files.filter { $0.access == .read && !$0.path.hasPrefix(modelFolder) }
    let data: [JSON] = reads.map { entry in
      let record = DataFileRecord.describe(entry.path)
      var pairs: [(String, JSON)] = [
        ("path", .string(Paths.relative(entry.path, inside: workspace.root)))
      ]
      if let sha256 = record.sha256 { pairs.append(("sha256", .string(sha256))) }
      if let bytes = (try? FileManager.default.attributesOfItem(atPath: entry.path))?[.size] as? Int
      {
        pairs.append(("bytes", .int(bytes)))
      }
      if !record.uri.isEmpty { pairs.append(("uri", .string(record.uri))) }
      if !record.doi.isEmpty { pairs.append(("doi", .string(record.doi))) }
      if !record.citation.isEmpty { pairs.append(("citation", .string(record.citation))) }
      return .object(pairs)
    }
    var script: JSON = .null
    if let path = run.script, let sha256 = DataFileRecord.digest(of: path) {
      script = .object([
        ("path", .string(Paths.relative(path, inside: workspace.root))),
        ("sha256", .string(sha256)),
        (
          "parameters",
          .object(
            run.parameters.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) })
        ),
      ])
    }
    let git: JSON =
      GitRecord.state(of: workspace.root).map {
        .object([("commit", .string($0.commit)), ("dirty", .bool($0.dirty))])
      } ?? .null
    let specJSON = model.spec.spec.json
    let seed = specJSON["seed"] ?? specJSON["tree"]?["seed"] ?? .null
    var pairs: [(String, JSON)] = [
      ("name", .string(name)), ("version", .int(version)),
      ("saved", .string(RunFacts.timestamp(Date()))),
      ("model", .string(model.spec.spec.name)), ("settings", .string(model.spec.settings)),
      ("seed", seed), ("weights_sha256", .string(weightsSHA256)),
      ("training_data", .array(data)), ("script", script), ("git", git),
      ("run", RunFacts.json(started: run.started)),
      ("training_rows", .int(model.trainingRows)),
      ("training_seconds", .number((model.seconds * 1000).rounded() / 1000)),
    ]
    if let evaluation { pairs.append(("evaluation", .object(evaluation))) }
    pairs.append(("tags", .object(tags.map { ($0.0, JSON.string($0.1)) })))
    return .object(pairs)
  }

  /// README.md of a version: a card a colleague reads before using the model.
  static func card(model: JSON, metadata: JSON) -> String {
    let name = model["name"]?.string ?? "model"
    let version = model["version"]?.int ?? 0
    let isRegression = model["task"]?.string == LearningTask.regression.rawValue
    let predicts =
      isRegression
      ? "a quantity (regression)"
      : "classes "
        + (model["classes"]?["values"]?.array ?? []).map { "`\(text($0))`" }.joined(separator: ", ")
    var lines = [
      "# \(name) v\(version)", "",
      "A \(model["model"]?["type"]?.string ?? "") \(isRegression ? "regressor" : "classifier") "
        + "(\(model["settings"]?.string ?? "")) "
        + "saved by awish \(model["awish_version"]?.string ?? "") on "
        + "\(metadata["saved"]?.string ?? "").", "",
      "- **Predicts:** `\(model["target"]?.string ?? "")`, \(predicts)",
      "- **From:** "
        + (model["features"]?.array ?? []).map { feature in
          let unit = feature["unit"]?.string.map { " [\($0)]" } ?? ""
          return "`\(feature["name"]?.string ?? "")`\(unit)"
        }.joined(separator: ", "),
      "- **Trained on:** \(metadata["training_rows"]?.int ?? 0) rows in "
        + "\(metadata["training_seconds"]?.double ?? 0) s",
    ]
    if let evaluation = metadata["evaluation"], evaluation["r2"] != nil {
      lines.append(
        "- **Evaluation:** R² \(format(evaluation["r2"])), MAE \(format(evaluation["mae"])), "
          + "RMSE \(format(evaluation["rmse"])) on \(evaluation["rows"]?.int ?? 0) rows (mean "
          + "baseline R² \(format(evaluation["baseline"])))")
    } else if let evaluation = metadata["evaluation"] {
      lines.append(
        "- **Evaluation:** accuracy \(format(evaluation["accuracy"])), balanced accuracy "
          + "\(format(evaluation["balanced_accuracy"])), macro F1 \(format(evaluation["macro_f1"])) "
          + "on \(evaluation["rows"]?.int ?? 0) rows (majority baseline "
          + "\(format(evaluation["baseline"])))")
    }
    lines += ["", "## Data", ""]
    let data = metadata["training_data"]?.array ?? []
    if data.isEmpty { lines.append("No data files were recorded.") }
    for item in data {
      let doi = item["doi"]?.string.map { ", DOI [\($0)](https://doi.org/\($0))" } ?? ""
      lines.append(
        "- `\(item["path"]?.string ?? "")` (sha256 `\(item["sha256"]?.string ?? "")`\(doi))")
    }
    lines += ["", "## Reproduce", ""]
    if let script = metadata["script"]?["path"]?.string {
      lines.append("Trained by `\(script)`; `awish reproduce \(name)@v\(version)` runs it again.")
    } else {
      lines.append("Trained interactively (no script recorded).")
    }
    if let commit = metadata["git"]?["commit"]?.string {
      let dirty = metadata["git"]?["dirty"]?.bool == true ? " (with uncommitted changes)" : ""
      lines.append("Code at git commit `\(commit)`\(dirty).")
    }
    let run = metadata["run"] ?? .null
    lines.append(
      "Ran on \(run["host"]?.string ?? "") (\(run["cpu"]?.string ?? ""), "
        + "\(run["cores"]?.int ?? 0) cores) in \(format(run["wall_seconds"])) s.")
    lines += [
      "",
      "Files: `model.json` (architecture, preprocessing, schema), `\(ModelFiles.weightsName)` "
        + "(learned parameters; any safetensors reader opens it), `metadata.json`.", "",
    ]
    return lines.joined(separator: "\n")
  }

  private static func text(_ json: JSON) -> String {
    switch json {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .bool(let b): return String(b)
    default: return json.text(pretty: false)
    }
  }

  private static func format(_ json: JSON?) -> String {
    guard let value = json?.double else { return "—" }
    return String(format: "%.3f", value)
  }
}
