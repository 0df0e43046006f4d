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

  init(network: NeuralNetwork, options: NeuralNetwork.Options, random: RandomGenerator) {
    self.network = network
    self.options = options
    self.random = random
    for layer in network.weights.indices {
      for size in [network.weights[layer].count, network.biases[layer].count] {
        moments.append([Double](repeating: 0, count: size))
        squares.append([Double](repeating: 0, count: size))
      }
    }
  }

  mutating func train(_ x: Matrix, _ y: [Int]) {
    var trainRows = Array(0..<x.rows)
    var validation: (Matrix, [Int])? = nil
    if options.isEarlyStopping, x.rows >= 10 {
      let split = Splitting.split(
        count: x.rows, testFraction: 0.1, classes: y, groups: nil, seed: random.next())
      trainRows = split.train
      validation = (x.gathering(split.test), split.test.map { y[$0] })
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
        total += batchStep(x.gathering(members), members.map { y[$0] }) * Double(members.count)
        start += batch
      }
      let loss = total / Double(rows)
      network.losses.append(loss)
      network.epochsRun += 1
      if let (vx, vy) = validation {
        let score = PermutationImportance.accuracy(network.predict(vx), vy)
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
  mutating func batchStep(_ x: Matrix, _ y: [Int]) -> Double {
    let n = x.rows
    let layers = network.weights.count
    let activations = x.values.withUnsafeBufferPointer { xs in
      xs.baseAddress.map { network.forward($0, rows: n) } ?? []
    }
    guard let output = activations.last else { return 0 }
    let outputs = network.sizes[layers]
    var delta = output
    var loss = 0.0
    let eps = Double.ulpOfOne
    for row in 0..<n {
      if outputs == 1 {
        let p = min(max(output[row], eps), 1 - eps)
        loss -= y[row] == 1 ? log(p) : log(1 - p)
        delta[row] -= y[row] == 1 ? 1 : 0
      } else {
        loss -= log(min(max(output[row * outputs + y[row]], eps), 1 - eps))
        delta[row * outputs + y[row]] -= 1
      }
    }
    var penalty = 0.0
    for w in network.weights { penalty += w.reduce(0) { $0 + $1 * $1 } }
    loss = loss / Double(n) + 0.5 * options.alpha * penalty / Double(n)
    var gradients: [[Double]] = Array(repeating: [], count: 2 * layers)
    for layer in stride(from: layers - 1, through: 0, by: -1) {
      gradients[2 * layer] = weightGradient(activations[layer], delta, layer, n)
      var biasGradient = [Double](repeating: 0, count: network.sizes[layer + 1])
      let fanOut = network.sizes[layer + 1]
      for row in 0..<n {
        for j in 0..<fanOut { biasGradient[j] += delta[row * fanOut + j] }
      }
      gradients[2 * layer + 1] = biasGradient.map { $0 / Double(n) }
      if layer > 0 { delta = backPropagated(delta, activations[layer], layer, n) }
    }
    adam(gradients)
    return loss
  }

  /// (Aᵀδ + alpha·W) / n for one layer.
  func weightGradient(_ a: [Double], _ delta: [Double], _ layer: Int, _ n: Int) -> [Double] {
    let (fanIn, fanOut) = (network.sizes[layer], network.sizes[layer + 1])
    var gradient = network.weights[layer].map { options.alpha * $0 }
    a.withUnsafeBufferPointer { a in
      delta.withUnsafeBufferPointer { d in
        gradient.withUnsafeMutableBufferPointer { g in
          guard let a = a.baseAddress, let d = d.baseAddress, let g = g.baseAddress else { return }
          GEMM.multiply(a, d, into: g, m: fanIn, k: n, n: fanOut, transposeA: true, accumulate: true)
        }
      }
    }
    return gradient.map { $0 / Double(n) }
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
        }
      }
    }
    for i in out.indices where a[i] <= 0 { out[i] = 0 }
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
      for i in gradient.indices {
        moments[index][i] = beta1 * moments[index][i] + (1 - beta1) * gradient[i]
        squares[index][i] = beta2 * squares[index][i] + (1 - beta2) * gradient[i] * gradient[i]
        let update = -rate * moments[index][i] / (squares[index][i].squareRoot() + 1e-8)
        if index % 2 == 0 {
          network.weights[layer][i] += update
        } else {
          network.biases[layer][i] += update
        }
      }
    }
  }
}
