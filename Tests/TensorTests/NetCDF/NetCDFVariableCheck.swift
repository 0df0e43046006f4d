import Foundation
import Tensor
import XCTest

/// One variable of a fixture against its entry in the summary JSON.
struct NetCDFVariableCheck {
  let file: NetCDFFile
  let variable: NetCDFVariable
  let expected: [String: Any]
  let label: String

  func run() throws {
    XCTAssertEqual(variable.type.numpyName, expected["dtype"] as? String, label)
    XCTAssertEqual(variable.dimensions, expected["dimensions"] as? [String], label)
    XCTAssertEqual(variable.shape, expected["shape"] as? [Int], label)
    checkAttributes()
    let raw = try file.read(variable)
    if expected["kind"] as? String == "char" {
      return checkChars(raw)
    }
    let (values, valid) = CFDecoder.maskedAndScaled(variable, raw)
    checkNumbers(values, valid)
    checkPacked(raw, valid)
    try checkTimes(raw)
  }

  private func checkAttributes() {
    for (name, value) in expected["attributes"] as? [String: Any] ?? [:] {
      let actual = variable.attribute(name)
      switch value {
      case let text as String where jsonDouble(text) == nil:
        XCTAssertEqual(actual?.text, text, "\(label) @\(name)")
      case let list as [Any]:
        let numbers = list.map(jsonDouble)
        XCTAssertEqual(actual?.numbers?.count, numbers.count, "\(label) @\(name)")
        for (a, b) in zip(actual?.numbers ?? [], numbers) {
          XCTAssertTrue(sameNumber(a, b), "\(label) @\(name): \(a) vs \(String(describing: b))")
        }
      default:
        XCTAssertTrue(
          sameNumber(actual?.number, jsonDouble(value)),
          "\(label) @\(name): \(String(describing: actual)) vs \(value)")
      }
    }
  }

  private func checkChars(_ raw: NetCDFValues) {
    guard case .char(let bytes) = raw else { return XCTFail("\(label) is not char") }
    let fill = variable.attribute("_FillValue")?.text?.utf8.first ?? 0
    let length = variable.shape.last ?? 1
    let reference = referenceStrings(bytes, length: length, fill: fill)
    let first = expected["first_values"] as? [String] ?? []
    XCTAssertEqual(Array(reference.prefix(first.count)), first, label)
    // Decoded strings: the same text with the padding (NUL or space, either end) removed.
    let (decoded, _) = CFDecoder.decode(variable, raw, shape: variable.shape)
    guard case .strings(let strings) = decoded else { return XCTFail("\(label) not strings") }
    for (string, text) in zip(strings, first) {
      let cleaned = String(text.map { $0 == "\0" ? " " : $0 })
        .trimmingCharacters(in: .whitespaces)
      XCTAssertEqual(string.replacingOccurrences(of: "\0", with: " "), cleaned, label)
    }
  }

  private func checkNumbers(_ values: [Double], _ valid: Bitmap?) {
    let isValid = { (i: Int) in valid?.isValid(i) ?? true }
    let first = expected["first_values"] as? [Any] ?? []
    for (index, value) in first.enumerated() where index < values.count {
      if value is NSNull {
        XCTAssertFalse(isValid(index), "\(label)[\(index)] should be missing")
      } else {
        XCTAssertTrue(isValid(index), "\(label)[\(index)] should be valid")
        XCTAssertTrue(
          sameNumber(values[index], jsonDouble(value)),
          "\(label)[\(index)]: \(values[index]) vs \(value)")
      }
    }
    let masked = values.count - (valid?.validCount ?? values.count)
    XCTAssertEqual(masked, expected["n_masked"] as? Int, "\(label) masked count")
    let kept = values.indices.filter(isValid).map { values[$0] }
    if let minimum = jsonDouble(expected["min"]) { XCTAssertEqual(kept.min(), minimum, label) }
    if let maximum = jsonDouble(expected["max"]) { XCTAssertEqual(kept.max(), maximum, label) }
  }

  private func checkPacked(_ raw: NetCDFValues, _ valid: Bitmap?) {
    guard let packed = expected["first_raw_packed"] as? [Any] else { return }
    let stored = raw.doubles
    for (index, value) in packed.enumerated() {
      XCTAssertEqual(stored[index], jsonDouble(value), "\(label) raw[\(index)]")
    }
  }

  private func checkTimes(_ raw: NetCDFValues) throws {
    guard let iso = expected["first_values_iso"] as? [Any] else { return }
    let (decoded, note) = CFDecoder.decode(variable, raw, shape: variable.shape)
    for (index, value) in iso.enumerated() {
      switch (decoded, value) {
      case (_, is NSNull): XCTAssertEqual(decoded.valid?.isValid(index), false, label)
      case (.times(let micro, _), let text as String):
        XCTAssertEqual(CFTimeUnits.text(micro[index], calendar: .standard), text, label)
      case (.calendarTimes(let texts, _, _), let text as String):
        XCTAssertEqual(texts[index], text, label)
      case (.numbers, let text as String):
        XCTAssertTrue(text.hasPrefix("undecodable"), "\(label): \(text) left undecoded")
        XCTAssertNotNil(note, label)
      default: XCTFail("\(label): time \(index) decoded as \(decoded)")
      }
    }
  }
}
