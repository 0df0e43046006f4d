import Foundation
import Tensor
import XCTest

/// Times in every CF calendar against cftime (Reference/make_cftime_reference.py).
final class CFCalendarTests: XCTestCase {
  func testEveryCalendarMatchesCftime() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Reference/cftime_reference.json")
    let json = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let cases = try XCTUnwrap(json["cases"] as? [[String: Any]])
    XCTAssertGreaterThan(cases.count, 50)
    for item in cases {
      let units = try XCTUnwrap(item["units"] as? String)
      let name = try XCTUnwrap(item["calendar"] as? String)
      let values = try XCTUnwrap(item["values"] as? [NSNumber]).map { Double("\($0)") ?? .nan }
      let calendar = try XCTUnwrap(CFCalendar(attribute: name), name)
      guard let expected = item["iso"] as? [String] else {
        // cftime refuses the reference date in this calendar (31 December in 360_day).
        XCTAssertNil(CFTimeUnits(units: units, calendar: calendar), "\(units) in \(name)")
        continue
      }
      let encoding = try XCTUnwrap(CFTimeUnits(units: units, calendar: calendar), units)
      for (value, text) in zip(values, expected) {
        let micro = try XCTUnwrap(encoding.microseconds(value))
        XCTAssertEqual(encoding.text(micro), text, "\(value) \(units) in \(name)")
      }
    }
  }

  func testNoneAndUnknownCalendarsAreNotDecoded() {
    XCTAssertNil(CFCalendar(attribute: "none"))
    XCTAssertNil(CFCalendar(attribute: "martian"))
    XCTAssertEqual(CFCalendar(attribute: " Gregorian "), .standard)
    XCTAssertEqual(CFCalendar(attribute: "365_day"), .noLeap)
  }

  func testUnitsThatAreNotTimes() {
    XCTAssertNil(CFTimeUnits(units: "degree_Celsius", calendar: .standard))
    XCTAssertNil(CFTimeUnits(units: "days since yesterday", calendar: .standard))
    XCTAssertNil(CFTimeUnits(units: "months since 2000-01-01", calendar: .standard))
    XCTAssertNotNil(CFTimeUnits(units: "months since 2000-01-01", calendar: .day360))
    XCTAssertNil(CFTimeUnits(units: "days since 2001-02-29", calendar: .noLeap))
    XCTAssertNotNil(CFTimeUnits(units: "days since 2001-02-30", calendar: .day360))
  }
}
