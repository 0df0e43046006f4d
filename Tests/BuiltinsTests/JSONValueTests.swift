import Interpreter
import Tensor
import XCTest

@testable import Builtins

/// awi values as JSON and back (result.json, params.json, model metadata).
final class JSONValueTests: XCTestCase {
  func testARecordGoesToJSONAndBack() throws {
    let record = Value.record(
      RecordObject([
        ("n", .int(3)), ("x", .float(0.5)), ("ok", .bool(true)), ("none", .null),
        ("tags", .list(ListObject([.string("a"), .string("b")]))),
      ]))
    let json = JSONValue.json(record)
    XCTAssertEqual(
      json.text(pretty: false), #"{"n":3,"x":0.5,"ok":true,"none":null,"tags":["a", "b"]}"#)
    XCTAssertEqual(JSONValue.value(json).repr, record.repr)
  }

  func testDeepNestingIsCutInBothDirections() {
    var json = JSON.int(1)
    for _ in 0..<200 { json = .array([json]) }
    var value = JSONValue.value(json)
    var depth = 0
    while case .list(let list) = value, let first = list.items.first {
      value = first
      depth += 1
    }
    XCTAssertEqual(depth, JSONValue.maxDepth)
    let looped = ListObject([])
    looped.items.append(.list(looped))
    XCTAssertNotNil(JSONValue.json(.list(looped)).text(pretty: false))
  }
}
