import Builtins
import Foundation
import Interpreter
import XCTest

/// The warnings that teach: given once per run, each naming its fix, and silent when the
/// split or fit is sound.
final class SplitWarningTests: XCTestCase {
  private func warnings(_ code: String) -> [String] {
    let session = Session(builtins: Builtins.all, output: { _ in })
    var said: [String] = []
    session.run.warningSink = { said.append($0) }
    if case .failed(let error) = session.run(code, name: "test") { XCTFail(error.message) }
    return said
  }

  func testARandomSplitOfStationsWarnsOnceAndGroupIsSilent() {
    let frame =
      "c = frame(station=[\"a\", \"a\", \"b\", \"b\", \"c\", \"c\"], x=[1, 2, 3, 4, 5, 6])\n"
    let random = warnings(
      frame + "p = train_test_split(c, test=0.5, seed=2)\nq = train_test_split(c, test=0.5, seed=3)"
    )
    XCTAssertEqual(random.count, 1, "\(random)")
    XCTAssertTrue(random.first?.contains("pass group=\"station\"") == true, "\(random)")
    XCTAssertEqual(
      warnings(frame + "p = train_test_split(c, test=0.5, seed=2, group=\"station\")"), [])
  }

  func testTimeColumnsAndStandardizedColumns() {
    let time = warnings(
      "d = frame(t=parse_time(column([\"2024-01-01\", \"2024-01-02\", \"2024-01-03\", \"2024-01-04\"])), x=[1, 2, 3, 4])\n"
        + "p = train_test_split(d, test=0.5)")
    XCTAssertTrue(time.contains { $0.contains("split by time instead") }, "\(time)")
    let z = warnings(
      "d = frame(x=[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]) |> mutate(x=standardize(.x))\n"
        + "p = train_test_split(d)")
    XCTAssertTrue(z.contains { $0.contains("standardized before the split") }, "\(z)")
  }

  func testTargetsWithTooManyClassesAndImbalancedUnstratifiedSplits() {
    let birds = "b = read_csv(\"\(penguins)\") |> drop_na()\n"
    let many = warnings(
      birds
        + "m = fit(knn(task=\"classification\"), b, target=\"body_mass_g\", features=[\"bill_length_mm\"])"
    )
    XCTAssertTrue(many.first?.contains("has 93 classes in 333 rows") == true, "\(many)")
    let classifierOnly = warnings(
      birds + "m = fit(naive_bayes(), b, target=\"body_mass_g\", features=[\"bill_length_mm\"])")
    XCTAssertEqual(classifierOnly.count, 1, "\(classifierOnly)")
    XCTAssertTrue(classifierOnly.first?.contains("has 93 classes") == true, "\(classifierOnly)")
    let imbalanced = warnings(
      birds + "p = train_test_split(b, seed=1)\n"
        + "m = fit(naive_bayes(), p.train, target=\"species\", features=[\"bill_length_mm\"])")
    XCTAssertTrue(imbalanced.contains { $0.contains("stratify=\"species\"") }, "\(imbalanced)")
    let stratified = warnings(
      birds + "p = train_test_split(b, seed=1, stratify=\"species\")\n"
        + "m = fit(naive_bayes(), p.train, target=\"species\", features=[\"bill_length_mm\"])")
    XCTAssertEqual(stratified, [])
  }

  /// A numeric target decides the task: many ints regress with a note and no class warning,
  /// few ints classify with a note naming task="regression", floats regress silently.
  func testTheTaskInferredFromAnIntTargetIsSaidOnce() {
    let birds = "b = read_csv(\"\(penguins)\") |> drop_na()\n"
    let mass = warnings(
      birds + "m = fit(knn(), b, target=\"body_mass_g\", features=[\"bill_length_mm\"])\n"
        + "m = fit(tree(), b, target=\"body_mass_g\", features=[\"bill_length_mm\"])\n"
        + "print(m.task)")
    XCTAssertEqual(mass.count, 1, "\(mass)")
    XCTAssertTrue(
      mass.first?.contains("93 distinct values: knn() predicts it as a quantity") == true,
      "\(mass)")
    let few = warnings("m = fit(tree(), frame(x=[1, 2, 3, 4], y=[0, 0, 1, 1]), target=\"y\")")
    XCTAssertTrue(
      few.first?.contains("learns them as classes; pass tree(task=\"regression\")") == true,
      "\(few)")
    XCTAssertEqual(
      warnings("m = fit(tree(), frame(x=[1, 2, 3, 4], y=[0.5, 0.1, 1.5, 1.0]), target=\"y\")"),
      [])
    XCTAssertEqual(
      warnings(
        "m = fit(tree(task=\"classification\"), frame(x=[1, 2, 3, 4], y=[0, 0, 1, 1]), target=\"y\")"
      ), [])
  }

  /// The split warnings do not depend on the task: a regression on a random split of a frame
  /// with stations is warned as a classification is, and fitting it adds no class warning.
  func testSplitWarningsHoldForARegression() {
    let code =
      "c = frame(station=[\"a\", \"a\", \"b\", \"b\", \"c\", \"c\"], x=[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], y=[0.5, 1.5, 2.0, 4.5, 4.0, 6.5])\n"
      + "p = train_test_split(c, test=0.5, seed=2)\n"
      + "m = fit(random_forest(trees=5), p.train, target=\"y\", features=[\"x\"])"
    let said = warnings(code)
    XCTAssertEqual(said.count, 1, "\(said)")
    XCTAssertTrue(said.first?.contains("pass group=\"station\"") == true, "\(said)")
  }

  private var penguins: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("scripts/data/penguins.csv").path
  }
}
