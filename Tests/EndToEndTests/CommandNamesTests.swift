import ArgumentParser
import XCTest

@testable import awish

/// Every command names itself, so the parser never derives a name by reflection at startup
/// (see `Awish`).
final class CommandNamesTests: XCTestCase {
  func testEveryCommandStatesItsName() {
    var unnamed: [String] = []
    var names: [String] = []
    func walk(_ command: ParsableCommand.Type, path: String) {
      let configuration = command.configuration
      guard let name = configuration.commandName else {
        unnamed.append("\(path) > \(command)")
        return
      }
      names.append(path.isEmpty ? name : "\(path) \(name)")
      for sub in configuration.subcommands {
        walk(sub, path: path.isEmpty ? name : "\(path) \(name)")
      }
    }
    walk(Awish.self, path: "")
    XCTAssertEqual(unnamed, [])
    XCTAssertTrue(names.contains("awish sweep status"), "\(names)")
    XCTAssertTrue(names.contains("awish kernel install"), "\(names)")
  }
}
