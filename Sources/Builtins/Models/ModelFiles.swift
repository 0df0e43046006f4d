import Foundation
import Interpreter
import Tensor

/// A trained model as the two files that define it: model.json (format, architecture,
/// preprocessing, input schema, classes) and weights.safetensors (what was learned). Loading
/// checks the format version and the weights' sha256 before anything else.
enum ModelFiles {
  static let format = "awish-model"
  /// The format this awish writes and the newest it reads.
  static let formatVersion = 1
  static let weightsName = "weights.safetensors"

  /// model.json's content and the weights file of `model`.
  static func encode(_ model: ModelValue, name: String, version: Int) -> (json: JSON, weights: Data)
  {
    let weights = Safetensors.encode(
      ClassifierArchive.entries(of: model.classifier ?? model.regressor?.0 ?? 0),
      metadata: [("format", format), ("model", model.spec.spec.name)])
    let features: [JSON] = model.pipeline.inputNames.map { feature in
      .object(
        [("name", .string(feature))]
          + (model.units[feature].map { [("unit", JSON.string($0))] } ?? []))
    }
    let json = JSON.object([
      ("format", .string(format)), ("format_version", .int(formatVersion)),
      ("awish_version", .string(AwishVersion.current)),
      ("name", .string(name)), ("version", .int(version)),
      ("model", model.spec.spec.json), ("settings", .string(model.spec.settings)),
      ("task", .string(model.task.rawValue)),
      ("target", .string(model.target)), ("classes", model.classes.json),
      ("features", .array(features)),
      ("preprocessing", model.pipeline.json),
      ("scaling", model.scaling.map { .string($0.rawValue) } ?? .null),
      ("feature_extraction", model.featureExtraction ?? .null),
      (
        "training",
        .object([
          ("rows", .int(model.trainingRows)),
          ("class_counts", .array(model.trainingCounts.map { .int($0) })),
          ("target_mean", model.regressor.map { .number($0.1.mean) } ?? .null),
          ("target_unit", model.regressor?.1.unit.map { .string($0) } ?? .null),
          ("seconds", .number(model.seconds)),
          ("group", model.group.map { .string($0.name) } ?? .null),
          ("group_values", .array((model.group?.values.sorted() ?? []).map { .string($0) })),
        ])
      ),
      (
        "weights",
        .object([
          ("file", .string(weightsName)), ("sha256", .string(SHA256.hex([UInt8](weights)))),
          ("bytes", .int(weights.count)),
        ])
      ),
    ])
    return (json, weights)
  }

  /// The model of a version's files; `reference` names it in errors ("penguins@v3"). A file
  /// that does not read as a model is E0507 malformed-file.
  static func decode(json data: Data, weights: Data, reference: String) throws(ModelStore.Problem)
    -> ModelValue
  {
    let json: JSON
    do {
      json = try JSON.parse(data)
    } catch {
      throw ModelStore.Problem(
        message: ModelMessages.invalidJSON(reference, error.message), code: .malformedFile)
    }
    guard json["format"]?.string == format, let version = json["format_version"]?.int else {
      throw ModelStore.Problem(
        message: ModelMessages.notAnAwishModel(reference), code: .malformedFile)
    }
    guard version <= formatVersion else {
      let needed = json["awish_version"]?.string ?? ModelMessages.aNewerVersion
      throw ModelStore.Problem(
        message: ModelMessages.newerFormat(reference, version, AwishVersion.current, formatVersion),
        help: ModelMessages.newerFormatHelp(needed))
    }
    let expected = json["weights"]?["sha256"]?.string
    guard let expected, SHA256.hex([UInt8](weights)) == expected else {
      throw ModelStore.Problem(
        message: ModelMessages.weightsChanged(reference),
        help: ModelMessages.weightsChangedHelp(weightsName))
    }
    do throws(ClassifierArchive.Problem) {
      let spec = try ClassifierSpec(json: json["model"] ?? .null)
      let pipeline = try FeaturePipeline(json: json["preprocessing"] ?? .null)
      let entries: [Safetensors.Entry]
      do throws(Safetensors.Problem) {
        entries = try Safetensors.decode(weights).entries
      } catch {
        throw ClassifierArchive.Problem(message: ModelMessages.weightsDamaged(error.message))
      }
      let training = json["training"] ?? .null
      let learned: Learned
      // Files from before regression have no task: they hold classifiers.
      if json["task"]?.string == LearningTask.regression.rawValue {
        let regressor = try ClassifierArchive.restoreRegressor(
          spec, featureCount: pipeline.outputNames.count, entries: entries)
        guard let mean = training["target_mean"]?.double else {
          throw ClassifierArchive.Problem(message: ModelMessages.noTargetMean)
        }
        learned = .quantity(
          regressor,
          TargetSummary(
            rows: training["rows"]?.int ?? 0, mean: mean, unit: training["target_unit"]?.string))
      } else {
        let classes = try ClassLabels(json: json["classes"] ?? .null)
        let classifier = try ClassifierArchive.restore(
          spec, classCount: classes.count, featureCount: pipeline.outputNames.count,
          entries: entries)
        learned = .classes(
          classifier, classes,
          counts: (training["class_counts"]?.array ?? []).compactMap(\.int))
      }
      var units: [String: String] = [:]
      for feature in json["features"]?.array ?? [] {
        if let name = feature["name"]?.string, let unit = feature["unit"]?.string {
          units[name] = unit
        }
      }
      let group = training["group"]?.string.map { name in
        (name, Set((training["group_values"]?.array ?? []).compactMap(\.string)))
      }
      let model = ModelValue(
        spec: ModelSpecValue(spec, savedSettings: json["settings"]?.string ?? ""),
        pipeline: pipeline, learned: learned, target: json["target"]?.string ?? "",
        seconds: training["seconds"]?.double ?? 0, units: units,
        scaling: json["scaling"]?.string.flatMap(FeaturePipeline.Scaling.init(rawValue:)),
        group: group)
      if let recipe = json["feature_extraction"], recipe != .null {
        model.featureExtraction = recipe
      }
      return model
    } catch {
      // Every archive problem is a damaged model.json or weights file.
      throw ModelStore.Problem(
        message: ModelMessages.cannotLoad(reference, error.message), code: .malformedFile)
    }
  }
}
