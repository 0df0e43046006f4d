import Builtins
import Foundation
import Interpreter
import Tensor
import TestSupport
import XCTest

/// read_netcdf, to_frame and write_netcdf from awi: slices, frames of the real files,
/// groups, raw/ refusal, and files that netCDF4-python and xarray read back to the same
/// values.
final class NetCDFBuiltinsTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    guard NetCDFFile.isAvailable else {
      throw XCTSkip("libnetcdf is not installed (Debian: libnetcdf19); netCDF builtins not checked")
    }
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-nc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("raw"), withIntermediateDirectories: true)
    try Data().write(to: folder.appendingPathComponent("awish.toml"))
  }

  override func tearDown() {
    if let folder { try? FileManager.default.removeItem(at: folder) }
  }

  private func run(_ code: String) -> (output: String, error: String?) {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    let script = folder.appendingPathComponent("script.awi").path
    _ = FileManager.default.createFile(atPath: script, contents: Data(code.utf8))
    switch session.run(code, name: script) {
    case .success: return (output, nil)
    case .rejected(let diagnostics): return (output, diagnostics.map(\.message).joined())
    case .failed(let error): return (output, error.message)
    }
  }

  func testSliceReadsPartOfAnArgoProfile() throws {
    let path = try SharedFixtures.path("netcdf/D1901119_001.nc")
    let result = run(
      """
      ds = read_netcdf("\(path)")
      t = ds.TEMP[0, 0:3]
      print(t.shape, t.unit, list(t))
      print(ds.PLATFORM_NUMBER.values[0], ds.JULD.values[0], ds.TEMP.dims)
      f = to_frame(ds, ["TEMP", "PSAL", "PRES", "JULD"])
      print(nrow(f), f.TEMP_QC[0], f.JULD[69], f.TEMP.unit)
      print(ds.TEMP.raw.shape, ds.TEMP.attrs._FillValue)
      """)
    XCTAssertNil(result.error)
    let lines = result.output.split(separator: "\n")
    XCTAssertEqual(
      lines.first, "[3] degree_Celsius [20.773000717163086, 20.773000717163086, 20.774999618530273]"
    )
    XCTAssertEqual(
      lines.dropFirst().first, "1901119 2008-07-29T19:26:41.999988 [\"N_PROF\", \"N_LEVELS\"]")
    XCTAssertEqual(lines.dropFirst(2).first, "70 1 2008-07-29T19:26:41.999988 degree_Celsius")
    XCTAssertEqual(lines.dropFirst(3).first, "[1, 70] 99999.0")
  }

  func testMooringFrameKeepsFlagsAndScalarCoordinates() throws {
    let name =
      "IMOS_ANMN-NRS_TZ_20180406T080000Z_NRSROT_FV01_NRSROT-1804-SBE39-27_END-"
      + "20180413T064000Z_C-20200313T000000Z.nc"
    let path = try SharedFixtures.path("netcdf/" + name)
    let result = run(
      """
      f = to_frame(read_netcdf("\(path)"), ["DEPTH", "TEMP"])
      print(names(f))
      print(f.DEPTH[0], f.DEPTH_quality_control[0], f.TEMP_quality_control[0], f.LATITUDE[5])
      """)
    XCTAssertNil(result.error)
    XCTAssertEqual(
      result.output,
      """
      ["TIME", "LATITUDE", "LONGITUDE", "NOMINAL_DEPTH", "DEPTH", "DEPTH_quality_control", "TEMP", "TEMP_quality_control"]
      nil Bad_data Good_data -31.9895833333

      """)
  }

  func testAllFillVariableIsAllMissing() throws {
    let path = try SharedFixtures.path("netcdf/SSTAARS_daily_fit.nc")
    let result = run(
      """
      ds = read_netcdf("\(path)")
      f = to_frame(ds, ["TEMP"])
      print(nrow(f), nrow(drop_na(f)), len(ds.DAY_OF_YEAR.values), ds.DAY_OF_YEAR[0])
      """)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "365 0 365 1.0\n")
  }

  func testWritingIntoRawIsRefused() {
    let refused = run("write_netcdf(frame(a=[1.0]), \"raw/x.nc\")")
    XCTAssertTrue(refused.error?.contains("read-only raw folder") ?? false, "\(refused)")
  }

  func testGroupsAreNavigable() {
    let result = run(
      """
      write_netcdf({ctd: frame(depth=[1.0, 2.0], temp=[3.5, 3.25]), mooring: frame(t=[1, 2, 3])}, "g.nc", index=nil)
      ds = read_netcdf("g.nc")
      print(ds.groups, ds.ctd.temp.values[1], nrow(to_frame(ds.mooring)), ds.ctd.format)
      """)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "[\"ctd\", \"mooring\"] 3.25 3 NETCDF4\n")
  }

  func testRoundTripThroughNetCDF4AndXarray() throws {
    let result = run(
      """
      times = parse_time(column(["2020-01-01T00:00:00Z", "2020-01-02T06:30:00.25Z", "2020-01-03T00:00:00Z"]))
      f = frame(depth=[5.0, 10.0, 20.0], temp=[2.5, nil, -1.75], t=times, station=["a", "b", "a"], n=[1, nil, 3], ok=[true, false, true])
      f.temp = column(f.temp, unit="°C")
      write_netcdf(f, "rt.nc", index="depth", compression=4, title="round trip")
      back = to_frame(read_netcdf("rt.nc"))
      print(back.temp.unit, back.t[1], back.n[1], back.station[2])
      """)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "°C 2020-01-02T06:30:00.250000 nil a\n")
    let script = """
      import sys
      try:
          import netCDF4, xarray, numpy as np
      except ImportError:
          print("SKIP"); sys.exit(0)
      path = sys.argv[1]
      with netCDF4.Dataset(path) as ds:
          assert ds.Conventions == "CF-1.10", ds.Conventions
          assert ds.title == "round trip"
          assert "write_netcdf" in ds.history and "source" in ds.ncattrs()
          temp = ds["temp"][:]
          assert temp.mask.tolist() == [False, True, False], temp
          assert temp[0] == 2.5 and temp[2] == -1.75
          assert ds["temp"].units == "°C" and ds["temp"].long_name == "temp"
          assert ds["depth"][:].tolist() == [5.0, 10.0, 20.0]
          assert ds["n"][:].mask.tolist() == [False, True, False]
          assert ds["station"][:].tolist() == ["a", "b", "a"]
          assert ds["temp"].filters()["zlib"] is True
      x = xarray.open_dataset(path)
      frame = x.to_dataframe()
      assert list(frame.index) == [5.0, 10.0, 20.0]
      assert np.isnan(frame["temp"].iloc[1]) and frame["temp"].iloc[2] == -1.75
      assert str(x["t"].values[1]) == "2020-01-02T06:30:00.250000000", x["t"].values[1]
      assert list(frame["ok"]) == [1, 0, 1]
      print("OK")
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, folder.appendingPathComponent("rt.nc").path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch {
      throw XCTSkip("python3 is not installed; the netCDF round trip is not checked in Python")
    }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if output.hasPrefix("SKIP") {
      throw XCTSkip("netCDF4 and xarray are not installed (pip install netCDF4 xarray)")
    }
    XCTAssertEqual(output, "OK\n")
  }
}
