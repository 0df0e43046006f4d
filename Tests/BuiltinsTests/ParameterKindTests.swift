import Builtins
import Interpreter
import Lang
import XCTest

/// The declared kinds: `any` only with a reason, the names the docs give them, and the one
/// message binding gives for an argument of the wrong kind.
final class ParameterKindTests: XCTestCase {
  func testEveryAnyStatesAReason() {
    for builtin in Builtins.all {
      for parameter in builtin.parameters {
        for reason in parameter.kind.anyReasons {
          XCTAssertFalse(
            reason.trimmingCharacters(in: .whitespaces).isEmpty,
            "\(builtin.name)(\(parameter.name)) is `any` without a reason")
        }
      }
      for reason in builtin.returns.anyReasons {
        XCTAssertFalse(reason.isEmpty, "\(builtin.name) returns `any` without a reason")
      }
    }
  }

  func testFrameParametersAreDeclaredAsFrames() {
    for builtin in Builtins.all {
      for parameter in builtin.parameters where ["frame", "left", "right"].contains(parameter.name)
      {
        XCTAssertTrue(
          parameter.kind.takesFrame, "\(builtin.name)(\(parameter.name)) is \(parameter.kind)")
      }
    }
  }

  func testKindsNameThemselves() {
    typealias Kind = Parameter.Kind
    XCTAssertEqual(Kind.frame.description, "a frame")
    XCTAssertEqual(Kind.groupedFrame.description, "a grouped frame")
    XCTAssertEqual(Kind.int.description, "an int")
    XCTAssertEqual(Kind.listOf(.frame).description, "a list of frames")
    XCTAssertEqual(Kind.oneOf([.frame, .column]).description, "a frame or column")
    XCTAssertEqual(
      Kind.optional(.oneOf([.string, .listOf(.string)])).noun, "string, list of strings or nil")
    XCTAssertEqual(Kind.optional(.choice(["a", "b"])).description, "one of \"a\", \"b\" or nil")
    XCTAssertEqual(Kind.bounded(1...9).description, "an int from 1 to 9")
    XCTAssertEqual(Kind.any(because: "x").description, "any value")
  }

  func testSignatureNamesTheReturnedKind() throws {
    let head = try XCTUnwrap(Builtins.all.first { $0.name == "head" })
    XCTAssertEqual(head.signature, "head(data, n=5) -> frame, column or list")
  }

  func testWrongKindGivesOneMessage() {
    let cases = [
      ("nrow([1, 2])", "argument 'frame' of nrow() must be a frame, got list"),
      (
        "summarize(frame(a=[1]))",
        "argument 'grouped' of summarize() must be a grouped frame, got frame"
      ),
      (
        "standardize(frame(a=[1]))",
        "argument 'column' of standardize() must be a column, got frame"
      ),
      (
        "concat([frame(a=[1]), 2])",
        "argument 'frames' of concat() must be a frame or list of frames, got a list holding int at index 1"
      ),
      ("save(1, \"x.svg\")", "argument 'plot' of save() must be a plot, got int"),
      (
        "select(frame(a=[1]), 3)",
        "argument 'names' of select() must be a string or list of strings, got int"
      ),
    ]
    for (code, message) in cases {
      let session = Session(builtins: Builtins.all, output: { _ in })
      guard case .failed(let error) = session.run(code, name: "kinds") else {
        XCTFail("\(code) did not fail")
        continue
      }
      XCTAssertEqual(error.message, message, code)
    }
  }
}
