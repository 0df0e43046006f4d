import Foundation

/// The preprocessing fitted on a training frame and replayed on any frame with the same
/// columns: imputation of missing values, one-hot encoding of string columns, and
/// standardization (StandardScaler: population std, near-constant features scaled by 1).
public struct FeaturePipeline: Sendable {
  /// How missing values are filled; the fill values come from the training rows.
  public enum Imputation: String, Sendable, CaseIterable {
    case mean, median
    case mostFrequent = "most_frequent"
  }

  /// One input column's treatment.
  enum Step: Sendable {
    /// A numeric column; `fill` replaces missing values.
    case numeric(name: String, fill: Double?)
    /// A string column as one 0/1 column per training category (unseen categories: all 0).
    case oneHot(name: String, categories: [String], fill: String?)
  }

  let steps: [Step]
  /// Per output column: (mean, scale) when standardizing.
  let scaling: [(mean: Double, scale: Double)]?
  /// The names of the matrix columns, `column=category` for one-hot columns.
  public let outputNames: [String]
  /// The input columns, in order.
  public var inputNames: [String] {
    steps.map {
      switch $0 {
      case .numeric(let name, _), .oneHot(let name, _, _): return name
      }
    }
  }

  /// For each input column, the matrix columns it becomes.
  public var outputRanges: [Range<Int>] {
    var start = 0
    return steps.map { step in
      let width: Int
      switch step {
      case .numeric: width = 1
      case .oneHot(_, let categories, _): width = categories.count
      }
      defer { start += width }
      return start..<(start + width)
    }
  }

  /// How features are rescaled, with offsets and scales from the training rows.
  public enum Scaling: String, Sendable {
    /// (x − mean) / population std, as StandardScaler.
    case standard
    /// (x − min) / (max − min), as MinMaxScaler.
    case minmax
  }

  /// Fits the steps on `frame`'s `features` columns.
  public static func fit(
    _ frame: Frame, features: [String], scaling: Scaling?, impute: Imputation?, encode: Bool
  ) throws(LearningError) -> (FeaturePipeline, Matrix) {
    var steps: [Step] = []
    for name in features {
      guard let column = frame.column(named: name) else {
        throw LearningError(TensorMessages.learningNoColumn(name), at: "features", kind: .noColumn)
      }
      steps.append(try step(for: column, impute: impute, encode: encode))
    }
    var pipeline = FeaturePipeline(steps: steps, scaling: nil, outputNames: names(of: steps))
    var matrix = try pipeline.unscaled(frame)
    if let scaling {
      let fitted = scaling == .standard ? Standardizer.fit(matrix) : Standardizer.ranges(matrix)
      pipeline = FeaturePipeline(steps: steps, scaling: fitted, outputNames: pipeline.outputNames)
      pipeline.scale(&matrix)
    }
    return (pipeline, matrix)
  }

  static func names(of steps: [Step]) -> [String] {
    steps.flatMap { step -> [String] in
      switch step {
      case .numeric(let name, _): return [name]
      case .oneHot(let name, let categories, _): return categories.map { "\(name)=\($0)" }
      }
    }
  }

  static func step(for column: Column, impute: Imputation?, encode: Bool) throws(LearningError)
    -> Step
  {
    let missing = Self.missingRows(column)
    if case .string(let codes, let dictionary) = column.storage {
      guard encode else {
        throw LearningError(TensorMessages.learningStringFeature(column.name), at: "features")
      }
      let present = codes.indices.filter { !missing[$0] }.map { dictionary[Int(codes[$0])] }
      let categories = Array(Set(present)).sorted {
        $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
      }
      var fill: String? = nil
      if missing.contains(true) {
        guard impute != nil else { throw missingError(column) }
        fill = mostFrequent(present)
      }
      return .oneHot(name: column.name, categories: categories, fill: fill)
    }
    guard let values = Reduce.floats(column) else { throw missingError(column) }
    var fill: Double? = nil
    if missing.contains(true) {
      guard let impute else { throw missingError(column) }
      let present = values.indices.filter { !missing[$0] }.map { values[$0] }
      fill = fillValue(present, impute)
    }
    return .numeric(name: column.name, fill: fill)
  }

  static func missingError(_ column: Column) -> LearningError {
    LearningError(TensorMessages.learningMissingFeature(column.name), at: "features")
  }

  /// Missing flags: invalid slots and float NaNs.
  static func missingRows(_ column: Column) -> [Bool] {
    var flags =
      column.missingCount == 0
      ? [Bool](repeating: false, count: column.count)
      : (0..<column.count).map { column.isMissing($0) }
    if case .float(let values) = column.storage {
      for (row, value) in values.enumerated() where value.isNaN { flags[row] = true }
    }
    return flags
  }

  static func fillValue(_ present: [Double], _ impute: Imputation) -> Double {
    guard !present.isEmpty else { return 0 }
    switch impute {
    case .mean: return present.reduce(0, +) / Double(present.count)
    case .median:
      let sorted = present.sorted()
      let middle = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    case .mostFrequent: return mostFrequent(present) ?? 0
    }
  }

  /// The most frequent value; ties go to the smallest (as SimpleImputer).
  static func mostFrequent<T: Hashable & Comparable>(_ values: [T]) -> T? {
    var counts: [T: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// The feature matrix of `frame`, preprocessed as fitted.
  public func transform(_ frame: Frame) throws(LearningError) -> Matrix {
    var matrix = try unscaled(frame)
    scale(&matrix)
    return matrix
  }

  func scale(_ matrix: inout Matrix) {
    guard let scaling else { return }
    let columns = matrix.columns
    matrix.values.withUnsafeMutableBufferPointer { values in
      for row in 0..<matrix.rows {
        for (column, s) in scaling.enumerated() {
          values[row * columns + column] = (values[row * columns + column] - s.mean) / s.scale
        }
      }
    }
  }

  func unscaled(_ frame: Frame) throws(LearningError) -> Matrix {
    let rows = frame.rowCount
    var matrix = Matrix(rows: rows, columns: outputNames.count)
    // Numeric features: each column's values (missing ones filled), written row by row at
    // the end so the row-major matrix is filled in one pass.
    var numeric: [(offset: Int, values: [Double])] = []
    var offset = 0
    for step in steps {
      switch step {
      case .numeric(let name, let fill):
        let column = try input(frame, name)
        guard var values = Reduce.floats(column) else {
          throw LearningError(TensorMessages.learningFeatureNotNumeric(name), at: "features")
        }
        if column.missingCount > 0 || values.contains(where: \.isNaN) {
          let missing = Self.missingRows(column)
          guard let fill else { throw Self.missingError(column) }
          for row in 0..<rows where missing[row] { values[row] = fill }
        }
        numeric.append((offset, values))
        offset += 1
      case .oneHot(let name, let categories, let fill):
        try oneHot(frame, name, categories, fill, into: &matrix, at: offset)
        offset += categories.count
      }
    }
    let columns = matrix.columns
    matrix.values.withUnsafeMutableBufferPointer { out in
      for row in 0..<rows {
        for (at, values) in numeric { out[row * columns + at] = values[row] }
      }
    }
    return matrix
  }

  func input(_ frame: Frame, _ name: String) throws(LearningError) -> Column {
    guard let column = frame.column(named: name) else {
      throw LearningError(TensorMessages.learningNoFeatureColumn(name), kind: .noColumn)
    }
    return column
  }

  func oneHot(
    _ frame: Frame, _ name: String, _ categories: [String], _ fill: String?,
    into matrix: inout Matrix, at offset: Int
  ) throws(LearningError) {
    let column = try input(frame, name)
    guard case .string(let codes, let dictionary) = column.storage else {
      throw LearningError(TensorMessages.learningFeatureNotStrings(name), at: "features")

    }
    let lookup = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
    let byCode = dictionary.map { lookup[$0] }
    let fillIndex = fill.flatMap { lookup[$0] }
    for row in 0..<frame.rowCount {
      var index = byCode[Int(codes[row])]
      if column.isMissing(row) {
        guard fill != nil else { throw Self.missingError(column) }
        index = fillIndex
      }
      if let index { matrix[row, offset + index] = 1 }
    }
  }
}

/// Offsets and scales for rescaling matrix columns.
extension Standardizer {
  /// MinMaxScaler's fit: the minimum and the range of each column (a zero range scales by 1).
  public static func ranges(_ matrix: Matrix) -> [(mean: Double, scale: Double)] {
    (0..<matrix.columns).map { column in
      var low = Double.infinity
      var high = -Double.infinity
      for row in 0..<matrix.rows {
        low = min(low, matrix[row, column])
        high = max(high, matrix[row, column])
      }
      guard low.isFinite, high.isFinite else { return (0, 1) }
      return (low, high - low > 0 ? high - low : 1)
    }
  }
}

/// sklearn's StandardScaler fit: column means and population standard deviations, with
/// near-constant columns (variance within the rounding error of its computation) scaled by 1.
public enum Standardizer {
  public static func fit(_ matrix: Matrix) -> [(mean: Double, scale: Double)] {
    let n = Double(matrix.rows)
    return (0..<matrix.columns).map { column in
      var sum = 0.0
      for row in 0..<matrix.rows { sum += matrix[row, column] }
      let mean = sum / max(n, 1)
      var squares = 0.0
      for row in 0..<matrix.rows {
        let d = matrix[row, column] - mean
        squares += d * d
      }
      let variance = squares / max(n, 1)
      let eps = Double.ulpOfOne
      let bound = n * eps * variance + (n * mean * eps) * (n * mean * eps)
      let isConstant = variance <= bound || variance == 0
      return (mean, isConstant ? 1 : variance.squareRoot())
    }
  }
}
