import Interpreter
import Tensor

/// Warnings that teach, given once per run when a split or a fit is likely to give a test score
/// that will not hold on new data, each naming the fix.
enum SplitWarnings {
  /// Column names that usually mark rows measured together (one station, one cast).
  static let groupWords = [
    "station", "cruise", "event", "recording", "site", "deployment", "mooring", "float",
    "individual", "animal", "track", "transect", "profile", "cast", "expedition",
  ]

  /// After a random split (no `group`): a time column, groups on both sides, and columns that
  /// were standardized over all rows.
  static func afterSplit(
    _ args: Arguments, _ frame: Frame, train: [Int], test: [Int], grouped: Bool
  ) {
    guard !grouped else { return }
    if let time = frame.columns.first(where: { $0.type == .time }) {
      args.run.warnOnce(
        "split-time",
        LearningMessages.splitOverTime(time.name))
    }
    for column in frame.columns where column.type == .string || column.type == .int {
      let lower = column.name.lowercased()
      guard groupWords.contains(where: { lower.contains($0) }) else { continue }
      let shared = sharedValues(column, train, test)
      guard shared > 0 else { continue }
      args.run.warnOnce(
        "split-group-\(column.name)",
        LearningMessages.splitAcrossGroups(column.name, shared))
    }
    for column in frame.columns where column.type == .float && isStandardized(column) {
      args.run.warnOnce(
        "split-standardized-\(column.name)",
        LearningMessages.standardizedBeforeSplit(column.name))
    }
  }

  /// How many values of `column` occur on both sides.
  static func sharedValues(_ column: Column, _ train: [Int], _ test: [Int]) -> Int {
    let (ids, _) = GroupIds.of([column], rowCount: column.count)
    let trainIds = Set(train.map { ids[$0] }.filter { $0 >= 0 })
    return Set(test.map { ids[$0] }.filter { $0 >= 0 && trainIds.contains($0) }).count
  }

  /// Mean 0 and standard deviation 1 (population or sample) within rounding, over at least
  /// ten values: the mark of a z-scored column.
  static func isStandardized(_ column: Column) -> Bool {
    guard let values = Reduce.validFloats(column)?.filter({ !$0.isNaN }), values.count >= 10,
      let mean = Reduce.mean(values), abs(mean) < 1e-9
    else { return false }
    let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let population = (squares / Double(values.count)).squareRoot()
    let sample = (squares / Double(values.count - 1)).squareRoot()
    return abs(population - 1) < 1e-9 || abs(sample - 1) < 1e-9
  }

  /// At fit: a target with more classes than a fifth of its rows, and imbalanced classes on
  /// a side of a split that was not stratified.
  static func beforeFit(
    _ args: Arguments, _ frame: Frame, target: String, task: LearningTask = .classification
  ) {
    guard task == .classification, let column = frame.column(named: target) else { return }
    let (_, counts) = GroupIds.distinct(column)
    let rows = column.count - column.missingCount
    if counts.count > 20, counts.count * 5 > rows {
      args.run.warnOnce(
        "fit-many-classes-\(target)",
        LearningMessages.manyClasses(target, counts.count, rows))
    }
    let split = frame.metadata.last(where: { $0.key == "split" })?.value
    if split == "random", counts.count <= 20, let most = counts.max(), let least = counts.min(),
      counts.count > 1,
      least * 2 < most
    {
      args.run.warnOnce(
        "fit-imbalanced-\(target)",
        LearningMessages.imbalancedSplit(target, least, most))
    }
  }
}
