import Builtins
import XCTest

/// sbatch's, sacct's and squeue's answers as Slurm 22.05 gives them (copied from the local
/// test cluster).
final class SlurmAccountingTests: XCTestCase {
  let sacct = """
    1_0|COMPLETED|0:0|00:00:02|00:00.441|1||22899M|UNLIMITED|debug|localhost
    1_0.batch|COMPLETED|0:0|00:00:02|00:00.441|1|94788K||||localhost
    1_1|FAILED|3:0|00:00:04|00:02.000|1||200M|00:05:00|debug|localhost
    1_1.batch|FAILED|3:0|00:00:04|00:02.000|1|2048K||||localhost
    1_2|CANCELLED by 0|0:15|00:00:01|00:00.100|1||200M|00:05:00|debug|localhost
    1_[3-5%2]|CANCELLED by 0|0:0|00:00:00|00:00:00|0||200M|00:05:00|debug|None assigned
    """

  func testSacctMergesTheBatchStepAndExpandsPendingArrays() {
    let tasks = SlurmAccounting.parseSacct(sacct)
    XCTAssertEqual(tasks.keys.sorted(), ["1_0", "1_1", "1_2", "1_3", "1_4", "1_5"])
    let first = tasks["1_0"]
    XCTAssertEqual(first?.state, "COMPLETED")
    XCTAssertEqual(first?.maxRSSMegabytes ?? 0, 92.566, accuracy: 0.001)
    XCTAssertEqual(first?.partition, "debug")
    XCTAssertEqual(tasks["1_1"]?.cpuEfficiency ?? 0, 0.5, accuracy: 1e-9)
    XCTAssertEqual(tasks["1_1"]?.exitCode, "3:0")
    XCTAssertEqual(tasks["1_2"]?.state, "CANCELLED")
    XCTAssertEqual(tasks["1_4"]?.state, "CANCELLED")
    XCTAssertNil(tasks["1_4"]?.node)
  }

  func testSqueueStateWinsWhileSacctLags() {
    let squeue = SlurmAccounting.parseSqueue(
      "1_0|COMPLETED|0:02|UNLIMITED|debug\n7_1|RUNNING|0:01|5:00|debug\n")
    var lagging = SlurmAccounting.parseSacct(sacct)
    lagging["1_0"]?.state = "RUNNING"
    let merged = SlurmAccounting.merged(sacct: lagging, squeue: squeue)
    XCTAssertEqual(merged["1_0"]?.state, "COMPLETED")
    XCTAssertEqual(merged["1_0"]?.maxRSSMegabytes ?? 0, 92.566, accuracy: 0.001)
    XCTAssertEqual(merged["7_1"]?.state, "RUNNING")
    XCTAssertEqual(merged["1_1"]?.state, "FAILED")
  }

  func testSbatchAnswers() {
    XCTAssertEqual(SlurmAccounting.jobID(fromSbatch: "53\n"), "53")
    XCTAssertEqual(SlurmAccounting.jobID(fromSbatch: "53;cluster\n"), "53")
    XCTAssertNil(SlurmAccounting.jobID(fromSbatch: ""))
    XCTAssertEqual(
      SlurmAccounting.refusal(
        fromSbatch: "sbatch: error: invalid partition specified: nope\n"
          + "sbatch: error: Batch job submission failed: Invalid partition name specified\n"),
      "invalid partition specified: nope; Batch job submission failed: Invalid partition name "
        + "specified")
  }
}
