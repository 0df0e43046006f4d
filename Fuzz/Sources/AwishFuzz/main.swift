import Builtins
import Foundation
import Guards
import Interpreter
import Lang
import Tensor

/// libFuzzer entry points for awish. The target comes from the environment variable
/// AWISH_FUZZ_TARGET (dev/fuzz.sh sets it); each target feeds the bytes to one reader or
/// to the language, and only a crash, a hang or a sanitizer report is a finding: every
/// error the code throws is a correct answer to bad input.
enum FuzzTarget: String, CaseIterable {
  case parse, eval, csv, pangaea, ecotaxa, zip, wav, model, toml, json, netcdf
}

nonisolated(unsafe) var target = FuzzTarget.parse
nonisolated(unsafe) var scratch = ""

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
  let name = ProcessInfo.processInfo.environment["AWISH_FUZZ_TARGET"] ?? "parse"
  guard let chosen = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("unknown AWISH_FUZZ_TARGET '\(name)': \(names)\n".utf8))
    exit(2)
  }
  target = chosen
  scratch = NSTemporaryDirectory() + "awish-fuzz-\(getpid())"
  try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  MemoryBudget.limit.withValue(Targets.memoryLimit) { feed(target, bytes) }
  return 0
}

/// One input through one target; a direct reader call sees the bound memory limit, a
/// session carries it to its own thread.
func feed(_ target: FuzzTarget, _ bytes: [UInt8]) {
  switch target {
  case .parse: Targets.parse(bytes)
  case .eval: Targets.eval(bytes)
  case .csv: Targets.csv(bytes)
  case .pangaea: Targets.file(bytes, "x.tab", "read_pangaea")
  case .ecotaxa: Targets.file(bytes, "x.tsv", "read_ecotaxa")
  case .zip: Targets.file(bytes, "x.zip", "read_ecotaxa")
  case .wav: Targets.file(bytes, "x.wav", "read_wav")
  case .model: Targets.model(bytes)
  case .toml: _ = try? TOML.parse(String(decoding: bytes, as: UTF8.self))
  case .json: _ = try? JSON.parse(Data(bytes))
  // Classic netCDF only: its header is checked in Swift before libnetcdf sees it. Damaged
  // HDF5 (netCDF-4) structures can crash libhdf5 itself, which no caller can prevent.
  case .netcdf:
    if bytes.starts(with: Array("CDF".utf8)) { Targets.file(bytes, "x.nc", "read_netcdf") }
  }
}

/// libFuzzer's driver, which its runtime exports for programs with a main of their own.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// SwiftPM links an executable's entry point as `<module>_main` (so tests can import it);
/// with -parse-as-library there is none, so this one hands over to libFuzzer's driver.
@_cdecl("AwishFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?)
  -> Int32
{
  var count = argc
  var values = argv
  return runDriver(&count, &values) { testOneInput($0, $1) }
}
