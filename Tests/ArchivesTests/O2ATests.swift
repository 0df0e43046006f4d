import Foundation
import XCTest

@testable import Tensor

/// O2A sensor data: the real RV Heincke answer (read in place from shared/fixtures/o2a) and
/// made answers for the layouts no real one shows (quality flags, several functions), each
/// fetched from a loopback server as a user would, and the header and naming rules alone.
final class O2ATests: XCTestCase {
  typealias Support = ArchiveTestSupport
  var server: LocalHTTPServer!
  var root = ""

  /// The six sensors of the real request, RV Heincke's saab latitude twice (PROVENANCE.md).
  static let heinckeSensors = [
    "vessel:heincke:trimble:longitude", "vessel:heincke:trimble:latitude",
    "vessel:heincke:saab:longitude", "vessel:heincke:saab:latitude",
    "vessel:heincke:phins:longitude", "vessel:heincke:saab:latitude",
  ]
  static let heinckeNames = [
    "time", "trimble_longitude", "trimble_latitude", "saab_longitude", "saab_latitude",
    "phins_longitude",
  ]

  override func setUpWithError() throws {
    server = try LocalHTTPServer()
    root = try Support.workspace(
      "o2a", replacing: [("https://dashboard.awi.de/data/rest", server.base + "/rest")])
  }

  override func tearDown() {
    server.stop()
  }

  /// Runs `code`, giving its value's repr and what it printed.
  private func run(_ code: String) -> (value: String, printed: String) {
    var printed = ""
    switch Support.run(code, output: { printed += $0 }) {
    case .value(let text): return (text, printed)
    case .error(let message, _):
      XCTFail("error: \(message)")
      return ("", printed)
    }
  }

  private func serveMade(_ name: String) throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: try Support.fixture("o2a/" + name)))
    server.route("/rest/data", .bytes([UInt8](bytes), contentType: "text/tab-separated-values"))
  }

  // MARK: The real answer

  func testRealHeinckeAnswerFetched() throws {
    let bytes = try Data(
      contentsOf: URL(fileURLWithPath: try Support.real("o2a/skamixmap_heincke_raw.csv")))
    server.route("/rest/data", .bytes([UInt8](bytes), contentType: "text/tab-separated-values"))
    let uri = "o2a:" + Self.heinckeSensors.joined(separator: ",")
    let (value, printed) = run(
      "d = fetch(\"\(uri)\", begin=\"2025-07-23T13:48:00\", end=\"2025-07-24T15:48:00\", "
        + "aggregate=\"minute\", workspace=\"\(root)\")\n"
        + "[nrow(d), names(d), d.time[0], d.time[130], d.saab_latitude[0], "
        + "d.trimble_longitude.unit, len(metadata(d).sensors), metadata(d).sensors[3].urn]")
    let names = Self.heinckeNames.map { "\"\($0)\"" }.joined(separator: ", ")
    XCTAssertEqual(
      value,
      "[131, [\(names)], \"2025-07-23T13:56:00\", \"2025-07-24T11:36:00\", 53.53314, nil, 5, "
        + "\"vessel:heincke:saab:latitude\"]")
    XCTAssertEqual(
      printed,
      "fetch: vessel:heincke:saab:latitude (mean) is in the response twice, as fields 5 (no "
        + "values), 7 (131 values); kept field 7\n")
    let request = try XCTUnwrap(server.requests.first)
    let sensors = Self.heinckeSensors.map { "sensors=\($0)" }.joined(separator: "&")
    XCTAssertTrue(request.hasPrefix("/rest/data?\(sensors)&beginDate=2025-07-23T13:48:00"), request)
    XCTAssertTrue(request.contains("&aggregate=MINUTE&aggregateFunctions=MEAN&"), request)
    let raw = try FileManager.default.contentsOfDirectory(atPath: root + "/raw/o2a")
    XCTAssertEqual(raw.count, 1)
    XCTAssertTrue(
      raw.first?.hasPrefix("vessel_heincke_trimble_longitude_and_5_more_") == true, "\(raw)")
    XCTAssertTrue(raw.first?.hasSuffix("_2025-07-24T15_48_00_minute.tsv") == true, "\(raw)")
  }

  /// Every row, time and value of the real answer against the file split by hand.
  func testRealHeinckeAnswerEveryValue() throws {
    let path = try Support.real("o2a/skamixmap_heincke_raw.csv")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let frame = try O2AReader.parse(bytes, sourceName: path)
    XCTAssertEqual(frame.names, Self.heinckeNames)
    XCTAssertEqual(frame.rowCount, 131)
    for column in frame.columns { XCTAssertNil(column.unit, column.name) }
    let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
    XCTAssertEqual(lines.count, 133)  // the header, 131 rows, the empty text after the last CRLF
    let rows = lines.dropFirst().filter { !$0.isEmpty }.map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
    guard case .time(let times) = frame.columns[0].storage else { return XCTFail("no times") }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    // The file's fields, in frame order: the saab latitude is its field 7 (field 5 is empty).
    let fields = [1, 2, 3, 6, 5]
    for (row, line) in rows.enumerated() {
      let date = try XCTUnwrap(formatter.date(from: line[0] + "Z"), String(line[0]))
      XCTAssertEqual(times[row], Int64(date.timeIntervalSince1970) * 1_000_000, "row \(row)")
      XCTAssertEqual(line[4], "", "row \(row)")
      for (column, field) in zip(frame.columns.dropFirst(), fields) {
        guard case .float(let values) = column.storage else { return XCTFail(column.name) }
        XCTAssertEqual(values[row], Double(line[field]), "\(column.name) row \(row)")
      }
    }
    // Only bins with data: minute bins, rows 600 s apart.
    XCTAssertEqual(Set(zip(times.dropFirst(), times).map { $0 - $1 }), [600_000_000])
    let sensors = frame.metadata.filter { $0.key == "sensor" }.map(\.value)
    XCTAssertEqual(
      sensors.first,
      "column=trimble_longitude\turn=vessel:heincke:trimble:longitude\tfunction=mean\tunit=")
    XCTAssertEqual(sensors.count, 5)
    XCTAssertEqual(frame.metadata.filter { $0.key == "note" }.count, 1)
    XCTAssertFalse(frame.metadata.contains { $0.key == "flag_meanings" })
  }

  func testReadO2AReadsASavedAnswer() throws {
    let path = try Support.real("o2a/skamixmap_heincke_raw.csv")
    let (value, printed) = run("d = read_o2a(\"\(path)\")\n[nrow(d), ncol(d), metadata(d).notes]")
    XCTAssertEqual(
      value,
      "[131, 6, [\"vessel:heincke:saab:latitude (mean) is in the response twice, as fields 5 "
        + "(no values), 7 (131 values); kept field 7\"]]")
    XCTAssertTrue(printed.hasPrefix("read_o2a: vessel:heincke:saab:latitude (mean)"), printed)
  }

  /// A saved answer fetched as a file (here named .csv, as saved by its owner) is read as
  /// an answer; a table that merely starts with a datetime column is not.
  func testFileFetchRecognisesAnAnswer() throws {
    let path = try Support.real("o2a/skamixmap_heincke_raw.csv")
    let (value, printed) = run("names(fetch(\"file:\(path)\", workspace=\"\(root)\"))")
    XCTAssertEqual(value, "[" + Self.heinckeNames.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
    XCTAssertTrue(printed.hasPrefix("fetch: vessel:heincke:saab:latitude (mean)"), printed)
    let plain = root + "/plain.tsv"
    try "datetime\ttemp\n2023-06-01T00:00:00\t4.1\n".write(
      toFile: plain, atomically: true, encoding: .utf8)
    XCTAssertEqual(
      Support.value("names(fetch(\"file:\(plain)\", workspace=\"\(root)\"))"),
      "[\"datetime\", \"temp\"]")
  }

  // MARK: Made answers

  /// The documented flag layout (made: no real answer with flags exists): `<urn>
  /// (quality_flag)` after each sensor, values of AWI's scheme 0–7.
  func testQualityFlagColumns() throws {
    try serveMade("made_tsg_hourly_flags.tsv")
    let (value, printed) = run(
      "d = fetch(\"o2a:vessel:polarstern:tsg:temperature,vessel:polarstern:tsg:salinity\", "
        + "begin=\"2023-06-01\", end=\"2023-06-02\", quality=[1, 2], flags=true, "
        + "workspace=\"\(root)\")\n"
        + "m = metadata(d)\n"
        + "[names(d), d.temperature_flag.type, list(d.salinity_flag), d.salinity.unit, "
        + "d.temperature_flag.unit, m.flag_meanings[\"4\"], "
        + "list(recode(d.temperature_flag, m.flag_meanings)), m.sensors[3].function, "
        + "m.sensors[3].urn]")
    XCTAssertEqual(
      value,
      "[[\"time\", \"temperature\", \"temperature_flag\", \"salinity\", \"salinity_flag\"], "
        + "\"int\", [1, nil, 2], \"PSU\", nil, \"bad data\", "
        + "[\"good data\", \"probably good\", \"good data\"], \"quality_flag\", "
        + "\"vessel:polarstern:tsg:salinity\"]")
    XCTAssertEqual(printed, "")
    let request = try XCTUnwrap(server.requests.first)
    XCTAssertTrue(request.contains("qualityFlags=1&qualityFlags=2&withQualityFlags=true"), request)
  }

  /// Several aggregate functions (made: no real answer with more than mean exists).
  func testSeveralFunctions() throws {
    try serveMade("made_tsg_hourly_functions.tsv")
    let (value, _) = run(
      "d = fetch(\"o2a:vessel:polarstern:tsg:temperature,vessel:polarstern:tsg:salinity\", "
        + "begin=\"2023-06-01\", end=\"2023-06-02\", functions=[\"mean\", \"MAX\", \"stddev\", "
        + "\"n\"], workspace=\"\(root)\")\n"
        + "[names(d), [d.temperature_mean.unit, d.temperature_max.unit, "
        + "d.temperature_stddev.unit, d.temperature_n.unit, d.salinity_stddev.unit], "
        + "d.temperature_stddev[2], d.salinity_max[1], metadata(d).sensors[3].function, "
        + "metadata(d).sensors[3].unit]")
    let names =
      ["mean", "max", "stddev", "n"].map { "\"temperature_\($0)\"" }
      + ["mean", "max", "stddev", "n"].map { "\"salinity_\($0)\"" }
    XCTAssertEqual(
      value,
      "[[\"time\", \(names.joined(separator: ", "))], [\"°C\", \"°C\", \"°C\", nil, \"0/00\"], "
        + "0.08, nil, \"n\", \"°C\"]")
    let request = try XCTUnwrap(server.requests.first)
    XCTAssertTrue(
      request.contains(
        "aggregateFunctions=MEAN&aggregateFunctions=MAX&aggregateFunctions=STDDEV"
          + "&aggregateFunctions=N&format="), request)
    // Another set of functions is another request, not the cached copy.
    let raw = try FileManager.default.contentsOfDirectory(atPath: root + "/raw/o2a")
    XCTAssertTrue(raw.first?.hasSuffix("_hour_mean-max-stddev-n.tsv") == true, "\(raw)")
  }

  func testFunctionNamesAreChecked() {
    let error = Support.error(
      "fetch(\"o2a:vessel:polarstern:tsg:temperature\", begin=\"2023-06-01\", "
        + "end=\"2023-06-02\", functions=[\"mean&x=1\"], workspace=\"\(root)\")")
    XCTAssertEqual(error.message, "'mean&x=1' is not an aggregate function name")
    XCTAssertTrue(server.requests.isEmpty)
  }

  /// Raw values (aggregate=second) have no function: none is sent, and asking for one is
  /// an error (FORMAT.md §2: the service's clients send none with `second`).
  func testSecondsSendNoFunction() throws {
    server.route(
      "/rest/data",
      .ok(
        "datetime\tvessel:a:tsg:temperature [°C]\n2023-06-01T00:00:01.000\t4.1\n",
        contentType: "text/tab-separated-values"))
    XCTAssertEqual(
      Support.value(
        "names(fetch(\"o2a:vessel:a:tsg:temperature\", begin=\"2023-06-01\", end=\"2023-06-02\", "
          + "aggregate=\"second\", workspace=\"\(root)\"))"), "[\"time\", \"temperature\"]")
    let request = try XCTUnwrap(server.requests.first)
    XCTAssertTrue(request.contains("aggregate=SECOND&format="), request)
    XCTAssertFalse(request.contains("aggregateFunctions"), request)
    let error = Support.error(
      "fetch(\"o2a:vessel:a:tsg:temperature\", begin=\"2023-06-01\", end=\"2023-06-02\", "
        + "aggregate=\"second\", functions=[\"max\"], workspace=\"\(root)\")")
    XCTAssertEqual(
      error.message, "functions= does not apply to aggregate=\"second\": those are the raw values")
  }

  func testEveryURNOfAListIsChecked() {
    let error = Support.error(
      "fetch(\"o2a:vessel:polarstern:tsg:temperature,tsg:salinity\", begin=\"2023-06-01\", "
        + "end=\"2023-06-02\", workspace=\"\(root)\")")
    XCTAssertEqual(error.message, "'tsg:salinity' is not a sensor URN")
  }

  /// The service leaves out bins without data (02:00 here); resample gives every bin.
  func testResampleFillsTheBinsTheServiceLeavesOut() throws {
    let path = try Support.fixture("o2a/made_tsg_hourly_flags.tsv")
    let (value, _) = run(
      "d = read_o2a(\"\(path)\")\n"
        + "h = d |> resample(every=\"1h\") |> summarize(t=mean(.temperature), n=len(.temperature))\n"
        + "[nrow(d), nrow(h), list(h.t), list(h.n), h.time[2]]")
    XCTAssertEqual(
      value, "[3, 4, [4.12, 4.15, nil, 4.2], [1, 1, 0, 1], \"2023-06-01T02:00:00\"]")
  }

  // MARK: Header and naming rules

  func testHeaderGrammar() {
    let salinity = O2AHeader("vessel:heincke:tsg:salinity (mean) [0/00]")
    XCTAssertEqual(salinity.urn, "vessel:heincke:tsg:salinity")
    XCTAssertEqual(salinity.function, "mean")
    XCTAssertEqual(salinity.unit, "0/00")
    XCTAssertFalse(salinity.isFlag)
    let raw = O2AHeader("vessel:mya:temp [°C]")
    XCTAssertEqual([raw.urn, raw.function, raw.unit], ["vessel:mya:temp", nil, "°C"])
    let flag = O2AHeader("vessel:mya:temp (quality_flag)")
    XCTAssertEqual([flag.urn, flag.function, flag.unit], ["vessel:mya:temp", nil, nil])
    XCTAssertTrue(flag.isFlag)
    let empty = O2AHeader("vessel:heincke:trimble:longitude (MEAN) []")
    XCTAssertEqual([empty.function, empty.unit], ["mean", nil])
  }

  func testNamesTakeAsMuchOfTheURNAsNeeded() {
    let headers = [
      "vessel:polarstern:tsg:temperature (mean) [°C]",
      "vessel:heincke:tsg:temperature (mean) [°C]",
      "vessel:heincke:ctd:temperature (mean) [°C]",
      "vessel:heincke:dwd:humidity$NRT (mean) [%]",
      "vessel:heincke:dwd:time (mean) []",
      "vessel:heincke:dwd:humidity$NRT (quality_flag)",
    ].map(O2AHeader.init)
    XCTAssertEqual(
      O2ANaming.names(headers),
      [
        "polarstern_tsg_temperature", "heincke_tsg_temperature", "ctd_temperature",
        "humidity_NRT", "time_2", "humidity_NRT_flag",
      ])
  }

  func testOneFunctionOtherThanMeanIsNamed() {
    let headers = ["vessel:a:tsg:temperature (max) [°C]"].map(O2AHeader.init)
    XCTAssertEqual(O2ANaming.names(headers), ["temperature_max"])
  }

  // MARK: Odd answers

  private func parse(_ text: String) throws(CSVError) -> Frame {
    try O2AReader.parse(Array(text.utf8), sourceName: "answer.tsv")
  }

  func testRepeatWithMoreValuesWinsAndATieKeepsTheFirst() throws {
    let urn = "vessel:a:tsg:temperature (mean) [°C]"
    let more = try parse(
      "datetime\t\(urn)\t\(urn)\n2023-06-01 00:00:00\t1.5\t2.5\n2023-06-01 01:00:00\t\t3.5\n")
    XCTAssertEqual(more.names, ["time", "temperature"])
    guard case .float(let values) = more.columns[1].storage else { return XCTFail("not floats") }
    XCTAssertEqual(values, [2.5, 3.5])
    let tie = try parse("datetime\t\(urn)\t\(urn)\n2023-06-01T00:00:00.000\t1.5\t2.5\n")
    guard case .float(let first) = tie.columns[1].storage else { return XCTFail("not floats") }
    XCTAssertEqual(first, [1.5])
    XCTAssertEqual(
      tie.metadata.first(where: { $0.key == "note" })?.value,
      "vessel:a:tsg:temperature (mean) is in the response twice, as fields 2 (1 value), "
        + "3 (1 value); kept field 2")
  }

  func testAnswerWithoutRowsHasATimeColumn() throws {
    let frame = try parse("datetime\tvessel:a:tsg:temperature (mean) [°C]\r\n")
    XCTAssertEqual(frame.rowCount, 0)
    XCTAssertEqual(frame.columns.first?.type, .time)
    XCTAssertEqual(frame.names, ["time", "temperature"])
  }

  func testFlagsWrittenAsDecimalsBecomeInts() throws {
    let frame = try parse(
      "datetime\tvessel:a:b:t (mean) [°C]\tvessel:a:b:t (quality_flag)\n"
        + "2023-06-01T00:00:00\t1.5\t1.0\n2023-06-01T01:00:00\t1.6\t\n")
    XCTAssertEqual(frame.column(named: "t_flag")?.type, .int)
    XCTAssertEqual(frame.column(named: "t_flag")?.missingCount, 1)
  }

  func testAnswerThatIsNotTheServicesIsRefused() {
    XCTAssertThrowsError(try parse("<html><body>Service unavailable</body></html>\n")) { error in
      XCTAssertEqual(
        (error as? CSVError)?.message,
        "an O2A response starts with a 'datetime' column, not '<html><body>Service unavailable</body></…'"
      )
    }
    XCTAssertThrowsError(try parse("datetime\tvessel:a:b:t (mean) []\nyesterday\t1\n")) { error in
      XCTAssertEqual(
        (error as? CSVError)?.message, "the O2A 'datetime' column does not hold ISO 8601 times")
    }
  }
}
