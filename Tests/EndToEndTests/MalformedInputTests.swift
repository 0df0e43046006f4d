import Builtins
import Dispatch
import Foundation
import Interpreter
import Lang
import TestSupport
import XCTest

/// Thousands of malformed programs, made deterministically: each must end as rejected (with
/// diagnostics), failed or successful, and render; never crash or hang.
final class MalformedInputTests: XCTestCase {
  /// Longest time one program may run before it is interrupted like Ctrl-C.
  static let timeLimit: DispatchTimeInterval = .milliseconds(500)

  func testDeepNesting() {
    for (index, program) in MalformedInputs.deepNesting(size: 100_000).enumerated() {
      expectGraceful(program, label: "deep nesting #\(index)")
    }
  }

  func testBrokenLiterals() {
    for (index, program) in MalformedInputs.brokenLiterals.enumerated() {
      expectGraceful(program, label: "broken literal #\(index)")
    }
  }

  func testRandomBytesAndText() {
    var inputs = MalformedInputs(random: SplitMix64(seed: 1))
    for index in 0..<600 {
      expectGraceful(inputs.randomBytes(), label: "random bytes #\(index) (seed 1)")
      expectGraceful(inputs.randomText(), label: "random text #\(index) (seed 1)")
    }
  }

  func testTokenSoup() {
    var inputs = MalformedInputs(random: SplitMix64(seed: 2))
    for index in 0..<1200 {
      expectGraceful(inputs.tokenSoup(), label: "token soup #\(index) (seed 2)")
    }
  }

  func testMutatedPrograms() throws {
    let root = try XCTUnwrap(ScriptTests.scriptsRoot)
    let programs = try ScriptCase.all(in: root).map(\.text)
    var inputs = MalformedInputs(random: SplitMix64(seed: 3))
    for index in 0..<1200 {
      let program = programs[inputs.integer(below: programs.count)]
      expectGraceful(inputs.mutation(of: program), label: "mutation #\(index) (seed 3)")
    }
  }

  /// Runs `program` in a fresh session and checks that it ended in one of the three
  /// outcomes, with diagnostics that render. It runs as a file in a scratch folder of its own,
  /// which is also the script tests' `params.scratch`: a mutated script runs as far as its
  /// original does, and what it writes stays in that folder.
  func expectGraceful(
    _ program: String, label: String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let session = Session(builtins: Builtins.all, output: { _ in })
    // A mutation may ask for most of the machine (`[1] * 1000000000` is 22 GiB): the fuzz
    // harness's 2 GiB ceiling keeps such a run an error instead of the test machine's memory.
    session.run.memoryLimit = 2 << 30
    let scratch = ScratchFolder("malformed")
    defer { scratch.remove() }
    session.setValue(
      .record(RecordObject(keys: ["scratch"], values: [.string(scratch.path)])), for: "params")
    let watchdog = DispatchWorkItem { interruptRequested.store(true, ordering: .relaxed) }
    DispatchQueue.global().asyncAfter(
      deadline: .now() + MalformedInputTests.timeLimit,
      execute: watchdog)
    // Relative paths resolve from the folder of a script file that exists: the scratch
    // folder, not the checkout.
    let name = scratch.path + "/fuzz.awi"
    FileManager.default.createFile(atPath: name, contents: Data(program.utf8))
    let outcome = session.run(program, name: name, keepLastValue: true)
    watchdog.cancel()
    interruptRequested.store(false, ordering: .relaxed)
    let renderer = DiagnosticRenderer(useColor: false)
    switch outcome {
    case .success(let value): _ = value.map(\.repr)
    case .rejected(let diagnostics):
      XCTAssertFalse(
        diagnostics.isEmpty, "\(label): rejected without a diagnostic",
        file: file, line: line)
      XCTAssertFalse(renderer.render(diagnostics).isEmpty, file: file, line: line)
    case .failed(let error):
      XCTAssertFalse(renderer.render(error.diagnostic).isEmpty, file: file, line: line)
    }
  }
}
