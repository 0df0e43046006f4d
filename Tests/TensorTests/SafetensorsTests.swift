import Foundation
import Tensor
import XCTest

/// safetensors files as Python's `safetensors` package writes and reads them, and every way a
/// damaged file is refused.
final class SafetensorsTests: XCTestCase {
  private let entries = [
    Safetensors.Entry(name: "coef", shape: [2, 3], doubles: [1.5, -2, 0.1, 3e-300, .pi, -0.0]),
    Safetensors.Entry(name: "classes", shape: [3], ints: [0, 7, -4]),
    Safetensors.Entry(name: "empty", shape: [0, 4], doubles: []),
  ]

  func testRoundTrip() throws {
    let data = Safetensors.encode(entries, metadata: [("format", "awish"), ("kind", "logistic")])
    XCTAssertEqual(data.count % 8, 0)
    let (decoded, metadata) = try Safetensors.decode(data)
    XCTAssertEqual(decoded, entries)
    XCTAssertEqual(decoded[0].doubles.map(\.bitPattern), entries[0].doubles.map(\.bitPattern))
    XCTAssertEqual(decoded[1].ints, [0, 7, -4])
    XCTAssertEqual(metadata.map(\.0), ["format", "kind"])
  }

  func testDamagedFilesAreRefused() {
    let good = [UInt8](Safetensors.encode(entries))
    var cases: [(String, [UInt8])] = [
      ("empty", []),
      ("truncated data", Array(good.dropLast(3))),
      ("extra bytes", good + [1, 2, 3]),
      ("huge header", [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F] + Array(good.dropFirst(8))),
    ]
    func file(_ header: String, data: [UInt8]) -> [UInt8] {
      var bytes = [UInt8]()
      withUnsafeBytes(of: UInt64(header.utf8.count).littleEndian) { bytes += $0 }
      return bytes + Array(header.utf8) + data
    }
    cases += [
      ("not JSON", file("{nope", data: [])),
      (
        "unknown dtype",
        file(#"{"a":{"dtype":"F16x","shape":[1],"data_offsets":[0,2]}}"#, data: [0, 0])
      ),
      ("outside", file(#"{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}}"#, data: [1, 2])),
      (
        "wrong size",
        file(
          #"{"a":{"dtype":"F64","shape":[2],"data_offsets":[0,8]}}"#,
          data: Array(repeating: 0, count: 8))
      ),
      (
        "overlap",
        file(
          #"{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[1,3]}}"#,
          data: [1, 2, 3])
      ),
      (
        "negative shape", file(#"{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}}"#, data: [])
      ),
      (
        "overflow",
        file(
          #"{"a":{"dtype":"F64","shape":[4611686018427387904,4],"data_offsets":[0,0]}}"#, data: [])
      ),
      (
        "duplicate",
        file(#"{"a":{"dtype":"U8","shape":[0],"data_offsets":[0,0]},"a":{}}"#, data: [])
      ),
    ]
    for (name, bytes) in cases {
      XCTAssertThrowsError(try Safetensors.decode(Data(bytes)), name)
    }
  }

  /// Python's safetensors package reads our file and writes one we read.
  func testPythonSafetensorsAgrees() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-safetensors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let ours = folder.appendingPathComponent("ours.safetensors")
    try Safetensors.encode(entries, metadata: [("kind", "logistic")]).write(to: ours)
    let theirs = folder.appendingPathComponent("theirs.safetensors")
    let script = """
      import sys
      try:
          import numpy as np
          from safetensors.numpy import load_file, save_file
          from safetensors import safe_open
      except ImportError:
          print("SKIP"); sys.exit(0)
      t = load_file(sys.argv[1])
      assert t["coef"].dtype == np.float64 and t["coef"].shape == (2, 3), t["coef"]
      assert t["coef"].tolist() == [[1.5, -2.0, 0.1], [3e-300, 3.141592653589793, -0.0]]
      assert t["classes"].dtype == np.int64 and t["classes"].tolist() == [0, 7, -4]
      assert t["empty"].shape == (0, 4)
      with safe_open(sys.argv[1], framework="numpy") as f:
          assert f.metadata() == {"kind": "logistic"}, f.metadata()
      save_file({"w": np.arange(6, dtype=np.float32).reshape(2, 3) / 4,
                 "n": np.array([5, 6], dtype=np.int32)}, sys.argv[2], metadata={"by": "python"})
      print("OK")
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, ours.path, theirs.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch {
      throw XCTSkip("python3 is not installed; safetensors check skipped")
    }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if output.hasPrefix("SKIP") {
      throw XCTSkip(
        "Python's safetensors and numpy are not installed (pip install safetensors numpy)")
    }
    XCTAssertEqual(output, "OK\n")
    let (decoded, metadata) = try Safetensors.decode(try Data(contentsOf: theirs))
    let byName = Dictionary(uniqueKeysWithValues: decoded.map { ($0.name, $0) })
    XCTAssertEqual(byName["w"]?.dtype, .f32)
    XCTAssertEqual(byName["w"]?.shape, [2, 3])
    XCTAssertEqual(byName["w"]?.doubles, [0, 0.25, 0.5, 0.75, 1, 1.25])
    XCTAssertEqual(byName["n"]?.ints, [5, 6])
    XCTAssertEqual(metadata.first?.1, "python")
  }
}

final class JSONTests: XCTestCase {
  func testWritesDeterministicallyAndParsesBack() throws {
    let value = JSON.object([
      ("name", .string("penguin \"species\"\n")), ("version", .int(3)), ("c", .number(1.0)),
      ("alpha", .number(1e-4)), ("ok", .bool(true)), ("none", .null),
      ("list", .array([.int(1), .number(2.5)])), ("nested", .object([("k", .array([]))])),
    ])
    let text = value.text()
    XCTAssertEqual(try JSON.parse(text), value)
    XCTAssertEqual(try JSON.parse(value.text(pretty: false)), value)
    XCTAssertTrue(text.contains("\"c\": 1.0"))
    XCTAssertEqual(JSON.number(.nan).text(), "null")
    XCTAssertEqual(try JSON.parse(#""caf\u00e9 \ud83d\ude00""#), .string("café 😀"))
  }

  func testBadTextIsAnErrorNotACrash() {
    for text in [
      "", "{", "[1,]", "{\"a\" 1}", "tru", "\"abc", "1 2", "{\"a\":1,\"a\":2}", "[\u{01}]",
      String(repeating: "[", count: 100_000), "\"\\u12\"", "-", "1e999",
    ] {
      XCTAssertThrowsError(try JSON.parse(text), text.prefix(20).description)
    }
  }
}
