import Builtins
import Foundation
import Interpreter

/// A Jupyter kernel around one awi `Session`. The I/O thread (`SocketPoller`) reads the
/// sockets, answers the heartbeat and the control channel, and queues shell requests; this
/// object takes them one at a time on the thread that called `serve()`, the only thread that
/// runs awi code (through `Session.run`). Every request is wrapped in busy and idle.
final class Kernel {
  let channels: KernelChannels
  let queue = RequestQueue()
  let session: Session
  let output: KernelOutput
  let progress: KernelProgress
  /// The REPL state the kernel shares with the terminal: magics, `?name`, `_`, `Out` and the
  /// numbered inputs of `%history` and `%save`. Its console writes to the cell's streams.
  let repl: REPL
  var executionCount = 0
  /// Inputs with store_history, for history requests: (execution count, code).
  var history: [(number: Int, code: String)] = []

  init(channels: KernelChannels) {
    self.channels = channels
    let output = KernelOutput(channels: channels)
    self.output = output
    session = Session(builtins: Builtins.all, output: { output.write($0) })
    session.richOutput = { output.display($0) }
    session.run.clearOutput = { output.clear(wait: $0) }
    // A warning belongs to the cell that gave it, as Python's warnings do in IPython.
    session.run.warningSink = { output.write("warning: " + $0 + "\n", to: "stderr") }
    progress = KernelProgress(channels: channels)
    session.run.progressDisplay = progress
    let console = Console(
      write: { output.write($0) }, writeError: { output.write($0, to: "stderr") }, useColor: false)
    repl = REPL(
      session: session, reader: PlainReader(showsPrompt: false), console: console,
      isInteractive: false)
  }

  /// Handles shell requests for the rest of the process.
  func serve() -> Never {
    while true {
      let request = queue.take()
      handle(request)
    }
  }

  private func handle(_ request: KernelRequest) {
    let message = request.message
    channels.status("busy", parent: message)
    defer { channels.status("idle", parent: message) }
    switch message.type {
    case "kernel_info_request": channels.reply(request, "kernel_info_reply", KernelInfo.content)
    case "execute_request": execute(request)
    case "complete_request": complete(request)
    case "inspect_request": inspect(request)
    case "is_complete_request": isComplete(request)
    case "history_request": replyHistory(request)
    case "comm_info_request":
      channels.reply(request, "comm_info_reply", ["status": "ok", "comms": [String: Any]()])
    case "shutdown_request": KernelControl.shutdown(request, channels: channels)
    default: KernelLog.write(AwishMessages.ignoredMessage(message.type, channel: "shell"))
    }
  }
}
