import Foundation

/// A request as it came in: the message and the connection to answer on.
struct KernelRequest: @unchecked Sendable {
  let message: KernelMessage
  let peer: ZMTPPeer
}

/// The five sockets of a running kernel bound where the connection file says, and the
/// sending of signed messages on them. Sends are safe from any thread.
final class KernelChannels: @unchecked Sendable {
  let codec: MessageCodec
  let shell: ZMTPSocket
  let control: ZMTPSocket
  let stdin: ZMTPSocket
  let iopub: ZMTPSocket
  let heartbeat: ZMTPSocket
  /// The Unix socket files to remove at exit (ipc transport).
  let files: [String]

  /// Binds all five sockets; the first failure.
  static func bind(_ info: ConnectionInfo) -> Result<KernelChannels, KernelFailure> {
    var sockets: [ConnectionInfo.Channel: ZMTPSocket] = [:]
    let kinds: [ConnectionInfo.Channel: ZMTPSocket.Kind] = [
      .shell: .router, .control: .router, .stdin: .router, .iopub: .publisher,
      .heartbeat: .reply,
    ]
    for channel in ConnectionInfo.Channel.allCases {
      switch info.endpoint(channel).listen() {
      case .failure(let failure): return .failure(failure)
      case .success(let descriptor):
        sockets[channel] = ZMTPSocket(
          kind: kinds[channel] ?? .router, listener: descriptor, isTCP: info.transport != "ipc")
      }
    }
    let files = ConnectionInfo.Channel.allCases.compactMap { channel -> String? in
      if case .ipc(let path) = info.endpoint(channel) { return path }
      return nil
    }
    guard let shell = sockets[.shell], let control = sockets[.control],
      let stdin = sockets[.stdin], let iopub = sockets[.iopub], let heartbeat = sockets[.heartbeat]
    else { return .failure(.cannotListen(info.ip, AwishMessages.channelWithoutPort)) }
    return .success(
      KernelChannels(
        codec: MessageCodec(key: info.key), shell: shell, control: control, stdin: stdin,
        iopub: iopub, heartbeat: heartbeat, files: files))
  }

  private init(
    codec: MessageCodec, shell: ZMTPSocket, control: ZMTPSocket, stdin: ZMTPSocket,
    iopub: ZMTPSocket, heartbeat: ZMTPSocket, files: [String]
  ) {
    self.codec = codec
    self.shell = shell
    self.control = control
    self.stdin = stdin
    self.iopub = iopub
    self.heartbeat = heartbeat
    self.files = files
  }

  var all: [ZMTPSocket] { [shell, control, stdin, iopub, heartbeat] }

  /// Answers a request on the connection it came from.
  func reply(
    _ request: KernelRequest, _ type: String, _ content: [String: Any],
    metadata: [String: Any] = [:]
  ) {
    request.peer.send(
      codec.encode(
        type, content, parent: request.message, identities: request.message.identities,
        metadata: metadata))
  }

  /// Publishes on iopub to every subscriber.
  func publish(_ type: String, _ content: [String: Any], parent: KernelMessage?) {
    let topic = Array("kernel.\(codec.session).\(type)".utf8)
    iopub.publish(codec.encode(type, content, parent: parent, identities: [topic]))
  }

  /// `status` busy or idle.
  func status(_ state: String, parent: KernelMessage?) {
    publish("status", ["execution_state": state], parent: parent)
  }
}
