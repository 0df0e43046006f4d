import Foundation
import Interpreter
import Tensor
import XCTest

@testable import Builtins

/// Files that exist but do not read as their format are E0507 malformed-file, written into a
/// temporary folder: a model whose weights or model.json are damaged, a truncated netCDF file.
final class DamagedFileCodeTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-damaged-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The error of running `code`, with its id and line:column.
  private func failure(_ code: String) -> (id: String?, place: String, message: String)? {
    let session = Session(builtins: Builtins.all, output: { _ in })
    let script = folder.appendingPathComponent("script.awi").path
    _ = FileManager.default.createFile(atPath: script, contents: Data(code.utf8))
    guard case .failed(let error) = session.run(code, name: script) else { return nil }
    let place = error.file.map { file in error.range.map { "\(file.location(of: $0.start))" } }
    return (error.diagnostic.code?.id, (place ?? nil) ?? "", error.message)
  }

  /// A saved model's version folder, after `save_model` ran in a workspace at `folder`.
  private func savedModel() throws -> URL {
    let saved = failure(
      "ws = init_workspace(\"\(folder.path)/ws\")\n"
        + "birds = frame(mass=[3.1, 3.3, 5.0, 5.2], species=[\"a\", \"a\", \"b\", \"b\"])\n"
        + "save_model(fit(naive_bayes(), birds, target=\"species\"), \"birds\", workspace=ws.root)\n"
        + "assert(false)")
    XCTAssertEqual(saved?.id, "E0326", "\(String(describing: saved))")
    let store = ModelStore(root: folder.appendingPathComponent("ws/model"))
    return store.folder("birds", version: try store.resolve("birds").version)
  }

  private let load = "m = load_model(\"birds\", workspace=\"WS\")"

  func testDamagedWeightsAreMalformed() throws {
    let version = try savedModel()
    let weights = version.appendingPathComponent(ModelFiles.weightsName)
    let json = version.appendingPathComponent("model.json")
    let damaged = Data([1, 2, 3])
    let oldSum = SHA256.hex([UInt8](try Data(contentsOf: weights)))
    let text = try String(contentsOf: json, encoding: .utf8)
      .replacingOccurrences(of: oldSum, with: SHA256.hex([UInt8](damaged)))
    try damaged.write(to: weights)
    try Data(text.utf8).write(to: json)
    let error = failure(load.replacingOccurrences(of: "WS", with: folder.path + "/ws"))
    XCTAssertEqual(error?.id, "E0507")
    XCTAssertEqual(error?.place, "1:16")
    XCTAssertEqual(
      error?.message,
      "birds@v1 cannot be loaded: the weights file is damaged: the file is shorter than its header")
  }

  func testDamagedModelJSONIsMalformed() throws {
    let version = try savedModel()
    try Data("{\"format\": ".utf8).write(to: version.appendingPathComponent("model.json"))
    let error = failure(load.replacingOccurrences(of: "WS", with: folder.path + "/ws"))
    XCTAssertEqual(error?.id, "E0507")
    XCTAssertTrue(
      error?.message.hasPrefix("the model.json of birds@v1 is not valid JSON") ?? false,
      "\(String(describing: error))")
  }

  func testTruncatedNetCDFIsMalformed() throws {
    guard NetCDFFile.isAvailable else {
      throw XCTSkip("libnetcdf is not installed (Debian: libnetcdf19); netCDF errors not checked")
    }
    // A classic header: dimension x of 4, one double variable over it whose 32 bytes of data
    // should start at byte 80, where the file ends.
    var bytes: [UInt8] = Array("CDF".utf8) + [1] + be(0)
    bytes += be(0x0A) + be(1) + be(1) + Array("x".utf8) + [0, 0, 0] + be(4)
    bytes += be(0) + be(0)
    bytes += be(0x0B) + be(1) + be(1) + Array("v".utf8) + [0, 0, 0] + be(1) + be(0)
    bytes += be(0) + be(0) + be(6) + be(32) + be(80)
    try Data(bytes).write(to: folder.appendingPathComponent("cut.nc"))
    let error = failure("ds = read_netcdf(\"cut.nc\")")
    XCTAssertEqual(error?.id, "E0507")
    XCTAssertEqual(error?.place, "1:18")
    XCTAssertTrue(
      error?.message.hasPrefix("'cut.nc' is truncated or damaged") ?? false,
      "\(String(describing: error))")
  }

  private func be(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8((value >> 16) & 255), UInt8((value >> 8) & 255), UInt8(value & 255)]
  }
}
