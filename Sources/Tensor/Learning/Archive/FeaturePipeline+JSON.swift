/// The fitted preprocessing and the classes as JSON, for model.json.
extension FeaturePipeline {
  public var json: JSON {
    let features: [JSON] = steps.map { step in
      switch step {
      case .numeric(let name, let fill):
        return .object([
          ("name", .string(name)), ("kind", .string("numeric")),
          ("fill", fill.map { .number($0) } ?? .null),
        ])
      case .oneHot(let name, let categories, let fill):
        return .object([
          ("name", .string(name)), ("kind", .string("one_hot")),
          ("categories", .array(categories.map { .string($0) })),
          ("fill", fill.map { .string($0) } ?? .null),
        ])
      }
    }
    let scaling: JSON =
      self.scaling.map { pairs in
        .array(pairs.map { .array([.number($0.mean), .number($0.scale)]) })
      } ?? .null
    return .object([("features", .array(features)), ("scaling", scaling)])
  }

  public init(json: JSON) throws(ClassifierArchive.Problem) {
    guard let items = json["features"]?.array else {
      throw ClassifierArchive.Problem(message: TensorMessages.archiveNoFeatures)
    }
    var steps: [Step] = []
    for item in items {
      let fields = Fields(json: item)
      let name = try fields.string("name")
      let fill = try fields.value("fill")
      switch try fields.string("kind") {
      case "numeric": steps.append(.numeric(name: name, fill: fill.double))
      case "one_hot":
        guard let values = try fields.value("categories").array else {
          throw ClassifierArchive.Problem(message: TensorMessages.archiveNoCategories(name))
        }
        steps.append(
          .oneHot(name: name, categories: values.compactMap(\.string), fill: fill.string))
      case let other:
        throw ClassifierArchive.Problem(message: TensorMessages.archiveUnknownFeatureKind(other))
      }
    }
    var scaling: [(mean: Double, scale: Double)]?
    if let pairs = json["scaling"]?.array {
      scaling = try pairs.map { (pair: JSON) throws(ClassifierArchive.Problem) in
        guard let numbers = pair.array, numbers.count == 2, let mean = numbers[0].double,
          let scale = numbers[1].double
        else { throw ClassifierArchive.Problem(message: TensorMessages.archiveBadScalingEntry) }
        return (mean, scale)
      }
    }
    let names = FeaturePipeline.names(of: steps)
    if let scaling, scaling.count != names.count {
      throw ClassifierArchive.Problem(message: TensorMessages.archiveScalingMismatch)
    }
    self.init(steps: steps, scaling: scaling, outputNames: names)
  }
}

extension ClassLabels {
  public var json: JSON {
    switch self {
    case .int(let values):
      return .object([("type", .string("int")), ("values", .array(values.map { .int($0) }))])
    case .bool(let values):
      return .object([("type", .string("bool")), ("values", .array(values.map { .bool($0) }))])
    case .string(let values):
      return .object([("type", .string("string")), ("values", .array(values.map { .string($0) }))])
    }
  }

  public init(json: JSON) throws(ClassifierArchive.Problem) {
    let fields = Fields(json: json)
    guard let values = try fields.value("values").array, !values.isEmpty else {
      throw ClassifierArchive.Problem(message: TensorMessages.archiveNoClasses)
    }
    switch try fields.string("type") {
    case "int": self = .int(values.compactMap(\.int))
    case "bool": self = .bool(values.compactMap(\.bool))
    case "string": self = .string(values.compactMap(\.string))
    case let other:
      throw ClassifierArchive.Problem(message: TensorMessages.archiveUnknownClassType(other))
    }
    guard count == values.count else {
      throw ClassifierArchive.Problem(message: TensorMessages.archiveClassesMismatch)

    }
  }
}
