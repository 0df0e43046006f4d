import Foundation
import Interpreter
import Tensor
import XCTest

@testable import Builtins

#if canImport(Glibc)
  import Glibc
#endif

/// fetch() against a local HTTP server on 127.0.0.1: the raw/ copy, the manifest and the
/// cache, and each way a download can fail.
final class FetchTests: XCTestCase {
  typealias Support = ArchiveTestSupport
  var server: LocalHTTPServer!
  var root = ""

  override func setUpWithError() throws {
    server = try LocalHTTPServer()
    root = try Support.workspace(
      "fetch",
      replacing: [
        ("https://doi.pangaea.de", server.base),
        ("https://dashboard.awi.de/data/rest", server.base + "/rest"),
        ("https://ecotaxa.obs-vlfr.fr/api", server.base + "/ecotaxa"),
      ])
  }

  override func tearDown() {
    server.stop()
  }

  private func fetch(_ uri: String, _ options: String = "") -> ArchiveTestSupport.Result {
    Support.run("fetch(\"\(uri)\", workspace=\"\(root)\"\(options))")
  }

  /// Serves a made fixture, or a real sample (`real: true`, read from ../shared/fixtures).
  private func serve(_ fixture: String, at path: String, real: Bool = false) throws {
    let file = real ? try Support.real(fixture) : try Support.fixture(fixture)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    server.route(path, .ok(text, contentType: "text/tab-separated-values;charset=UTF-8"))
  }

  private var rawFiles: [String] {
    let enumerator = FileManager.default.enumerator(atPath: root + "/raw")
    let paths = (enumerator?.allObjects as? [String] ?? []).sorted()
    return paths.filter { path in
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: root + "/raw/" + path, isDirectory: &isFolder)
      return !isFolder.boolValue
    }
  }

  func testPangaeaFillsRawManifestAndCache() throws {
    try serve("pangaea/Orbital_param.tab", at: "/10.1594/PANGAEA.56040", real: true)
    XCTAssertEqual(
      Support.value("nrow(fetch(\"pangaea:56040\", workspace=\"\(root)\"))"), "5001")
    let path = root + "/raw/pangaea/PANGAEA.56040.tab"
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o444)
    // Other spellings of the DOI are the same dataset: served from raw/, not downloaded.
    for uri in ["pangaea:10.1594/PANGAEA.56040", "https://doi.org/10.1594/PANGAEA.56040"] {
      XCTAssertEqual(Support.value("nrow(fetch(\"\(uri)\", workspace=\"\(root)\"))"), "5001")
    }
    XCTAssertEqual(server.requests, ["/10.1594/PANGAEA.56040?format=textfile"])
    let manifest = try String(contentsOfFile: root + "/raw/MANIFEST.tsv", encoding: .utf8)
    let fields = manifest.split(separator: "\n")[1].split(separator: "\t").map(String.init)
    XCTAssertEqual(
      fields[0...3],
      [
        "pangaea:10.1594/PANGAEA.56040", "10.1594/PANGAEA.56040", "raw/pangaea/PANGAEA.56040.tab",
        "225553",
      ])
    XCTAssertEqual(fields[4], "1cbb8f86bfc00a73500d55456c0bcfa982b2a6a47573c50b970eb754e29b4fae")
    XCTAssertTrue(fields[6].contains("CC-BY-3.0"))
    XCTAssertTrue(fields[7].hasPrefix("Berger, A; Loutre"))
    XCTAssertEqual(
      Support.value("nrow(fetch(\"pangaea:56040\", refresh=true, workspace=\"\(root)\"))"), "5001")
    XCTAssertEqual(server.requests.count, 2)
    XCTAssertEqual(Support.value("nrow(manifest(workspace=\"\(root)\"))"), "1")
  }

  func testCiteGivesTextAndBibTeX() throws {
    try serve("pangaea/made_ctd_profile.tab", at: "/10.1594/PANGAEA.999001")
    _ = fetch("pangaea:999001")
    var output = ""
    _ = Support.run("cite(workspace=\"\(root)\")", output: { output += $0 })
    XCTAssertTrue(output.hasPrefix("Example, Ann; Sample, Bob (2024): Made CTD profile"), output)
    XCTAssertTrue(
      output.contains("@misc{PANGAEA_999001,\n  author = {Example, Ann and Sample, Bob},"))
    XCTAssertTrue(output.contains("  year = {2024}"))
  }

  func testNetCDFOverHTTPGivesADataset() throws {
    guard NetCDFFile.isAvailable else { throw XCTSkip("libnetcdf is not installed (libnetcdf19)") }
    let file = try Support.real("netcdf/D1901119_001.nc")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    server.route("/argo/D1901119_001.nc", .bytes(bytes, contentType: "application/x-netcdf"))
    let uri = server.base + "/argo/D1901119_001.nc"
    XCTAssertEqual(
      Support.value("fetch(\"\(uri)\", workspace=\"\(root)\").PLATFORM_NUMBER.values[0]"),
      "\"1901119\"")
    XCTAssertEqual(rawFiles.filter { $0.hasSuffix(".nc") }.count, 1)
    XCTAssertEqual(Support.value("manifest(workspace=\"\(root)\").size[0]"), "\(bytes.count)")
  }

  func testNotFound() {
    let error = Support.error("fetch(\"pangaea:1\", workspace=\"\(root)\")")
    XCTAssertTrue(
      error.message.hasSuffix("/10.1594/PANGAEA.1?format=textfile does not exist (HTTP 404)"),
      error.message)
    XCTAssertEqual(rawFiles, [])
  }

  func testLoginNeeded() {
    server.route("/10.1594/PANGAEA.2", .status(401))
    server.route("/10.1594/PANGAEA.3", .status(403))
    for id in [2, 3] {
      let error = Support.error("fetch(\"pangaea:\(id)\", workspace=\"\(root)\")")
      XCTAssertTrue(error.message.contains("needs a login"), error.message)
      XCTAssertTrue(error.help?.contains("AWISH_PANGAEA_TOKEN") == true)
    }
    XCTAssertEqual(server.requests.count, 2, "a login error is not retried")
    XCTAssertEqual(Support.errorId("fetch(\"pangaea:2\", workspace=\"\(root)\")"), "E0553")
  }

  func testLoginPageWithStatus200() {
    server.route(
      "/10.1594/PANGAEA.4",
      .ok("<html><head><title>Log in</title></head></html>", contentType: "text/html"))
    let error = Support.error("fetch(\"pangaea:4\", workspace=\"\(root)\")")
    XCTAssertTrue(error.message.hasSuffix("needs a login: the dataset is protected"), error.message)
    XCTAssertEqual(Support.errorId("fetch(\"pangaea:4\", workspace=\"\(root)\")"), "E0553")
    XCTAssertEqual(rawFiles, [])
  }

  func testServerErrorThenSuccessIsRetried() throws {
    let text = try String(
      contentsOfFile: try Support.fixture("pangaea/made_two_events.tab"), encoding: .utf8)
    server.route("/10.1594/PANGAEA.5", .status(500), .ok(text))
    XCTAssertEqual(Support.value("nrow(fetch(\"pangaea:5\", workspace=\"\(root)\"))"), "3")
    XCTAssertEqual(server.requests.count, 2)
  }

  func testRateLimitHonoursRetryAfter() throws {
    server.route("/10.1594/PANGAEA.8", .retryAfter(0), .ok("Depth\n1\n"))
    let started = Date()
    XCTAssertEqual(Support.value("nrow(fetch(\"pangaea:8\", workspace=\"\(root)\"))"), "1")
    XCTAssertLessThan(Date().timeIntervalSince(started), 0.9, "Retry-After: 0 means no wait")
    XCTAssertEqual(server.requests.count, 2)
  }

  func testNoTableIsNotRetried() {
    server.route("/10.1594/PANGAEA.9", .status(406))
    let error = Support.error("fetch(\"pangaea:9\", workspace=\"\(root)\")")
    XCTAssertTrue(error.message.hasSuffix("has no data table (HTTP 406)"), error.message)
    XCTAssertEqual(server.requests.count, 1)
  }

  func testDroppedConnectionFailsAfterRetries() {
    server.route("/10.1594/PANGAEA.6", .drop)
    let error = Support.error("fetch(\"pangaea:6\", workspace=\"\(root)\")")
    XCTAssertTrue(error.message.hasPrefix("the connection to 127.0.0.1 failed"), error.message)
    XCTAssertEqual(server.requests.count, 2, "one try and one retry")
    XCTAssertEqual(rawFiles, [])
  }

  func testTruncatedBodyLeavesNoPartialFile() {
    server.route("/10.1594/PANGAEA.7", .truncated("Depth\n1\n2\n"))
    let error = Support.error("fetch(\"pangaea:7\", workspace=\"\(root)\")")
    XCTAssertTrue(
      error.message.contains("stopped after") || error.message.contains("transfer closed"),
      error.message)
    XCTAssertEqual(rawFiles, [], "no partial or temporary file")
    XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/raw/MANIFEST.tsv"))
  }

  /// A WAV file over HTTP lands in raw/ and comes back as a recording.
  func testWAVOverHTTP() throws {
    let made = try Support.temporaryFolder("wav-source") + "/tone.wav"
    XCTAssertEqual(
      Support.value(
        "write_wav(signal([0, 0.5, -0.5, 0.25, 0], rate=8000), \"\(made)\")"), "nil")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: made))
    server.route("/audio/tone.wav", .bytes([UInt8](bytes), contentType: "audio/wav"))
    let value = Support.value(
      "s = fetch(\"\(server.base)/audio/tone.wav\", workspace=\"\(root)\")\n"
        + "[type(s), s.rate, s.frames]")
    XCTAssertEqual(value, "[\"signal\", 8000, 5]")
    XCTAssertTrue(rawFiles.contains("web/127.0.0.1/audio/tone.wav"))
  }

  /// The manifest's size and checksum of a download are taken while curl writes the body (the
  /// file is not read back): they are the size and SHA-256 of the file in raw/, for a body that
  /// arrives in many pieces and after a failed first try.
  func testManifestHashOfADownloadIsTheFilesSHA256() throws {
    let body = FetchTests.wav(frames: 400_000)
    server.route("/audio/long.wav", .status(500), .bytes(body, contentType: "audio/wav"))
    XCTAssertEqual(
      Support.value("fetch(\"\(server.base)/audio/long.wav\", workspace=\"\(root)\").frames"),
      "400000")
    XCTAssertEqual(server.requests.count, 2)
    let path = root + "/raw/web/127.0.0.1/audio/long.wav"
    let stored = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    XCTAssertEqual(stored, body)
    var independent = SHA256(useSystemLibrary: false, useCPUExtensions: false)
    independent.update(stored)
    let manifest = try String(contentsOfFile: root + "/raw/MANIFEST.tsv", encoding: .utf8)
    let row = manifest.split(separator: "\n")[1]
    let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(
      fields[2...4], ["raw/web/127.0.0.1/audio/long.wav", "800044", independent.finish()])
  }

  /// A mono 16-bit PCM WAV file of `frames` samples of a made-up waveform.
  static func wav(frames: Int) -> [UInt8] {
    func little(_ value: Int, _ width: Int) -> [UInt8] {
      (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    let data = (0..<frames).flatMap { little(($0 * 7919) % 65_536 - 32_768, 2) }
    return Array("RIFF".utf8) + little(36 + data.count, 4) + Array("WAVEfmt ".utf8)
      + little(16, 4) + little(1, 2) + little(1, 2) + little(8000, 4) + little(16000, 4)
      + little(2, 2) + little(16, 2) + Array("data".utf8) + little(data.count, 4) + data
  }

  func testCSVOverHTTP() {
    server.route("/data/ctd.csv", .ok("depth,temp\n1,3.5\n2,3.4\n"))
    XCTAssertEqual(
      Support.value("fetch(\"\(server.base)/data/ctd.csv\", workspace=\"\(root)\").temp[1]"), "3.4")
    XCTAssertTrue(rawFiles.contains("web/127.0.0.1/data/ctd.csv"))
  }

  func testSensorData() throws {
    let text = try String(
      contentsOfFile: try Support.fixture("o2a/made_tsg_hourly.tsv"), encoding: .utf8)
    server.route("/rest/data", .ok(text, contentType: "text/tab-separated-values"))
    let value = Support.value(
      "d = fetch(\"o2a:vessel:polarstern:tsg:temperature\", begin=\"2023-06-01T00:00:00\", "
        + "end=\"2023-06-01T02:00:00\", aggregate=\"hour\", workspace=\"\(root)\")\n"
        + "[names(d), d.temperature.unit, d.salinity[1], d.time.type]")
    XCTAssertEqual(value, "[[\"time\", \"temperature\", \"salinity\"], \"°C\", nil, \"time\"]")
    let request = try XCTUnwrap(server.requests.first)
    XCTAssertTrue(
      request.hasPrefix(
        "/rest/data?sensors=vessel:polarstern:tsg:temperature&beginDate=2023-06-01T00:00:00"),
      request)
    XCTAssertTrue(request.contains("aggregate=HOUR"))
    XCTAssertTrue(request.contains("format=text/tab-separated-values"))
  }

  /// qualityFlags filters on the server; withQualityFlags adds a flag column per sensor,
  /// made here as documented: `<urn> (quality_flag)`.
  func testSensorDataQualityFlags() throws {
    let text = try String(
      contentsOfFile: try Support.fixture("o2a/made_tsg_hourly_flags.tsv"), encoding: .utf8)
    server.route("/rest/data", .ok(text, contentType: "text/tab-separated-values"))
    let value = Support.value(
      "d = fetch(\"o2a:vessel:polarstern:tsg:temperature\", begin=\"2023-06-01T00:00:00\", "
        + "end=\"2023-06-01T01:00:00\", quality=[1, 2], flags=true, workspace=\"\(root)\")\n"
        + "[names(d), list(d.temperature_flag)]")
    XCTAssertEqual(
      value,
      "[[\"time\", \"temperature\", \"temperature_flag\", \"salinity\", \"salinity_flag\"], "
        + "[1, 2, 1]]")
    let request = try XCTUnwrap(server.requests.first)
    XCTAssertTrue(request.contains("qualityFlags=1&qualityFlags=2&withQualityFlags=true"), request)
    XCTAssertTrue(rawFiles.contains { $0.hasSuffix("_hour_q1_2_flags.tsv") }, "\(rawFiles)")
  }

  func testSensorDataNeedsATimeRange() {
    let error = Support.error(
      "fetch(\"o2a:vessel:polarstern:tsg:temperature\", workspace=\"\(root)\")")
    XCTAssertEqual(error.message, "an o2a: fetch needs begin= and end=")
  }

  func testEnvironmentReplacesTheEndpoint() {
    guard let workspace = try? Workspace.load(root: root) else { return XCTFail("no workspace") }
    var settings = ArchiveSettings(workspace: workspace)
    settings.environment = ["AWISH_PANGAEA_URL": "http://127.0.0.1:1/"]
    XCTAssertEqual(settings.endpoint("pangaea"), "http://127.0.0.1:1")
    XCTAssertEqual(settings.origin("pangaea"), "AWISH_PANGAEA_URL")
    XCTAssertEqual(settings.endpoint("o2a"), server.base + "/rest")
    XCTAssertEqual(settings.origin("o2a"), "awish.toml")
    settings.environment = ["AWISH_PANGAEA_TOKEN": "secret"]
    XCTAssertEqual(settings.token("pangaea"), "secret")
  }
}
