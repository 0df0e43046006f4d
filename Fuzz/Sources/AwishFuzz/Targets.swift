import Builtins
import Foundation
import Interpreter
import Lang
import Tensor

/// What each fuzz target does with its bytes.
enum Targets {
  /// Builtins a fuzzed program may not call: they touch files, the network, the workspace or
  /// run folders, and a mutated path could name anything on the machine.
  static let forbiddenAreas: Set<String> = ["archives", "cluster", "io", "models"]
  static let forbiddenPrefixes = ["read_", "write_", "save", "load", "fetch", "init_"]

  /// dev/fuzz.sh stops an input at 4 GB of RSS (ASan's shadow memory included): allocations
  /// are checked against 2 GiB, as `awish run --max-memory 2G` would, so a request the
  /// machine could grant (a 5 GB string) is refused with an error instead of reported as
  /// out-of-memory.
  static let memoryLimit = 2 << 30

  /// A fresh session over `builtins` that prints nothing, with the fuzz memory limit.
  static func session(_ builtins: [Builtin]) -> Session {
    let session = Session(builtins: builtins, output: { _ in })
    session.run.memoryLimit = memoryLimit
    return session
  }

  static let safeBuiltins: [Builtin] = Builtins.all.filter { builtin in
    !forbiddenAreas.contains(builtin.area.id)
      && !forbiddenPrefixes.contains { builtin.name.hasPrefix($0) }
  }

  /// The lexer, parser and resolver, then the diagnostics' rendering.
  static func parse(_ bytes: [UInt8]) {
    let session = Targets.session(Builtins.all)
    let diagnostics = session.check(String(decoding: bytes, as: UTF8.self), name: "fuzz.awi")
    _ = DiagnosticRenderer(useColor: false).render(diagnostics)
  }

  /// A small program run in a fresh session, stopped after 200 ms as Ctrl-C would.
  static func eval(_ bytes: [UInt8]) {
    guard bytes.count <= 2000 else { return }
    let session = Targets.session(safeBuiltins)
    let watchdog = DispatchWorkItem { interruptRequested.store(true, ordering: .relaxed) }
    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(200), execute: watchdog)
    let outcome = session.run(String(decoding: bytes, as: UTF8.self), name: "fuzz.awi")
    watchdog.cancel()
    interruptRequested.store(false, ordering: .relaxed)
    let renderer = DiagnosticRenderer(useColor: false)
    switch outcome {
    case .success(let value): _ = value.map(\.repr)
    case .rejected(let diagnostics): _ = renderer.render(diagnostics)
    case .failed(let error): _ = renderer.render(error.diagnostic)
    }
  }

  /// The CSV reader on bytes, with the default options and with tabs and no header.
  static func csv(_ bytes: [UInt8]) {
    _ = try? CSVReader.parse(bytes: bytes)
    var options = CSVOptions()
    options.separator = UInt8(ascii: "\t")
    options.header = false
    _ = try? CSVReader.parse(bytes: bytes, options: options)
  }

  /// The bytes as a file named `name`, read by the awi builtin `reader`.
  static func file(_ bytes: [UInt8], _ name: String, _ reader: String) {
    let path = scratch + "/" + name
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
    let session = Targets.session(Builtins.all)
    let program = "x = \(reader)(\"\(path)\")\nprint(x)"
    if case .failed(let error) = session.run(program, name: "fuzz.awi") {
      _ = DiagnosticRenderer(useColor: false).render(error.diagnostic)
    }
  }

  /// Model weights: the bytes as a safetensors file, restored as every kind of classifier
  /// (3 classes, 4 features) and asked to predict two rows.
  static func model(_ bytes: [UInt8]) {
    guard let entries = try? Safetensors.decode(Data(bytes)).entries else { return }
    var forest = RandomForest.Options()
    forest.trees = 2
    let specs: [ClassifierSpec] = [
      .naiveBayes(varSmoothing: 1e-9), .nearestNeighbors(k: 3, isDistanceWeighted: true),
      .logistic(LogisticRegression.Options()), .tree(DecisionTree.Options()),
      .randomForest(forest), .neuralNetwork(NeuralNetwork.Options()),
    ]
    let rows = Matrix(rows: 2, columns: 4, values: [0, 1, 2, 3, -1, 0.5, 1e9, -1e-9])
    for spec in specs {
      guard
        let model = try? ClassifierArchive.restore(
          spec, classCount: 3, featureCount: 4, entries: entries)
      else { continue }
      _ = model.predict(rows)
    }
  }
}
