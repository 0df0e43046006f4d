import Builtins
import Interpreter
import Lang
import XCTest

/// Each area carries the id its builtins' errors get when they give none of their own. The
/// id is a required argument of `Area`'s only initializer, so an area cannot be declared
/// without one; this table makes a new area's choice visible in review.
final class AreaErrorCodeTests: XCTestCase {
  static let expected: [(area: String, code: String)] = [
    ("core", "E0330 invalid-argument"), ("math", "E0330 invalid-argument"),
    ("strings", "E0330 invalid-argument"), ("collections", "E0330 invalid-argument"),
    ("io", "E0500 file-error"), ("frames", "E0400 frame-error"),
    ("tensors", "E0450 tensor-error"), ("cleaning", "E0420 cleaning-error"),
    ("plots", "E0750 plot-error"), ("archives", "E0550 archive-error"),
    ("signal", "E0700 signal-error"), ("learning", "E0600 learning-error"),
    ("models", "E0650 model-repository-error"), ("cluster", "E0800 cluster-error"),
  ]

  func testEveryAreaNamesItsErrorCode() {
    let declared = Builtins.areas.map {
      (area: $0.id, code: "\($0.errorCode.id) \($0.errorCode.slug)")
    }
    XCTAssertEqual(
      declared.map { "\($0.area) \($0.code)" },
      AreaErrorCodeTests.expected.map { "\($0.area) \($0.code)" })
  }

  /// Every builtin's area is one of the declared areas, so no builtin's errors escape the
  /// table above.
  func testEveryBuiltinIsInADeclaredArea() {
    let ids = Set(Builtins.areas.map(\.id))
    for builtin in Builtins.all {
      XCTAssertTrue(ids.contains(builtin.area.id), "\(builtin.name): area \(builtin.area.id)")
    }
  }

  /// An error a builtin body throws without an id (a located one or any other) is reported
  /// with its area's id.
  func testAnErrorWithoutAnIdGetsItsAreasCode() {
    struct Plain: Error {}
    let area = Area("probe", title: "Probe", errorCode: .builtinSignal)
    let builtins = [
      Builtin("located", area: area, summary: "Fails.", returns: .nothing) { args in
        throw args.error("no id here")
      },
      Builtin("plain", area: area, summary: "Fails.", returns: .nothing) { _ in throw Plain() },
    ]
    for name in ["located", "plain"] {
      let session = Session(builtins: builtins, output: { _ in })
      guard case .failed(let error) = session.run("\(name)()", name: "probe.awi") else {
        return XCTFail("\(name)() did not fail")
      }
      XCTAssertEqual(error.diagnostic.code?.id, "E0700", name)
    }
  }
}
