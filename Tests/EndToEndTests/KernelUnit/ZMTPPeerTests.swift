import XCTest

@testable import awish

#if canImport(Glibc)
  import Glibc
#endif

/// A peer's handshake over a socket pair: greeting, READY, then messages; a message before
/// READY drops the connection.
final class ZMTPPeerTests: XCTestCase {
  private func makePeer() throws -> (ZMTPPeer, Int32) {
    var ends: [Int32] = [0, 0]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0 else {
      throw XCTSkip("no socketpair")
    }
    return (ZMTPPeer(descriptor: ends[0], socketType: "ROUTER"), ends[1])
  }

  func testPeerSendsGreetingAndReadyThenTakesMessages() throws {
    let (peer, other) = try makePeer()
    defer {
      peer.close()
      close(other)
    }
    var received = [UInt8](repeating: 0, count: 256)
    let count = read(other, &received, received.count)
    XCTAssertEqual(Array(received[0..<64]), ZMTPWire.greeting)
    XCTAssertEqual(Array(received[64..<count]), ZMTPWire.ready(socketType: "ROUTER"))
    let incoming =
      ZMTPWire.greeting + ZMTPWire.ready(socketType: "DEALER") + ZMTPWire.message([[1], [2, 3]])
    let events = try peer.receive(incoming[...])
    guard case .message(let frames)? = events.last else { return XCTFail("no message") }
    XCTAssertEqual(frames, [[1], [2, 3]])
  }

  func testMessageBeforeReadyIsRefused() throws {
    let (peer, other) = try makePeer()
    defer {
      peer.close()
      close(other)
    }
    let incoming = ZMTPWire.greeting + ZMTPWire.message([[1]])
    XCTAssertThrowsError(try peer.receive(incoming[...]))
  }
}
