import ArgumentParser
import Foundation
import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `awish kernel -f CONNECTION_FILE`: a Jupyter kernel; `install` and `uninstall` manage its
/// kernelspec.
struct KernelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kernel",
    abstract: "Run as a Jupyter kernel (JupyterLab, VS Code, nbclient), or install its spec.",
    discussion: """
      Jupyter starts 'awish kernel -f CONNECTION_FILE' itself once the kernelspec is
      installed: run 'awish kernel install --user', then pick "awish" in JupyterLab.
      """,
    subcommands: [KernelInstall.self, KernelUninstall.self]
  )

  @Option(name: .customShort("f"), help: "The connection file Jupyter wrote.")
  var connectionFile: String?

  func run() throws {
    guard let connectionFile else {
      throw ValidationError(AwishMessages.kernelNeedsConnectionFile)
    }
    KernelCommand.serve(connectionFile)
  }

  /// The connection file of exactly `awish kernel -f FILE`, the line kernel.json gives.
  static func connectionFile(_ arguments: [String]) -> String? {
    guard arguments.count == 4, arguments[1] == "kernel", arguments[2] == "-f" else { return nil }
    return arguments[3]
  }

  /// Runs the kernel for the rest of the process; exits with status 1 when it cannot start.
  static func serve(_ connectionFile: String) -> Never {
    switch KernelLauncher.start(connectionFile) {
    case .failure(let failure):
      writeStandardError("error: \(failure.message)\n")
      Glibc.exit(1)
    case .success(let kernel): kernel.serve()
    }
  }
}

/// Binds a kernel's sockets and starts its I/O thread.
enum KernelLauncher {
  static func start(_ path: String) -> Result<Kernel, KernelFailure> {
    let info: ConnectionInfo
    switch ConnectionInfo.read(path) {
    case .failure(let failure): return .failure(failure)
    case .success(let read): info = read
    }
    let channels: KernelChannels
    switch KernelChannels.bind(info) {
    case .failure(let failure): return .failure(failure)
    case .success(let bound): channels = bound
    }
    KernelExit.install(files: channels.files)
    Interrupts.install()
    let kernel = Kernel(channels: channels)
    route(channels, to: kernel.queue)
    // Started by a Jupyter client (it sets JPY_PARENT_PID): when the parent process is gone
    // (the kernel was handed to another), nobody can shut the kernel down any more.
    let isManaged = ProcessInfo.processInfo.environment["JPY_PARENT_PID"] != nil
    let parent = getppid()
    SocketPoller(sockets: channels.all) {
      if isManaged, getppid() != parent { KernelExit.now(0) }
    }.start()
    return .success(kernel)
  }

  /// Shell requests go to the session's queue, control requests are answered at once, a new
  /// iopub subscriber gets `iopub_welcome` (JEP 65). Refused messages are logged.
  private static func route(_ channels: KernelChannels, to queue: RequestQueue) {
    let codec = channels.codec
    channels.shell.onMessage = { peer, frames in
      guard let message = decode(frames, codec, "shell") else { return }
      queue.put(KernelRequest(message: message, peer: peer))
    }
    channels.control.onMessage = { peer, frames in
      guard let message = decode(frames, codec, "control") else { return }
      KernelControl.handle(KernelRequest(message: message, peer: peer), channels: channels)
    }
    channels.stdin.onMessage = { _, frames in _ = decode(frames, codec, "stdin") }
    channels.iopub.onSubscribe = { peer, topic in
      let welcome = codec.encode(
        "iopub_welcome", ["subscription": String(decoding: topic, as: UTF8.self)], parent: nil,
        identities: [topic])
      peer.send(welcome)
    }
  }

  private static func decode(_ frames: [[UInt8]], _ codec: MessageCodec, _ channel: String)
    -> KernelMessage?
  {
    switch codec.decode(frames) {
    case .success(let message): return message
    case .failure(.badSignature):
      KernelLog.write(AwishMessages.badSignature(channel))
    case .failure(.malformed(let reason)):
      KernelLog.write(AwishMessages.malformedMessage(channel, reason))
    }
    return nil
  }
}
