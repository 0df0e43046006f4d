import Foundation

/// Adam training of a NeuralNetwork, epoch by epoch, as sklearn's `_fit_stochastic`.
struct NetworkTrainer {
  var network: NeuralNetwork
  let options: NeuralNetwork.Options
  var random: RandomGenerator
  /// Adam's first and second moments, per layer, weights then biases.
  var moments: [[Double]] = []
  var squares: [[Double]] = []
  var step = 0
  let progress: TrainingProgress?

  init(
    network: NeuralNetwork, options: NeuralNetwork.Options, random: RandomGenerator,
    progress: TrainingProgress?
  ) {
    self.network = network
    self.progress = progress
    self.options = options
    self.random = random
    for layer in network.weights.indices {
      for size in [network.weights[layer].count, network.biases[layer].count] {
        moments.append([Double](repeating: 0, count: size))
        squares.append([Double](repeating: 0, count: size))
      }
    }
  }

  /// Trains on class ids `y`, or for a regressor on `targets` (y then unused).
  mutating func train(_ x: Matrix, _ y: [Int], targets: [Double] = []) {
    var trainRows = Array(0..<x.rows)
    var validation: (Matrix, [Int], [Double])? = nil
    let isRegression = network.isRegression
    if options.isEarlyStopping, x.rows >= 10 {
      let split = TrainTestSplit.split(
        count: x.rows, testFraction: 0.1, classes: isRegression ? nil : y, groups: nil,
        seed: random.next())
      trainRows = split.train
      validation = (
        x.gathering(split.test), split.test.map { y[$0] },
        isRegression ? split.test.map { targets[$0] } : []
      )
    }
    let rows = trainRows.count
    let batch = max(1, min(options.batchSize ?? 200, rows))
    var bestLoss = Double.infinity
    var bestScore = -Double.infinity
    var bestNetwork = network
    var stale = 0
    for _ in 0..<max(options.epochs, 1) {
      random.shuffle(&trainRows)
      var total = 0.0
      var start = 0
      while start < rows {
        let members = Array(trainRows[start..<min(start + batch, rows)])
        total +=
          batchStep(
            x.gathering(members), members.map { y[$0] },
            targets: isRegression ? members.map { targets[$0] } : []) * Double(members.count)
        start += batch
      }
      let loss = total / Double(rows)
      network.losses.append(loss)
      network.epochsRun += 1
      progress?.update(TensorMessages.progressEpoch(network.epochsRun, options.epochs, loss))

      if let (vx, vy, vt) = validation {
        let score =
          isRegression
          ? RegressionMetrics(
            truth: vt, predicted: network.predictions(vx), trainingMean: 0
          ).r2
          : PermutationImportance.accuracy(network.predict(vx), vy)
        stale = score < bestScore + options.tolerance ? stale + 1 : 0
        if score > bestScore {
          bestScore = score
          bestNetwork = network
        }
      } else {
        stale = loss > bestLoss - options.tolerance ? stale + 1 : 0
        bestLoss = min(bestLoss, loss)
      }
      if stale > options.patience { break }
    }
    if validation != nil {
      let (epochs, losses) = (network.epochsRun, network.losses)
      network = bestNetwork
      network.epochsRun = epochs
      network.losses = losses
    }
  }

  /// One Adam step on a mini-batch; returns the batch loss (with the L2 term).
  mutating func batchStep(_ x: Matrix, _ y: [Int], targets: [Double] = []) -> Double {
    let n = x.rows
    let layers = network.weights.count
    let activations = x.values.withUnsafeBufferPointer { xs in
      xs.baseAddress.map { network.forward($0, rows: n) } ?? []
    }
    guard let output = activations.last else { return 0 }
    let outputs = network.sizes[layers]
    var delta = output
    let loss = delta.withUnsafeMutableBufferPointer { d in
      network.isRegression
        ? NetworkTrainer.squaredDeltas(d, targets)
        : NetworkTrainer.outputDeltas(d, y, outputs: outputs)
    }
    var penalty = 0.0
    for w in network.weights { penalty += w.reduce(0) { $0 + $1 * $1 } }
    let batchLoss = loss / Double(n) + 0.5 * options.alpha * penalty / Double(n)
    var gradients: [[Double]] = Array(repeating: [], count: 2 * layers)
    for layer in stride(from: layers - 1, through: 0, by: -1) {
      gradients[2 * layer] = weightGradient(activations[layer], delta, layer, n)
      gradients[2 * layer + 1] = Self.columnMeans(delta, rows: n, columns: network.sizes[layer + 1])
      if layer > 0 { delta = backPropagated(delta, activations[layer], layer, n) }
    }
    adam(gradients)
    return batchLoss
  }

  /// Turns predicted values into δ = p − t in place and returns the summed squared loss, halved
  /// (sklearn's squared_loss is the mean of (t − p)² / 2).
  static func squaredDeltas(_ d: UnsafeMutableBufferPointer<Double>, _ targets: [Double])
    -> Double
  {
    var loss = 0.0
    for row in targets.indices {
      d[row] -= targets[row]
      loss += d[row] * d[row] / 2
    }
    return loss
  }

  /// Turns output probabilities into δ = p − y in place and returns the summed log loss
  /// (probabilities clipped to [eps, 1 − eps], as sklearn's log_loss).
  static func outputDeltas(_ d: UnsafeMutableBufferPointer<Double>, _ y: [Int], outputs: Int)
    -> Double
  {
    var loss = 0.0
    let eps = Double.ulpOfOne
    for row in y.indices {
      if outputs == 1 {
        let p = min(max(d[row], eps), 1 - eps)
        loss -= y[row] == 1 ? log(p) : log(1 - p)
        d[row] -= y[row] == 1 ? 1 : 0
      } else {
        loss -= log(min(max(d[row * outputs + y[row]], eps), 1 - eps))
        d[row * outputs + y[row]] -= 1
      }
    }
    return loss
  }

  static func columnMeans(_ values: [Double], rows: Int, columns: Int) -> [Double] {
    var sums = [Double](repeating: 0, count: columns)
    values.withUnsafeBufferPointer { v in
      sums.withUnsafeMutableBufferPointer { s in
        for row in 0..<rows {
          for j in 0..<columns { s[j] += v[row * columns + j] }
        }
        for j in 0..<columns { s[j] /= Double(rows) }
      }
    }
    return sums
  }

  /// (Aᵀδ + alpha·W) / n for one layer.
  func weightGradient(_ a: [Double], _ delta: [Double], _ layer: Int, _ n: Int) -> [Double] {
    let (fanIn, fanOut) = (network.sizes[layer], network.sizes[layer + 1])
    var gradient = network.weights[layer].map { options.alpha * $0 }
    a.withUnsafeBufferPointer { a in
      delta.withUnsafeBufferPointer { d in
        gradient.withUnsafeMutableBufferPointer { g in
          guard let a = a.baseAddress, let d = d.baseAddress, let g = g.baseAddress else { return }
          GEMM.multiply(
            a, d, into: g, m: fanIn, k: n, n: fanOut, transposeA: true, accumulate: true)
          for i in 0..<(fanIn * fanOut) { g[i] /= Double(n) }
        }
      }
    }
    return gradient
  }

  /// δ·Wᵀ masked by the ReLU of the layer's input activations.
  func backPropagated(_ delta: [Double], _ a: [Double], _ layer: Int, _ n: Int) -> [Double] {
    let (fanIn, fanOut) = (network.sizes[layer], network.sizes[layer + 1])
    var out = [Double](repeating: 0, count: n * fanIn)
    delta.withUnsafeBufferPointer { d in
      network.weights[layer].withUnsafeBufferPointer { w in
        out.withUnsafeMutableBufferPointer { o in
          guard let d = d.baseAddress, let w = w.baseAddress, let o = o.baseAddress else { return }
          GEMM.multiply(d, w, into: o, m: n, k: fanOut, n: fanIn, transposeB: true)
          a.withUnsafeBufferPointer { a in
            for i in 0..<(n * fanIn) where a[i] <= 0 { o[i] = 0 }
          }
        }
      }
    }
    return out
  }

  mutating func adam(_ gradients: [[Double]]) {
    step += 1
    let (beta1, beta2) = (0.9, 0.999)
    let rate =
      options.learningRate * (1 - pow(beta2, Double(step))).squareRoot()
      / (1 - pow(beta1, Double(step)))
    for (index, gradient) in gradients.enumerated() {
      let layer = index / 2
      if index % 2 == 0 {
        Self.adamUpdate(&network.weights[layer], &moments[index], &squares[index], gradient, rate)
      } else {
        Self.adamUpdate(&network.biases[layer], &moments[index], &squares[index], gradient, rate)
      }
    }
  }

  static func adamUpdate(
    _ values: inout [Double], _ moments: inout [Double], _ squares: inout [Double],
    _ gradient: [Double], _ rate: Double
  ) {
    let (beta1, beta2) = (0.9, 0.999)
    values.withUnsafeMutableBufferPointer { v in
      moments.withUnsafeMutableBufferPointer { m in
        squares.withUnsafeMutableBufferPointer { s in
          gradient.withUnsafeBufferPointer { g in
            for i in 0..<v.count {
              m[i] = beta1 * m[i] + (1 - beta1) * g[i]
              s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i]
              v[i] -= rate * m[i] / (s[i].squareRoot() + 1e-8)
            }
          }
        }
      }
    }
  }
}
