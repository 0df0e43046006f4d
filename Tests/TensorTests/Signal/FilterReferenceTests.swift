import XCTest

@testable import Tensor

/// Butterworth sosfiltfilt and resample_poly against scipy.signal.
final class FilterReferenceTests: XCTestCase {
  func filters() throws -> [String: [String: Any]] {
    try XCTUnwrap(SignalReferenceTests.reference["filters"] as? [String: [String: Any]])
  }

  func compare(_ y: [Double], _ expected: [String: Any], _ name: String) throws {
    let samples = try XCTUnwrap(expected["every97"] as? [Double])
    let picked = stride(from: 0, to: y.count, by: 97).map { y[$0] }
    XCTAssertEqual(picked.count, samples.count, name)
    let peak = samples.reduce(0) { max($0, abs($1)) }
    for (a, b) in zip(picked, samples) { XCTAssertEqual(a, b, accuracy: 1e-9 * peak, name) }
    let sum = try XCTUnwrap(expected["sum"] as? Double)
    XCTAssertEqual(y.reduce(0, +), sum, accuracy: 1e-9 * Double(y.count) * peak, name)
  }

  func testButterworthZeroPhaseMatchesScipy() throws {
    let x = SignalReferenceTests.synthetic()
    for (name, expected) in try filters()
    where name.hasPrefix("low") || name.hasPrefix("high") || name.hasPrefix("band") {
      let order = try XCTUnwrap(expected["order"] as? Int)
      let kind = try XCTUnwrap(
        Butterworth.Kind(rawValue: try XCTUnwrap(expected["kind"] as? String)))
      var cutoffs = expected["cutoff"] as? [Double] ?? []
      if let single = expected["cutoff"] as? Double { cutoffs = [single] }
      let sections = Butterworth.sections(
        order: order, cutoffs: cutoffs.map { $0 / 4000 }, kind: kind)
      XCTAssertEqual(sections.count, kind == .bandpass ? order : (order + 1) / 2, name)
      try compare(try Filtering.filtfilt(x, sections: sections), expected, name)
    }
  }

  func testPolyphaseResamplingMatchesScipy() throws {
    let x = SignalReferenceTests.synthetic()
    for (name, expected) in try filters() where name.hasPrefix("resample") {
      let up = try XCTUnwrap(expected["up"] as? Int)
      let down = try XCTUnwrap(expected["down"] as? Int)
      let y = Filtering.resample(x, up: up, down: down)
      XCTAssertEqual(y.count, expected["length"] as? Int, name)
      try compare(y, expected, name)
    }
  }

  func testShortSignalsAreRefused() {
    let sections = Butterworth.sections(order: 4, cutoffs: [0.1], kind: .lowpass)
    XCTAssertThrowsError(try Filtering.filtfilt([1, 2, 3], sections: sections))
  }
}
