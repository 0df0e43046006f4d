/// Permutation importance as sklearn's permutation_importance: the drop in accuracy when one
/// input's columns are shuffled together (the same row permutation for all columns of a
/// one-hot block), averaged over `repeats` shuffles; R² for a regressor.
public enum PermutationImportance {
  public static func compute(
    _ model: any Classifier, _ x: Matrix, _ y: [Int], blocks: [Range<Int>], repeats: Int,
    seed: UInt64
  ) -> (means: [Double], stds: [Double]) {
    drops(x, blocks: blocks, repeats: repeats, seed: seed) { accuracy(model.predict($0), y) }
  }

  /// The same for a regressor, scored by R² (a regressor's score in sklearn).
  public static func compute(
    _ model: any Regressor, _ x: Matrix, _ y: [Double], blocks: [Range<Int>], repeats: Int,
    seed: UInt64
  ) -> (means: [Double], stds: [Double]) {
    drops(x, blocks: blocks, repeats: repeats, seed: seed) {
      RegressionMetrics(truth: y, predicted: model.predictions($0), trainingMean: 0).r2
    }
  }

  /// Mean and std of the score lost per block over `repeats` shuffles.
  static func drops(
    _ x: Matrix, blocks: [Range<Int>], repeats: Int, seed: UInt64, score: (Matrix) -> Double
  ) -> (means: [Double], stds: [Double]) {
    let base = score(x)
    var random = RandomGenerator(seed: seed)
    var means: [Double] = []
    var stds: [Double] = []
    for block in blocks {
      var drops: [Double] = []
      for _ in 0..<max(repeats, 1) {
        var order = Array(0..<x.rows)
        random.shuffle(&order)
        var shuffled = x
        for row in 0..<x.rows {
          for column in block { shuffled[row, column] = x[order[row], column] }
        }
        drops.append(base - score(shuffled))
      }
      let mean = drops.reduce(0, +) / Double(drops.count)
      means.append(mean)
      stds.append(
        (drops.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(drops.count)).squareRoot())
    }
    return (means, stds)
  }

  static func accuracy(_ predicted: [Int], _ truth: [Int]) -> Double {
    Double(zip(predicted, truth).filter { $0 == $1 }.count) / Double(max(truth.count, 1))
  }
}
