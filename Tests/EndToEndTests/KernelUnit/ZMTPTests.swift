import XCTest

@testable import awish

/// ZMTP 3.0 framing and greeting, and the Jupyter wire format, without sockets.
final class ZMTPTests: XCTestCase {
  func testShortAndLongFramesRoundTripInPieces() throws {
    let long = [UInt8](repeating: 7, count: 300)
    let bytes = ZMTPWire.message([[1, 2, 3], long, []])
    XCTAssertEqual(Array(bytes[0..<2]), [ZMTPWire.more, 3])
    XCTAssertEqual(bytes[5], ZMTPWire.more | ZMTPWire.long)
    var reader = ZMTPFrameReader()
    var frames: [ZMTPFrameReader.Frame] = []
    for byte in bytes {
      reader.append([byte])
      while let frame = try reader.next() { frames.append(frame) }
    }
    XCTAssertEqual(frames.map(\.body), [[1, 2, 3], long, []])
    XCTAssertEqual(frames.map(\.hasMore), [true, true, false])
  }

  func testOversizedFrameIsRefused() {
    var reader = ZMTPFrameReader()
    reader.append([ZMTPWire.long, 0xFF, 0, 0, 0, 0, 0, 0, 0][...])
    XCTAssertThrowsError(try reader.next())
  }

  func testGreetingIsZMTP3WithNull() {
    XCTAssertEqual(ZMTPWire.greeting.count, 64)
    XCTAssertNil(ZMTPWire.problem(inGreeting: ZMTPWire.greeting[...]))
    var curve = ZMTPWire.greeting
    curve.replaceSubrange(12..<17, with: Array("CURVE".utf8))
    XCTAssertEqual(ZMTPWire.problem(inGreeting: curve[...]), "security mechanism CURVE is not NULL")
    var old = ZMTPWire.greeting
    old[10] = 2
    XCTAssertNotNil(ZMTPWire.problem(inGreeting: old[...]))
  }

  func testReadyCarriesTheSocketType() throws {
    let ready = ZMTPWire.ready(socketType: "ROUTER")
    var reader = ZMTPFrameReader()
    reader.append(ready[...])
    let frame = try XCTUnwrap(try reader.next())
    XCTAssertTrue(frame.isCommand)
    let command = try XCTUnwrap(ZMTPWire.command(frame.body))
    XCTAssertEqual(command.name, "READY")
    XCTAssertEqual(ZMTPWire.properties(command.data)["socket-type"], Array("ROUTER".utf8))
  }

  func testSignedMessageDecodesAndABadSignatureIsRefused() throws {
    let codec = MessageCodec(key: Array("secret".utf8))
    var frames = codec.encode(
      "execute_request", ["code": "1 + 1"], parent: nil, identities: [[9, 9]])
    guard case .success(let message) = codec.decode(frames) else { return XCTFail("refused") }
    XCTAssertEqual(message.type, "execute_request")
    XCTAssertEqual(message.string("code"), "1 + 1")
    XCTAssertEqual(message.identities, [[9, 9]])
    frames[frames.count - 1] = Array("{\"code\": \"rm\"}".utf8)
    guard case .failure(.badSignature) = codec.decode(frames) else {
      return XCTFail("a changed content was not refused")
    }
    let other = MessageCodec(key: Array("other".utf8))
    guard
      case .failure(.badSignature) = other.decode(
        codec.encode("x", [:], parent: nil, identities: []))
    else { return XCTFail("a message signed with another key was taken") }
  }

  func testHistoryGlob() {
    func matches(_ pattern: String, _ text: String) -> Bool {
      Kernel.globMatches(Array(pattern)[...], Array(text)[...])
    }
    XCTAssertTrue(matches("6 *", "6 * 7"))
    XCTAssertTrue(matches("*plot*", "p = plot(x)"))
    XCTAssertTrue(matches("a?c", "abc"))
    XCTAssertFalse(matches("a?c", "abbc"))
    XCTAssertFalse(matches("x*", "yx"))
  }

  func testConnectionEndpoints() {
    XCTAssertEqual(Endpoint(transport: "ipc", ip: "/tmp/k", port: 3), .ipc(path: "/tmp/k-3"))
    XCTAssertEqual(
      Endpoint(transport: "tcp", ip: "127.0.0.1", port: 5555), .tcp(host: "127.0.0.1", port: 5555))
  }
}

/// The kernel's JSON writer against Foundation's reader.
final class JSONTextTests: XCTestCase {
  func testWrittenJSONReadsBack() throws {
    let object: [String: Any] = [
      "text": "a \"quoted\" \\ line\nnext\t\u{1}°C", "count": 42, "ratio": 0.25,
      "flag": true, "none": NSNull(), "list": [1, "two", [3.5]],
      "nested": ["data": ["text/plain": "x"]], "infinite": Double.infinity,
    ]
    let bytes = JSONText.bytes(object)
    let read = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    XCTAssertEqual(read["text"] as? String, "a \"quoted\" \\ line\nnext\t\u{1}°C")
    XCTAssertEqual(read["count"] as? Int, 42)
    XCTAssertEqual(read["ratio"] as? Double, 0.25)
    XCTAssertEqual(read["flag"] as? Bool, true)
    XCTAssertTrue(read["none"] is NSNull)
    XCTAssertTrue(read["infinite"] is NSNull)
    XCTAssertEqual((read["list"] as? [Any])?.count, 3)
    let nested = try XCTUnwrap(read["nested"] as? [String: Any])
    XCTAssertEqual((nested["data"] as? [String: String])?["text/plain"], "x")
  }
}
