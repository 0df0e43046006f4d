import XCTest

@testable import awish

/// HMAC-SHA256 against the test vectors of RFC 4231 (cases 1–4, 6 and 7).
final class HMACTests: XCTestCase {
  private func bytes(hex: String) -> [UInt8] {
    var result: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
      index = next
    }
    return result
  }

  private func check(key: [UInt8], data: [UInt8], expected: String) {
    XCTAssertEqual(HMAC(key: key).hex([data]), expected)
  }

  func testRFC4231Case1() {
    check(
      key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
      expected: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
  }

  func testRFC4231Case2KeyShorterThanOutput() {
    check(
      key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
      expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  func testRFC4231Case3() {
    check(
      key: [UInt8](repeating: 0xaa, count: 20), data: [UInt8](repeating: 0xdd, count: 50),
      expected: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
  }

  func testRFC4231Case4() {
    check(
      key: bytes(hex: "0102030405060708090a0b0c0d0e0f10111213141516171819"),
      data: [UInt8](repeating: 0xcd, count: 50),
      expected: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
  }

  func testRFC4231Case6KeyLongerThanBlock() {
    check(
      key: [UInt8](repeating: 0xaa, count: 131),
      data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
      expected: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
  }

  func testRFC4231Case7() {
    let data =
      "This is a test using a larger than block-size key and a larger than block-size data. "
      + "The key needs to be hashed before being used by the HMAC algorithm."
    check(
      key: [UInt8](repeating: 0xaa, count: 131), data: Array(data.utf8),
      expected: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
  }

  func testPartsAreSignedAsIfJoined() {
    let signer = HMAC(key: Array("key".utf8))
    XCTAssertEqual(
      signer.hex([Array("ab".utf8), Array("cd".utf8)]), signer.hex([Array("abcd".utf8)]))
  }

  func testVerifyRefusesAChangedSignature() {
    let signer = HMAC(key: Array("key".utf8))
    var signature = Array(signer.hex([[1, 2, 3]]).utf8)
    XCTAssertTrue(signer.verifies(signature, [[1, 2, 3]]))
    signature[0] = signature[0] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
    XCTAssertFalse(signer.verifies(signature, [[1, 2, 3]]))
    XCTAssertFalse(signer.verifies([], [[1, 2, 3]]))
  }
}
