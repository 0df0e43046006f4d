import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let modelRepository: [Builtin] = [
    Builtin(
      "save_model", area: .models,
      summary: "Saves a trained model as the next version in the workspace's model/ folder.",
      parameters: [
        Parameter("model", .model, "A model from fit()."),
        Parameter("name", .string, "The model's name: letters, digits, '.', '_', '-'."),
        Parameter(
          "tags", .record, "Labels to keep with it, e.g. {cruise: \"PS118\"}.", default: .record),
        Parameter(
          "alias", .optional(.string), "An alias to point at the new version.", default: .null),
        Parameter(
          "evaluation", .optional(.report), "A report from evaluate() to record with the model.",
          default: .null),
        workspaceParameter,
      ],
      returns: .record,
      details: "Writes model/<name>/v<N>/ whole or not at all: model.json (format, model type "
        + "and hyper-parameters, preprocessing, input schema with units, classes), "
        + "weights.safetensors (the learned parameters, readable by Python's safetensors), "
        + "metadata.json (training data with sha256 and DOIs from the manifest, the script, its "
        + "parameters and sha256, git commit, seed, host, CPU, cores, Slurm job, times, peak "
        + "memory, evaluation) and README.md. When the workspace is a git repository the "
        + "version is committed and tagged model/<name>/v<N>. Returns {name, version, path}. "
        + "When a version already holds the same weights, training data and script (a report "
        + "rendered again), that version is returned and nothing is added.",
      examples: [
        Example(
          "ws = init_workspace(\"/tmp/awish-models-example\")\n"
            + "birds = frame(mass=[3.1, 3.3, 5.0, 5.2], species=[\"a\", \"a\", \"b\", \"b\"])\n"
            + "m = fit(naive_bayes(), birds, target=\"species\")\n"
            + "type(save_model(m, \"birds\", workspace=ws.root).version)",
          "\"int\"")
      ]
    ) { args in
      let model = try args.model("model")
      let repository = ModelRepository(workspace: try WorkspaceLoading.required(args))
      let name = try args.string("name")
      var evaluation: [(String, JSON)]?
      if !args.isNull("evaluation") {
        guard let scores = EvaluationScores.of(args.value("evaluation")) else {
          throw args.kindError("evaluation")
        }
        evaluation = scores
      }
      let record = try args.record("tags")
      let tags = zip(record.keys, record.values).map { ($0, $1.text) }
      if let target = args.run.reproduction, target.name != name {
        // A reproduction changes nothing in the repository.
        args.write(ModelMessages.notSavedWhileReproducing(name, target.name) + "\n")
        return .record(RecordObject([("name", .string(name)), ("version", .null)]))
      }
      if let target = args.run.reproduction, target.name == name {
        let weights = ModelFiles.encode(model, name: name, version: target.version).weights
        args.run.reproduction?.identical = weights == target.weights
        args.write(
          "reproduce: \(name)@v\(target.version) retrained; the weights are "
            + (weights == target.weights ? "bit-identical\n" : "DIFFERENT\n"))
        return .record(
          RecordObject([
            ("name", .string(name)), ("version", .int(target.version)),
            ("identical", .bool(weights == target.weights)),
          ]))
      }
      let alias = args.isNull("alias") ? nil : try args.string("alias")
      do throws(ModelStore.Problem) {
        let saved = try repository.save(
          model, name: name, tags: tags, evaluation: evaluation, run: args.run)
        // Saving what the latest version holds is quiet (a report rendered again); an older
        // version holding it is worth saying.
        if saved.isExisting, saved.version != repository.store.versions(of: name).last {
          args.write(ModelMessages.alreadySaved(name, saved.version) + "\n")
        }
        if let alias { _ = try repository.alias("\(name)@v\(saved.version)", as: alias) }
        return .record(
          RecordObject([
            ("name", .string(saved.name)), ("version", .int(saved.version)),
            ("path", .string(saved.path)), ("tag", saved.tag.map { .string($0) } ?? .null),
          ]))
      } catch {
        throw args.error(error.message, at: "name", help: error.help).coded(error.code)
      }
    },
    Builtin(
      "load_model", area: .models,
      summary: "A saved model: \"name\" (the latest), \"name@v3\" or \"name@alias\".",
      parameters: [Parameter("reference", .string, "The model and version."), workspaceParameter],
      returns: .model,
      details: "The weights' sha256 is checked against model.json first: a changed or "
        + "truncated file is an error, as is a model format newer than this awish reads. The "
        + "model predicts exactly as it did when saved.",
      examples: [
        Example(
          "ws = init_workspace(\"/tmp/awish-models-example\")\n"
            + "birds = frame(mass=[3.1, 3.3, 5.0, 5.2], species=[\"a\", \"a\", \"b\", \"b\"])\n"
            + "save_model(fit(naive_bayes(), birds, target=\"species\"), \"birds\", workspace=ws.root)\n"
            + "load_model(\"birds\", workspace=ws.root).classes",
          "[\"a\", \"b\"]")
      ]
    ) { args in
      let repository = ModelRepository(workspace: try WorkspaceLoading.required(args))
      let reference = try args.string("reference")
      do throws(ModelStore.Problem) {
        return .object(try repository.load(reference, run: args.run))
      } catch {
        throw args.error(error.message, at: "reference", help: error.help).coded(error.code)
      }
    },
    Builtin(
      "alias_model", area: .models,
      summary: "Points an alias (\"production\", \"candidate\") at a saved version.",
      parameters: [
        Parameter("reference", .string, "The version: \"name@v3\", \"name\" or \"name@alias\"."),
        Parameter("alias", .string, "The alias to set or move."),
        workspaceParameter,
      ],
      returns: .record,
      details: "Kept in model/<name>/aliases.json; in a git workspace the move is committed and "
        + "an annotated tag model/<name>/<alias> marks the version, so git log shows which "
        + "version carried the alias when.",
      examples: [
        Example(
          "ws = init_workspace(\"/tmp/awish-models-example\")\n"
            + "birds = frame(mass=[3.1, 3.3, 5.0, 5.2], species=[\"a\", \"a\", \"b\", \"b\"])\n"
            + "v = save_model(fit(naive_bayes(), birds, target=\"species\"), \"birds\", workspace=ws.root).version\n"
            + "alias_model(f\"birds@v{v}\", \"production\", workspace=ws.root).version == v",
          "true")
      ]
    ) { args in
      let repository = ModelRepository(workspace: try WorkspaceLoading.required(args))
      let (reference, alias) = (try args.string("reference"), try args.string("alias"))
      do throws(ModelStore.Problem) {
        let moved = try repository.alias(reference, as: alias)
        return .record(
          RecordObject([
            ("name", .string(moved.name)), ("version", .int(moved.version)),
            ("alias", .string(alias)),
          ]))
      } catch {
        throw args.error(error.message, at: "reference", help: error.help).coded(error.code)
      }
    },
    Builtin(
      "model_digest", area: .models,
      summary: "The sha256 of a model's learned parameters, as save_model would write them.",
      parameters: [Parameter("model", .model, "A model from fit() or load_model().")],
      returns: .string,
      details: "Two models with the same digest predict identically. Compare a retrained "
        + "model with model_info(\"name\").weights_sha256 to check that training is "
        + "reproducible; `awish reproduce name` does this for a whole script.",
      examples: [
        Example(
          "birds = frame(mass=[3.1, 3.3, 5.0, 5.2], species=[\"a\", \"a\", \"b\", \"b\"])\n"
            + "model_digest(fit(tree(seed=1), birds, target=\"species\")) == "
            + "model_digest(fit(tree(seed=1), birds, target=\"species\"))",
          "true")
      ]
    ) { args in
      let model = try args.model("model")
      return .string(SHA256.hex([UInt8](ModelFiles.encode(model, name: "", version: 0).weights)))
    },
    Builtin(
      "models", area: .models,
      summary: "Every saved model version of the workspace, as a frame.",
      parameters: [workspaceParameter],
      returns: .frame,
      details: "Columns name, version, aliases, model, saved, rows (training), accuracy (a "
        + "classifier saved with an evaluation) and r2 (a regressor saved with one).",
      examples: [
        Example(
          "names(models(workspace=init_workspace(\"/tmp/awish-models-example\").root))[0:3]",
          "[\"name\", \"version\", \"aliases\"]")
      ]
    ) { args in
      let repository = ModelRepository(workspace: try WorkspaceLoading.required(args))
      return .frame(try ModelListing.frame(repository))
    },
    Builtin(
      "model_info", area: .models,
      summary: "The metadata of a saved model version, as a record.",
      parameters: [
        Parameter("reference", .string, "\"name\", \"name@v3\" or \"name@alias\"."),
        workspaceParameter,
      ],
      returns: .record,
      details: "metadata.json as saved: training data with checksums, script, git commit, seed, "
        + "run facts and evaluation.",
      examples: [
        Example(
          "ws = init_workspace(\"/tmp/awish-models-example\")\n"
            + "birds = frame(mass=[3.1, 3.3, 5.0, 5.2], species=[\"a\", \"a\", \"b\", \"b\"])\n"
            + "save_model(fit(naive_bayes(), birds, target=\"species\"), \"birds\", workspace=ws.root)\n"
            + "model_info(\"birds\", workspace=ws.root).model",
          "\"naive_bayes\"")
      ]
    ) { args in
      let repository = ModelRepository(workspace: try WorkspaceLoading.required(args))
      let reference = try args.string("reference")
      do throws(ModelStore.Problem) {
        return JSONValue.value(try repository.metadata(reference))
      } catch {
        throw args.error(error.message, at: "reference", help: error.help).coded(error.code)
      }
    },
  ]
}

/// models(): one row per saved version.
enum ModelListing {
  static func frame(_ repository: ModelRepository) throws -> Frame {
    var names: [String] = []
    var versions: [Int] = []
    var aliases: [String] = []
    var kinds: [String] = []
    var saved: [String] = []
    var rows: [Int] = []
    var accuracy = ScoreColumn(key: "accuracy")
    var r2 = ScoreColumn(key: "r2")
    for name in repository.store.names {
      let aliasList = repository.store.aliases(of: name)
      for version in repository.store.versions(of: name) {
        let metadata = (try? repository.metadata(name, version: version)) ?? .null
        names.append(name)
        versions.append(version)
        aliases.append(
          aliasList.filter { $0.version == version }.map(\.alias).joined(separator: ", "))
        kinds.append(metadata["model"]?.string ?? "")
        saved.append(metadata["saved"]?.string ?? "")
        rows.append(metadata["training_rows"]?.int ?? 0)
        accuracy.append(metadata)
        r2.append(metadata)
      }
    }
    return try Frame(columns: [
      Column(name: "name", storage: .strings(names)),
      Column(name: "version", storage: .int(versions)),
      Column(name: "aliases", storage: .strings(aliases)),
      Column(name: "model", storage: .strings(kinds)),
      Column(name: "saved", storage: .strings(saved)),
      Column(name: "rows", storage: .int(rows)),
      accuracy.column, r2.column,
    ])
  }

  /// One evaluation score per version, missing where the version has none.
  struct ScoreColumn {
    let key: String
    var values: [Double] = []
    var present: [Bool] = []

    mutating func append(_ metadata: JSON) {
      let score = metadata["evaluation"]?[key]?.double
      values.append(score ?? .nan)
      present.append(score != nil)
    }

    var column: Column { Column(name: key, storage: .float(values), validity: Bitmap(present)) }
  }
}
