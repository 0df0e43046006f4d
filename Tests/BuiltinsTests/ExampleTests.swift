import Builtins
import Interpreter
import Lang
import TestSupport
import XCTest

/// Runs every `Example` of every builtin and checks the result it documents, so the
/// reference cannot drift from the code. Files the examples write below /tmp/ go to a scratch
/// folder of this run's own.
final class ExampleTests: XCTestCase {
  func testEveryExampleGivesItsResult() {
    var count = 0
    let scratch = ScratchFolder("examples")
    defer { scratch.remove() }
    for builtin in Builtins.all {
      for example in builtin.examples {
        count += 1
        let session = Session(builtins: Builtins.all, output: { _ in })
        let label = "\(builtin.name): \(example.code)"
        switch session.run(scratch.redirecting(example.code), name: "example", keepLastValue: true)
        {
        case .success(let value):
          XCTAssertEqual(value?.repr ?? "nil", example.result, label)
        case .rejected(let diagnostics):
          XCTFail("\(label) was rejected:\n\(DiagnosticRenderer().render(diagnostics))")
        case .failed(let error):
          XCTFail("\(label) failed:\n\(DiagnosticRenderer().render(error.diagnostic))")
        }
      }
    }
    XCTAssertGreaterThan(count, 50)
  }

  func testEveryBuiltinIsDocumented() {
    for builtin in Builtins.all {
      XCTAssertTrue(builtin.summary.hasSuffix("."), "\(builtin.name): summary ends with '.'")
      XCTAssertTrue(Builtins.areas.contains(builtin.area), builtin.name)
      for parameter in builtin.parameters {
        XCTAssertFalse(parameter.summary.isEmpty, "\(builtin.name)(\(parameter.name))")
      }
    }
  }

  func testBuiltinNamesAreUnique() {
    let names = Builtins.all.map(\.name)
    XCTAssertEqual(Set(names).count, names.count)
  }

  func testOnlyExitHasNoExample() {
    // exit() ends the process, so it cannot have a runnable example.
    XCTAssertEqual(Builtins.all.filter { $0.examples.isEmpty }.map(\.name), ["exit"])
  }

  func testSignaturesEscapeStringDefaults() throws {
    let print = try XCTUnwrap(Builtins.all.first { $0.name == "print" })
    XCTAssertEqual(print.signature, "print(*values, sep=\" \", end=\"\\n\") -> nil")
  }
}
