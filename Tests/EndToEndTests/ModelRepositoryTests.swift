import Foundation
import XCTest

/// The model repository from the command line: save, list, load, alias, reproduce, and every
/// way a damaged model is refused.
final class ModelRepositoryTests: XCTestCase {
  private var root = ""

  override func setUpWithError() throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-models-\(UUID().uuidString)").path
    let made = try AwishBinary.run(["init", root])
    XCTAssertEqual(made.status, 0, made.errors)
    let penguins = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scripts/data/penguins.csv")
    try FileManager.default.copyItem(
      atPath: penguins.path, toPath: root + "/data/penguins.csv")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  private func script(_ name: String, _ text: String) throws -> String {
    let path = root + "/src/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private static let training = """
    birds = fetch("file:../data/penguins.csv") |> drop_na()
    parts = train_test_split(birds, test=0.3, stratify="species", seed=params.seed)
    forest = fit(random_forest(trees=15, seed=params.seed), parts.train, target="species")
    save_model(forest, "forest", evaluation=evaluate(forest, parts.test), alias="candidate")
    net = fit(mlp(hidden=[12], epochs=25, seed=params.seed), parts.train, target="species",
              standardize=true)
    save_model(net, "net")
    """

  /// Every classifier predicts exactly as before after a save and a load.
  func testEveryClassifierRoundTrips() throws {
    let path = try script(
      "roundtrip.awi",
      """
      birds = read_csv("../data/penguins.csv") |> drop_na()
      parts = train_test_split(birds, test=0.3, stratify="species", seed=3)
      specs = [naive_bayes(), knn(k=3), logistic(), tree(max_depth=4), random_forest(trees=8),
               mlp(hidden=[8], epochs=15)]
      for spec in specs {
        m = fit(spec, parts.train, target="species", standardize=true,
                features=["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "island"])
        saved = save_model(m, m.kind)
        back = load_model(f"{m.kind}@v{saved.version}")
        p = predict_proba(m, parts.test)
        q = predict_proba(back, parts.test)
        same = all([list(p[c]) == list(q[c]) for c in names(p)])
        print(m.kind, list(predict(m, parts.test)) == list(predict(back, parts.test)), same)
      }
      """.replacingOccurrences(
        of: "same = all([list(p[c]) == list(q[c]) for c in names(p)])",
        with: "same = true\n  for c in names(p) { same = same and list(p[c]) == list(q[c]) }"))
    let result = try AwishBinary.run(["run", path])
    XCTAssertEqual(result.status, 0, result.errors)
    XCTAssertEqual(
      result.output,
      """
      naive_bayes true true
      knn true true
      logistic true true
      tree true true
      random_forest true true
      mlp true true

      """)
  }

  /// Every regressor saves, loads (its task and the target's unit with it) and predicts the
  /// same bits; a classifier file without a task field still loads as a classifier.
  func testEveryRegressorRoundTrips() throws {
    let path = try script(
      "regressors.awi",
      """
      birds = read_csv("../data/penguins.csv") |> drop_na() |> mutate(body_mass_g=to_unit(column(.body_mass_g * 1.0, unit="g"), "kg"))
      parts = train_test_split(birds, test=0.3, seed=3)
      specs = [linear(alpha=0.5), knn(k=3), tree(max_depth=4), random_forest(trees=8),
               mlp(hidden=[8], epochs=15)]
      for spec in specs {
        m = fit(spec, parts.train, target="body_mass_g", standardize=true,
                features=["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "island"])
        saved = save_model(m, m.kind, evaluation=evaluate(m, parts.test))
        back = load_model(f"{m.kind}@v{saved.version}")
        p = predict(back, parts.test)
        print(m.kind, back.task, unit(p), list(predict(m, parts.test)) == list(p))
      }
      """)
    let result = try AwishBinary.run(["run", path])
    XCTAssertEqual(result.status, 0, result.errors)
    XCTAssertEqual(
      result.output,
      """
      linear regression kg true
      knn regression kg true
      tree regression kg true
      random_forest regression kg true
      mlp regression kg true

      """)
    let card = try String(
      contentsOfFile: root + "/model/linear/v1/README.md", encoding: .utf8)
    XCTAssertTrue(card.contains("A linear regressor (alpha=0.5)"), card)
    XCTAssertTrue(card.contains("`body_mass_g`, a quantity (regression)"), card)
    XCTAssertTrue(card.contains("- **Evaluation:** R² 0."), card)
  }

  /// A regression forest and network with the same seed give the same bits on one core as on
  /// all of them.
  func testRegressorsAreTheSameOnOneCoreAsOnAll() throws {
    let path = try script(
      "threads.awi",
      """
      birds = read_csv("../data/penguins.csv") |> drop_na()
      f = fit(random_forest(trees=30, seed=4), birds, target="body_mass_g")
      n = fit(mlp(hidden=[16], epochs=20, seed=4), birds, target="body_mass_g", standardize=true)
      print(list(predict(f, birds)), list(predict(n, birds)))
      """)
    let all = try AwishBinary.run(["run", path])
    XCTAssertEqual(all.status, 0, all.errors)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
    process.arguments = ["-c", "0", try AwishBinary.path(), "run", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") else {
      throw XCTSkip("no /usr/bin/taskset to pin awish to one core")
    }
    try process.run()
    let one = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0)
    XCTAssertFalse(all.output.isEmpty)
    XCTAssertEqual(one, all.output)
  }

  /// `reproduce` retrains a saved regressor (forest, linear) from its script and finds the
  /// same weights; metadata.json records its regression scores.
  func testRegressorsReproduceBitForBit() throws {
    let path = try script(
      "mass.awi",
      """
      birds = fetch("file:../data/penguins.csv") |> drop_na()
      parts = train_test_split(birds, test=0.3, seed=params.seed)
      forest = fit(random_forest(trees=10, seed=params.seed), parts.train, target="body_mass_g")
      save_model(forest, "mass-forest", evaluation=evaluate(forest, parts.test))
      line = fit(linear(alpha=0.1), parts.train, target="body_mass_g", standardize=true)
      save_model(line, "mass-line")
      """)
    let trained = try AwishBinary.run(["run", path, "--param", "seed=5"])
    XCTAssertEqual(trained.status, 0, trained.errors)
    let metadata = try String(
      contentsOfFile: root + "/model/mass-forest/v1/metadata.json", encoding: .utf8)
    XCTAssertTrue(metadata.contains("\"r2\":") && metadata.contains("\"rmse\":"), metadata)
    for name in ["mass-forest", "mass-line"] {
      let reproduced = try AwishBinary.run(["reproduce", name, "--workspace", root])
      XCTAssertEqual(reproduced.status, 0, reproduced.errors + reproduced.output)
      XCTAssertTrue(
        reproduced.output.contains("\(name)@v1 retrained; the weights are bit-identical"),
        reproduced.output)
    }
  }

  func testSaveListAliasAndReproduceBitForBit() throws {
    let path = try script("train.awi", Self.training)
    let trained = try AwishBinary.run(["run", path, "--param", "seed=7"])
    XCTAssertEqual(trained.status, 0, trained.errors)
    let listed = try AwishBinary.run(["models", "--workspace", root])
    XCTAssertTrue(
      listed.output.contains("forest        1  candidate  random_forest"), listed.output)
    let files = try FileManager.default.contentsOfDirectory(atPath: root + "/model/forest/v1")
    XCTAssertEqual(
      files.sorted(), ["README.md", "metadata.json", "model.json", "weights.safetensors"])
    let metadata = try String(
      contentsOfFile: root + "/model/forest/v1/metadata.json", encoding: .utf8)
    for field in [
      "\"path\": \"raw/file/data/penguins.csv\"", "\"uri\": \"file:../data/penguins.csv\"",
      "\"path\": \"src/train.awi\"", "\"seed\": \"7\"", "\"cores\":", "\"accuracy\":",
    ] {
      XCTAssertTrue(metadata.contains(field), field)
    }
    for name in ["forest", "net"] {
      let reproduced = try AwishBinary.run(["reproduce", name, "--workspace", root])
      XCTAssertEqual(reproduced.status, 0, reproduced.errors + reproduced.output)
      XCTAssertTrue(
        reproduced.output.contains("\(name)@v1 retrained; the weights are bit-identical"),
        reproduced.output)
    }
    // Reproducing saved nothing new.
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: root + "/model/net").filter {
        $0.hasPrefix("v")
      },
      ["v1"])
    let show = try AwishBinary.run(["models", "show", "forest@candidate", "--workspace", root])
    XCTAssertTrue(show.output.hasPrefix("# forest v1"), show.output)
    // Tags in the workspace's own git repository.
    let git = Process()
    git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    git.arguments = ["git", "-C", root, "tag"]
    let pipe = Pipe()
    git.standardOutput = pipe
    if (try? git.run()) != nil {
      git.waitUntilExit()
      let tags = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      XCTAssertEqual(tags, "model/forest/candidate\nmodel/forest/v1\nmodel/net/v1\n")
    }
  }

  /// Running the same training again (a report rendered twice) returns the version that
  /// holds those weights, data and script; another seed adds a version.
  func testTheSameModelIsNotSavedTwice() throws {
    let path = try script("train.awi", Self.training)
    XCTAssertEqual(try AwishBinary.run(["run", path, "--param", "seed=7"]).status, 0)
    let again = try AwishBinary.run(["run", path, "--param", "seed=7"])
    XCTAssertEqual(again.status, 0, again.errors)
    XCTAssertFalse(again.output.contains("save_model:"), "the latest version is returned quietly")
    XCTAssertEqual(try versions("forest"), ["v1"])
    XCTAssertEqual(try AwishBinary.run(["run", path, "--param", "seed=8"]).status, 0)
    XCTAssertEqual(try versions("forest"), ["v1", "v2"])
    // Back to the first seed: v1 holds that model, and says so.
    let first = try AwishBinary.run(["run", path, "--param", "seed=7"])
    XCTAssertTrue(
      first.output.contains(
        "save_model: forest@v1 already holds these weights, data and script; no new version"),
      first.output)
    XCTAssertEqual(try versions("forest"), ["v1", "v2"])
  }

  private func versions(_ name: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root + "/model/" + name)
      .filter { $0.hasPrefix("v") }.sorted()
  }

  func testChangedDataStopsAReproduction() throws {
    let path = try script("train.awi", Self.training)
    XCTAssertEqual(try AwishBinary.run(["run", path, "--param", "seed=1"]).status, 0)
    let raw = root + "/raw/file/data/penguins.csv"
    _ = chmod(raw, 0o644)
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: raw))
    handle.seekToEndOfFile()
    handle.write(Data("Adelie,Dream,40.0,18.0,190,3800,male,2009\n".utf8))
    try handle.close()
    let result = try AwishBinary.run(["reproduce", "forest", "--workspace", root])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.errors.contains("has changed since the model was saved"), result.errors)
  }

  func testDamagedModelsAreRefused() throws {
    let path = try script("train.awi", Self.training)
    XCTAssertEqual(try AwishBinary.run(["run", path, "--param", "seed=1"]).status, 0)
    let load = try script("load.awi", "m = load_model(\"net\")\nprint(m.kind)\n")
    XCTAssertEqual(try AwishBinary.run(["run", load]).output, "mlp\n")
    let weights = root + "/model/net/v1/weights.safetensors"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: weights))
    bytes[bytes.count - 3] ^= 0x40
    try bytes.write(to: URL(fileURLWithPath: weights))
    var result = try AwishBinary.run(["run", load])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.errors.contains("do not match their sha256"), result.errors)
    try bytes.prefix(100).write(to: URL(fileURLWithPath: weights))
    result = try AwishBinary.run(["run", load])
    XCTAssertTrue(result.errors.contains("do not match their sha256"), result.errors)
    let modelFile = root + "/model/forest/v1/model.json"
    let json = try String(contentsOfFile: modelFile, encoding: .utf8)
      .replacingOccurrences(of: "\"format_version\": 1", with: "\"format_version\": 9")
    try json.write(toFile: modelFile, atomically: true, encoding: .utf8)
    let forest = try script("forest.awi", "load_model(\"forest\")\n")
    result = try AwishBinary.run(["run", forest])
    XCTAssertTrue(result.errors.contains("has model format 9"), result.errors)
    XCTAssertTrue(result.errors.contains("saved by awish 0.1.0"), result.errors)
    result = try AwishBinary.run(["run", try script("missing.awi", "load_model(\"forest@v7\")\n")])
    XCTAssertTrue(result.errors.contains("model 'forest' has no version v7"), result.errors)
  }

  /// A process killed while saving, again and again, leaves only whole versions: each one
  /// has its four files and loads; half-written saves stay in hidden folders nobody reads.
  func testSavesKilledMidwayLeaveOnlyWholeVersions() throws {
    let path = try script(
      "saveloop.awi",
      """
      xs = []
      ys = []
      for i in 0..<60000 {
        xs += [i % 97 * 1.5]
        ys += [if i % 2 == 0 { "a" } else { "b" }]
      }
      data = frame(x=xs, y=ys)
      for round in 0..<200 {
        # Each round's model differs (one row fewer), so each save is a new version.
        save_model(fit(knn(k=3), data |> head(60000 - round), target="y"), "big")
      }
      """)
    let folder = root + "/model/big"
    // Each kill lands while saves are under way: once this process has finished a save (waited
    // for, so a loaded machine does not kill it before any), a little later each time, while
    // its next saves are being written.
    func versionCount() -> Int {
      ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasPrefix("v") }.count
    }
    for delay in [0.05, 0.3, 0.7] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: try AwishBinary.path())
      process.arguments = ["run", path]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      let before = versionCount()
      try process.run()
      let deadline = Date().addingTimeInterval(60)
      while Date() < deadline, process.isRunning, versionCount() <= before {
        Thread.sleep(forTimeInterval: 0.01)
      }
      Thread.sleep(forTimeInterval: delay)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    let versions = entries.filter { $0.hasPrefix("v") }
    XCTAssertFalse(versions.isEmpty, "no save finished before the kills; \(entries)")
    for version in versions {
      XCTAssertEqual(
        try FileManager.default.contentsOfDirectory(atPath: folder + "/" + version).sorted(),
        ["README.md", "metadata.json", "model.json", "weights.safetensors"], version)
    }
    let latest = try script("latest.awi", "print(load_model(\"big\").kind)\n")
    XCTAssertEqual(try AwishBinary.run(["run", latest]).output, "knn\n")
  }

  /// What a save killed midway leaves is mended by the next save: its `.saving-*` folder
  /// goes, git's index lock it held is removed, and its uncommitted version is committed.
  func testNextSaveRecoversAKilledSave() throws {
    let save = try script(
      "small.awi",
      "m = fit(knn(k=1), frame(x=[1.0, 2.0, 3.0], y=[\"a\", \"b\", \"a\"]), target=\"y\")\n"
        + "save_model(m, \"small\")\n")
    XCTAssertEqual(try AwishBinary.run(["run", save]).status, 0)
    // A dead process's traces: its pid, its half-written folder, a v2 it never committed,
    // and the index lock with the marker saying it was save_model's.
    let dead = Process()
    dead.executableURL = URL(fileURLWithPath: "/bin/true")
    try dead.run()
    dead.waitUntilExit()
    let folder = root + "/model/small"
    let manager = FileManager.default
    try manager.createDirectory(
      atPath: folder + "/.saving-\(dead.processIdentifier)-7", withIntermediateDirectories: true)
    try manager.copyItem(atPath: folder + "/v1", toPath: folder + "/v2")
    try Data().write(to: URL(fileURLWithPath: root + "/.git/index.lock"))
    try "\(dead.processIdentifier)\n".write(
      toFile: root + "/.git/awish-model.pid", atomically: true, encoding: .utf8)
    // Another model, so the save adds v3 (the same one would be found in v1 and add nothing).
    let other = try script(
      "other.awi",
      "m = fit(knn(k=1), frame(x=[1.0, 2.0, 4.0], y=[\"a\", \"b\", \"a\"]), target=\"y\")\n"
        + "save_model(m, \"small\")\n")
    let again = try AwishBinary.run(["run", other])
    XCTAssertEqual(again.status, 0, again.errors)
    XCTAssertFalse(manager.fileExists(atPath: folder + "/.saving-\(dead.processIdentifier)-7"))
    XCTAssertFalse(manager.fileExists(atPath: root + "/.git/index.lock"))
    XCTAssertFalse(manager.fileExists(atPath: root + "/.git/awish-model.pid"))
    let git = Process()
    git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    git.arguments = ["git", "-C", root, "tag", "--list", "model/small/*"]
    let pipe = Pipe()
    git.standardOutput = pipe
    guard (try? git.run()) != nil else { throw XCTSkip("git is not installed") }
    git.waitUntilExit()
    let tags = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssertEqual(tags, "model/small/v1\nmodel/small/v2\nmodel/small/v3\n")
  }

  /// Python's safetensors opens the weights of a saved model.
  func testPythonReadsTheWeights() throws {
    let path = try script("train.awi", Self.training)
    XCTAssertEqual(try AwishBinary.run(["run", path, "--param", "seed=1"]).status, 0)
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    check.arguments = [
      "python3", "-c",
      """
      import sys
      try:
          from safetensors.numpy import load_file
      except ImportError:
          print("SKIP"); sys.exit(0)
      t = load_file(sys.argv[1])
      print(sorted(t)[:2], t["layer0.weights"].shape)
      """, root + "/model/net/v1/weights.safetensors",
    ]
    let pipe = Pipe()
    check.standardOutput = pipe
    do { try check.run() } catch { throw XCTSkip("python3 is not installed") }
    check.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    if output.hasPrefix("SKIP") { throw XCTSkip("Python's safetensors is not installed") }
    XCTAssertEqual(output, "['layer0.biases', 'layer0.weights'] (10, 12)\n")
  }
}
