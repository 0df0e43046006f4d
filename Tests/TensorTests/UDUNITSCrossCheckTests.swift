import Foundation
import XCTest

@testable import Tensor

/// awish's units against UDUNITS-2, the library CF-netCDF tools use: the answers committed by
/// Reference/make_udunits_reference.py (checked on every machine), and the `udunits2` tool
/// itself where Debian's udunits-bin is installed.
final class UDUNITSCrossCheckTests: XCTestCase {
  struct Answer: Decodable {
    let factor: Double?
    let shift: Double?
    let refused: String?
  }

  struct Case: Decodable {
    let have: String
    let want: String
    let forward: Answer
    let backward: Answer
    let deviation: String?
  }

  struct Reference: Decodable {
    let cases: [Case]
  }

  static func reference() throws -> [Case] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/udunits_reference.json")
    return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).cases
  }

  /// awish's factor and shift from `have` to `want`, or nil when it refuses.
  static func awish(_ have: String, _ want: String) -> (factor: Double, shift: Double)? {
    guard let from = try? UnitParser.parse(have), let to = try? UnitParser.parse(want),
      let converter = try? from.converter(to: to)
    else { return nil }
    return (converter(1) - converter(0), converter(0))
  }

  /// "" when awish agrees with a UDUNITS-2 answer, else what differs.
  static func disagreement(_ have: String, _ want: String, _ answer: Answer) -> String {
    let mine = awish(have, want)
    guard let factor = answer.factor, let shift = answer.shift else {
      return mine.map { "\(have) -> \(want): UDUNITS-2 refuses, awish gives \($0)" } ?? ""
    }
    guard let mine else { return "\(have) -> \(want): awish refuses, UDUNITS-2 gives \(factor)" }
    // udunits2 prints six significant digits.
    let factorClose = abs(mine.factor - factor) <= 1e-5 * abs(factor)
    let shiftClose = abs(mine.shift - shift) <= max(1e-5 * abs(shift), 1e-9)
    return factorClose && shiftClose
      ? "" : "\(have) -> \(want): awish \(mine), UDUNITS-2 \(factor), \(shift)"
  }

  func testCommittedAnswersAgreeBothWays() throws {
    let cases = try Self.reference()
    let spellings = Set(cases.flatMap { [$0.have, $0.want] })
    XCTAssertGreaterThanOrEqual(spellings.count, 300)
    var compared = 0
    for item in cases where item.deviation == nil {
      for (have, want, answer) in [
        (item.have, item.want, item.forward), (item.want, item.have, item.backward),
      ] {
        let problem = Self.disagreement(have, want, answer)
        XCTAssertEqual(problem, "")
        compared += 1
      }
    }
    XCTAssertGreaterThan(compared, 800)
  }

  /// The deliberate differences still read as docs/units.md says.
  func testDeviationsAreTheDocumentedOnes() throws {
    let cases = try Self.reference().filter { $0.deviation != nil }
    XCTAssertNotNil(Self.awish("nmi", "m").map { $0.factor == 1852 })
    XCTAssertNil(Self.awish("psu", "g/kg"))
    XCTAssertNil(Self.awish("ppt", "1"))
    XCTAssertNil(Self.awish("Sv", "m3/s"))
    XCTAssertEqual(Self.awish("µM", "mol/m3")?.factor ?? 0, 1e-3, accuracy: 1e-15)
    for item in cases where !["ppt", "Sv", "C", "dB", "psu"].contains(item.have) {
      XCTAssertNoThrow(try UnitParser.parse(item.have), item.have)
    }
  }

  func testLiveUDUNITS() throws {
    guard
      let tool = ["/usr/bin/udunits2", "/usr/local/bin/udunits2"]
        .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      print(
        "skipped: udunits2 is not installed (Debian: apt-get install udunits-bin); "
          + "the committed UDUNITS-2 answers were checked instead")
      throw XCTSkip("udunits2 is not installed")
    }
    let cases = try Self.reference().filter { $0.deviation == nil }
    for item in cases.enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) {
      let answer = try Self.run(tool, item.have, item.want)
      XCTAssertEqual(Self.disagreement(item.have, item.want, answer), "")
    }
  }

  /// `udunits2 -H have -W want`: the factor and shift of its `x/want = f*(x/have) + s` line.
  static func run(_ tool: String, _ have: String, _ want: String) throws -> Answer {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = ["-U", "-H", have, "-W", want]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    guard process.terminationStatus == 0, lines.count >= 2,
      let value = lines[0].components(separatedBy: " = ").last?.split(separator: " ").first
        .flatMap({ Double($0) }),
      let rhs = lines[1].components(separatedBy: " = ").last
    else { return Answer(factor: nil, shift: nil, refused: "refused") }
    let shift = shift(rhs)
    guard shift != 0 else { return Answer(factor: value, shift: 0, refused: nil) }
    // With a shift, the second line's factor has more digits left than `v - shift`.
    let factor = rhs.hasPrefix("(") ? 1 : Double(rhs.prefix { $0 != "*" }) ?? .nan
    return Answer(factor: factor, shift: shift, refused: nil)
  }

  /// The `+ s` or `- s` that ends `x/want = f*(x/have) + s`, or 0. Without a shift the factor
  /// comes from the first line, `1 have = v want`, as the generator takes it.
  static func shift(_ rhs: String) -> Double {
    for sign in [" + ", " - "] {
      if let range = rhs.range(of: sign, options: .backwards),
        rhs[..<range.lowerBound].hasSuffix(")")
      {
        return (Double(rhs[range.upperBound...]) ?? .nan) * (sign == " + " ? 1 : -1)
      }
    }
    return 0
  }
}
