import Foundation
import Guards

/// A multi-layer perceptron classifier as sklearn's MLPClassifier(activation="relu",
/// solver="adam"): Glorot-uniform initial weights, ReLU hidden layers, a softmax output (one
/// logistic unit for two classes), mini-batches in a fresh shuffled order each epoch, L2
/// penalty `alpha`, and sklearn's stopping rules (training loss, or validation accuracy with
/// early stopping, not improving by `tolerance` for more than `patience` epochs). A regressor
/// (as MLPRegressor) has one identity output unit trained on half the mean squared error, and
/// early stopping watches the validation R².
public struct NeuralNetwork: Classifier {
  public struct Options: Sendable {
    public var hiddenLayers = [100]
    public var alpha = 1e-4
    /// nil for min(200, rows).
    public var batchSize: Int? = nil
    public var learningRate = 1e-3
    public var epochs = 200
    public var isEarlyStopping = false
    public var tolerance = 1e-4
    public var patience = 10
    public var seed: UInt64 = 0

    public init() {}
  }

  public let classCount: Int
  /// Per layer: fan_in × fan_out weights, row-major, and fan_out biases.
  var weights: [[Double]]
  var biases: [[Double]]
  let sizes: [Int]
  public internal(set) var epochsRun = 0
  public internal(set) var losses: [Double] = []
  /// An identity output predicting a quantity, instead of class probabilities.
  public let isRegression: Bool

  init(
    classCount: Int, sizes: [Int], weights: [[Double]], biases: [[Double]],
    isRegression: Bool = false
  ) {
    self.classCount = classCount
    self.sizes = sizes
    self.weights = weights
    self.biases = biases
    self.isRegression = isRegression
  }

  init(
    _ x: Matrix, _ y: [Int], classCount: Int, options: Options,
    progress: TrainingProgress? = nil
  ) {
    self.init(x, y, targets: [], classCount: classCount, options: options, progress: progress)
  }

  /// A regressor trained on targets `y`.
  init(_ x: Matrix, targets y: [Double], options: Options, progress: TrainingProgress? = nil) {
    self.init(
      x, [Int](repeating: 0, count: x.rows), targets: y, classCount: 1, options: options,
      progress: progress)
  }

  private init(
    _ x: Matrix, _ y: [Int], targets: [Double], classCount: Int, options: Options,
    progress: TrainingProgress?
  ) {
    let isRegression = !targets.isEmpty
    let outputs = classCount <= 2 ? 1 : classCount
    let sizes = [x.columns] + options.hiddenLayers + [outputs]
    var random = RandomGenerator(seed: options.seed)
    var weights: [[Double]] = []
    var biases: [[Double]] = []
    for layer in 0..<(sizes.count - 1) {
      let (fanIn, fanOut) = (sizes[layer], sizes[layer + 1])
      let bound = (6 / Double(fanIn + fanOut)).squareRoot()
      weights.append((0..<(fanIn * fanOut)).map { _ in (2 * random.uniform() - 1) * bound })
      biases.append((0..<fanOut).map { _ in (2 * random.uniform() - 1) * bound })
    }
    let untrained = NeuralNetwork(
      classCount: classCount, sizes: sizes, weights: weights, biases: biases,
      isRegression: isRegression)
    var trainer = NetworkTrainer(
      network: untrained, options: options, random: random, progress: progress)
    // One BLAS thread: the products are small, and their sums then never depend on threads.
    GEMM.singleThreaded { trainer.train(x, y, targets: targets) }
    self = trainer.network
  }

  /// Refuses layer sizes whose weights (with Adam's two moment copies and the gradient,
  /// four copies in all) would not fit in memory.
  static func checkMemory(inputs: Int, options: Options) throws(LearningError) {
    let sizes = [inputs] + options.hiddenLayers + [1]
    var total = 0
    var overflow = false
    for layer in 0..<(sizes.count - 1) {
      let product = sizes[layer].multipliedReportingOverflow(by: sizes[layer + 1])
      let sum = total.addingReportingOverflow(product.partialValue)
      (total, overflow) = (sum.partialValue, overflow || product.overflow || sum.overflow)
    }
    do {
      try MemoryBudget.check(count: overflow ? Int.max : total, stride: 4 * 8)
    } catch {
      throw LearningError(
        TensorMessages.learningWeightsTooLarge(error.message), at: "hidden", kind: .tooLarge)

    }
  }

  /// The activations of every layer for `rows` rows of `input` (the last is the output,
  /// as probabilities).
  func forward(_ input: UnsafePointer<Double>, rows: Int) -> [[Double]] {
    var activations: [[Double]] = []
    var previous = Array(UnsafeBufferPointer(start: input, count: rows * sizes[0]))
    for layer in 0..<weights.count {
      let fanOut = sizes[layer + 1]
      var next = [Double](repeating: 0, count: rows * fanOut)
      let isHidden = layer < weights.count - 1
      previous.withUnsafeBufferPointer { a in
        weights[layer].withUnsafeBufferPointer { w in
          biases[layer].withUnsafeBufferPointer { b in
            next.withUnsafeMutableBufferPointer { c in
              guard let a = a.baseAddress, let w = w.baseAddress, let out = c.baseAddress else {
                return
              }
              for row in 0..<rows {
                for j in 0..<fanOut { out[row * fanOut + j] = b[j] }
              }
              GEMM.multiply(a, w, into: out, m: rows, k: sizes[layer], n: fanOut, accumulate: true)
              if isHidden {
                for i in 0..<c.count { out[i] = max(out[i], 0) }
              }
            }
          }
        }
      }
      if !isHidden && !isRegression {
        NeuralNetwork.outputActivation(&next, rows: rows, outputs: fanOut)
      }
      activations.append(previous)
      previous = next
    }
    activations.append(previous)
    return activations
  }

  static func outputActivation(_ values: inout [Double], rows: Int, outputs: Int) {
    if outputs == 1 {
      for i in values.indices { values[i] = 1 / (1 + exp(-values[i])) }
      return
    }
    var m = Matrix(rows: rows, columns: outputs, values: values)
    Softmax.normalizeRows(&m)
    values = m.values
  }

  public func probabilities(_ x: Matrix) -> Matrix {
    let output = x.values.withUnsafeBufferPointer { xs in
      xs.baseAddress.map { forward($0, rows: x.rows).last ?? [] } ?? []
    }
    if sizes.last == 1 {
      var out = Matrix(rows: x.rows, columns: 2)
      for row in 0..<x.rows {
        out[row, 0] = 1 - output[row]
        out[row, 1] = output[row]
      }
      return out
    }
    return Matrix(rows: x.rows, columns: classCount, values: output)
  }

  public func predict(_ x: Matrix) -> [Int] { probabilities(x).argmaxPerRow() }
}

extension NeuralNetwork: Regressor {
  /// The output unit's value for each row (a regressor's prediction).
  public func predictions(_ x: Matrix) -> [Double] {
    x.values.withUnsafeBufferPointer { xs in
      xs.baseAddress.map { forward($0, rows: x.rows).last ?? [] } ?? []
    }
  }
}
