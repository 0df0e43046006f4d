import Builtins
import Interpreter
import XCTest

/// Slurm's time and memory formats, awish.toml's [slurm] defaults and what is refused.
final class ResourcesTests: XCTestCase {
  func testSlurmTimeFormats() {
    XCTAssertEqual(SlurmTime.seconds("30"), 1800)
    XCTAssertEqual(SlurmTime.seconds("5:30"), 330)
    XCTAssertEqual(SlurmTime.seconds("2:00:00"), 7200)
    XCTAssertEqual(SlurmTime.seconds("1-12"), 129_600)
    XCTAssertEqual(SlurmTime.seconds("1-0:30"), 88_200)
    XCTAssertEqual(SlurmTime.seconds("1-00:00:05"), 86_405)
    XCTAssertEqual(SlurmTime.seconds("00:01.250"), 1.25)
    for bad in ["2h", "", "1:2:3:4", "-5", "a-1", "1-", ":30", "1e3"] {
      XCTAssertNil(SlurmTime.seconds(bad), bad)
    }
    XCTAssertEqual(SlurmTime.text(minutesCovering: 61), "0:02:00")
    XCTAssertEqual(SlurmTime.text(minutesCovering: 90_000), "1-01:00:00")
    XCTAssertEqual(SlurmTime.text(minutesCovering: 1e300), "36500-00:00:00")
    XCTAssertEqual(SlurmTime.text(minutesCovering: .nan), "0:01:00")
  }

  func testMemorySizes() {
    XCTAssertEqual(SlurmMemory.megabytes("8G"), 8192)
    XCTAssertEqual(SlurmMemory.megabytes("500"), 500)
    XCTAssertEqual(SlurmMemory.megabytes("94788K") ?? 0, 92.566, accuracy: 0.001)
    XCTAssertNil(SlurmMemory.megabytes("8X"))
    XCTAssertNil(SlurmMemory.megabytes("G"))
    XCTAssertEqual(SlurmMemory.text(megabytes: 1500), "2G")
    XCTAssertEqual(SlurmMemory.text(megabytes: 120.2), "121M")
    XCTAssertEqual(SlurmMemory.text(megabytes: .infinity), "976562500G")
  }

  func testValidationNamesTheBadValue() {
    XCTAssertThrowsError(try Resources(time: "2h").validate()) { error in
      XCTAssertEqual((error as? ClusterError)?.message, "malformed time '2h'")
    }
    XCTAssertThrowsError(try Resources(memory: "lots").validate())
    XCTAssertThrowsError(try Resources(cpus: 0).validate())
    XCTAssertNoThrow(try Resources(time: "1-00:00:00", memory: "8G", cpus: 4).validate())
  }

  func testWorkspaceDefaultsAreOverriddenByTheCommandLine() throws {
    let settings = try TOML.parse(
      "[slurm]\ntime = \"1:00:00\"\nmem = \"4G\"\npartition = \"smp\"\ncpus = 2\n")
    let workspace = Workspace(root: "/tmp", settings: settings)
    let defaults = try Resources.defaults(of: workspace)
    let merged = defaults.overridden(by: Resources(memory: "8G"))
    XCTAssertEqual(
      merged.directives,
      ["--time=1:00:00", "--mem=8G", "--cpus-per-task=2", "--partition=smp"])
    let wrong = Workspace(root: "/tmp", settings: try TOML.parse("[slurm]\nqueue = \"x\"\n"))
    XCTAssertThrowsError(try Resources.defaults(of: wrong))
  }
}
