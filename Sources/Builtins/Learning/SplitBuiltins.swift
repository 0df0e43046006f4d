import Interpreter
import Tensor

extension Builtins {
  static let splitting: [Builtin] = [
    Builtin(
      "train_test_split", area: .learning,
      summary: "Splits a frame's rows into a training and a test frame.",
      parameters: [
        Parameter("frame", .frame, "The rows to split."),
        Parameter(
          "test", .number, "The share of rows for testing (rounded up).", default: .float(0.25)),
        Parameter(
          "stratify", .optional(.string), "A class column whose shares both sides keep.",
          default: .null),
        Parameter(
          "group", .optional(.string),
          "A column (station, cruise, recording) whose rows all "
            + "go to the same side.", default: .null),
        Parameter(
          "seed", .int, "Seeds the shuffle; the same seed gives the same split.", default: .int(0)),
      ],
      returns: .record,
      details: "As sklearn's train_test_split: ceil(test · rows) test rows, stratified by "
        + "largest remainders. With group, whole groups are dealt to the test side in a "
        + "shuffled order until it holds at least that share, so correlated rows never leak "
        + "across. Rows keep their order on each side. The generator is xoshiro256** "
        + "(seeded by SplitMix64), not numpy's, so the rows differ from sklearn's.",
      examples: [
        Example(
          "s = train_test_split(frame(x=1..10), test=0.3, seed=1)\n[nrow(s.train), nrow(s.test)]",
          "[7, 3]")
      ]
    ) { args in
      let frame = try args.frame("frame")
      let fraction = try args.double("test")
      guard fraction > 0, fraction < 1 else {
        throw args.error(.valueOutOfRange, LearningMessages.testShare, at: "test")
      }
      let (classes, groups) = try splitKeys(args, frame)
      let split = TrainTestSplit.split(
        count: frame.rowCount, testFraction: fraction, classes: classes, groups: groups,
        seed: try args.seed())
      SplitWarnings.afterSplit(
        args, frame, train: split.train, test: split.test, grouped: groups != nil)
      // fit reads how its rows were split, to warn about an unstratified split of rare classes.
      let how = classes != nil ? "stratified" : groups != nil ? "group" : "random"
      var (train, test) = (frame.gathering(split.train), frame.gathering(split.test))
      train.metadata.append(("split", how))
      test.metadata.append(("split", how))
      return .record(RecordObject([("train", .frame(train)), ("test", .frame(test))]))
    },
    Builtin(
      "kfold", area: .learning,
      summary: "The fold number of each row, for k-fold cross-validation.",
      parameters: [
        Parameter("frame", .frame, "The rows to divide."),
        Parameter("k", .int, "How many folds.", default: .int(5)),
        Parameter(
          "stratify", .optional(.string), "A class column each fold keeps the shares of.",
          default: .null),
        Parameter(
          "group", .optional(.string), "A column whose rows all go to the same fold.",
          default: .null),
        Parameter(
          "shuffle", .bool, "Shuffle before dealing; false gives sklearn's folds exactly.",
          default: .bool(true)),
        Parameter("seed", .int, "Seeds the shuffle.", default: .int(0)),
      ],
      returns: .column,
      details: "An int column of folds 0..k-1, one per row: test fold i is "
        + "where(.fold == i). As sklearn's KFold, StratifiedKFold and GroupKFold: plain "
        + "folds are runs of the shuffled rows; stratified folds keep each class's share "
        + "(fold sizes differ by at most one per class); group folds deal whole groups, "
        + "largest first, to the smallest fold.",
      examples: [Example("list(kfold(frame(x=1..6), k=3, seed=0)) |> sort()", "[0, 0, 1, 1, 2, 2]")]
    ) { args in
      let frame = try args.frame("frame")
      let k = try args.int("k", atLeast: 2)
      guard k <= frame.rowCount else {
        throw args.error(
          .valueOutOfRange, LearningMessages.tooManyFolds(k, frame.rowCount), at: "k")
      }
      let (classes, groups) = try splitKeys(args, frame)
      let folds = TrainTestSplit.folds(
        count: frame.rowCount, k: k, classes: classes, groups: groups,
        isShuffled: try args.bool("shuffle"), seed: try args.seed())
      return .column(Column(name: "fold", storage: .int(folds)))
    },
  ]

  /// Class ids from `stratify` and group ids from `group`, when given.
  static func splitKeys(_ args: Arguments, _ frame: Frame) throws -> ([Int]?, [Int]?) {
    if !args.isNull("stratify") && !args.isNull("group") {
      throw args.error(LearningMessages.groupAndStratify, at: "group")
    }
    return (try rowKeys(args, frame, "stratify"), try rowKeys(args, frame, "group"))
  }

  /// Ids of the distinct values of the column a parameter names (nil when it is nil).
  static func rowKeys(_ args: Arguments, _ frame: Frame, _ parameter: String) throws -> [Int]? {
    if args.isNull(parameter) { return nil }
    let name = try args.string(parameter)
    guard let column = frame.column(named: name) else {
      throw args.error(.noColumn, FrameMessages.noColumn(name, frame.columnCount), at: parameter)
    }
    return GroupIds.of([column], rowCount: frame.rowCount).ids
  }
}
