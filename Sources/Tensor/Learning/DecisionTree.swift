import Foundation

/// A CART classification tree grown as sklearn's DecisionTreeClassifier(splitter="best"):
/// features are read as Float32, visited in a random order at each node (at most
/// `maxFeatures` non-constant ones), split at the midpoint between adjacent distinct values,
/// rows with `x ≤ threshold` going left; the best split is the first strictly best one.
public struct DecisionTree: Classifier {
  /// Gini and entropy classify; squared error (sklearn's "squared_error") regresses, with one
  /// value per node, the mean target of its rows.
  public enum Criterion: String, Sendable, CaseIterable {
    case gini, entropy
    case squaredError = "squared_error"
  }

  public struct Options: Sendable {
    public var criterion: Criterion = .gini
    public var maxDepth: Int? = nil
    public var minSamplesSplit = 2
    public var minSamplesLeaf = 1
    /// Features tried per split; nil for all.
    public var maxFeatures: Int? = nil
    public var seed: UInt64 = 0

    public init() {}
  }

  public let classCount: Int
  public let featureCount: Int
  /// Per node: split feature (−1 for a leaf), threshold, children.
  var features: [Int32] = []
  var thresholds: [Double] = []
  var lefts: [Int32] = []
  var rights: [Int32] = []
  /// Per node: class fractions (classCount values).
  var values: [Double] = []
  /// Impurity decrease per feature, normalised to sum to 1.
  public internal(set) var importances: [Double]
  public var nodeCount: Int { features.count }
  public var depth: Int = 0

  init(_ x: Matrix, _ y: [Int], classCount: Int, options: Options) {
    let data = TreeData(x, y)
    self.init(
      data, weights: [Double](repeating: 1, count: x.rows), classCount: classCount, options: options
    )
  }

  /// A regression tree (squared error) on targets `y`.
  init(_ x: Matrix, targets y: [Double], options: Options) {
    var own = options
    own.criterion = .squaredError
    self.init(
      TreeData(x, targets: y), weights: [Double](repeating: 1, count: x.rows), classCount: 1,
      options: own)
  }

  init(_ data: TreeData, weights: [Double], classCount: Int, options: Options) {
    self.classCount = classCount
    featureCount = data.featureCount
    importances = [Double](repeating: 0, count: data.featureCount)
    var builder = TreeBuilder(
      data: data, weights: weights, classCount: classCount, options: options)
    builder.build(into: &self)
    let total = importances.reduce(0, +)
    if total > 0 { importances = importances.map { $0 / total } }
  }

  /// Adds a node and returns its index.
  mutating func addNode(value: [Double], depth: Int) -> Int {
    features.append(-1)
    thresholds.append(0)
    lefts.append(-1)
    rights.append(-1)
    values.append(contentsOf: value)
    self.depth = max(self.depth, depth)
    return features.count - 1
  }

  mutating func setSplit(_ node: Int, feature: Int, threshold: Double, gain: Double) {
    features[node] = Int32(feature)
    thresholds[node] = threshold
    importances[feature] += gain
  }

  mutating func attach(_ child: Int, to parent: Int, isLeft: Bool) {
    if isLeft { lefts[parent] = Int32(child) } else { rights[parent] = Int32(child) }
  }

  public func probabilities(_ x: Matrix) -> Matrix {
    let features = x.values.map { Float($0) }
    var out = [Double](repeating: 0, count: x.rows * classCount)
    features.withUnsafeBufferPointer { f in
      out.withUnsafeMutableBufferPointer { o in
        guard let f = f.baseAddress, let o = o.baseAddress else { return }
        accumulate(f, columns: x.columns, rows: 0..<x.rows, into: o)
      }
    }
    return Matrix(rows: x.rows, columns: classCount, values: out)
  }

  /// Adds the class fractions of the leaf each row falls in to `out` (row r of `rows` at
  /// `out[(r − rows.lowerBound) · classCount]`). Rows are Float32 values, as in training.
  func accumulate(
    _ x: UnsafePointer<Float>, columns: Int, rows: Range<Int>,
    into out: UnsafeMutablePointer<Double>
  ) {
    features.withUnsafeBufferPointer { feature in
      thresholds.withUnsafeBufferPointer { threshold in
        lefts.withUnsafeBufferPointer { left in
          rights.withUnsafeBufferPointer { right in
            values.withUnsafeBufferPointer { value in
              for row in rows {
                var node = 0
                while feature[node] >= 0 {
                  let v = Double(x[row * columns + Int(feature[node])])
                  node = Int(v <= threshold[node] ? left[node] : right[node])
                }
                let target = out + (row - rows.lowerBound) * classCount
                for c in 0..<classCount { target[c] += value[node * classCount + c] }
              }
            }
          }
        }
      }
    }
  }

  public func predict(_ x: Matrix) -> [Int] { probabilities(x).argmaxPerRow() }
}

/// Training data laid out for tree building: Float32 features column by column, as sortable
/// 32-bit keys, and class ids (classification) or targets (regression).
struct TreeData: Sendable {
  let rows: Int
  let featureCount: Int
  /// Order-preserving unsigned keys of the Float32 values, feature-major.
  let keys: [UInt32]
  let labels: [Int32]
  let targets: [Double]

  init(_ x: Matrix, targets y: [Double]) {
    self.init(x, labels: [], targets: y)
  }

  init(_ x: Matrix, _ y: [Int]) {
    self.init(x, labels: y.map { Int32($0) }, targets: [])
  }

  private init(_ x: Matrix, labels: [Int32], targets: [Double]) {
    rows = x.rows
    featureCount = x.columns
    var keys = [UInt32](repeating: 0, count: x.rows * x.columns)
    for row in 0..<x.rows {
      for j in 0..<x.columns { keys[j * x.rows + row] = TreeData.key(Float(x[row, j])) }
    }
    self.keys = keys
    self.labels = labels
    self.targets = targets
  }

  static func key(_ value: Float) -> UInt32 {
    let bits = value.bitPattern
    return bits & 0x8000_0000 == 0 ? bits | 0x8000_0000 : ~bits
  }

  static func value(_ key: UInt32) -> Float {
    Float(bitPattern: key & 0x8000_0000 != 0 ? key & 0x7FFF_FFFF : ~key)
  }
}
