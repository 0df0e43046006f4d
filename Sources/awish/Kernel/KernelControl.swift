import Foundation
import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// The control channel, answered on the I/O thread so it works while a cell runs:
/// interrupt (sets the flag the evaluator checks, like Ctrl-C), shutdown and kernel_info.
enum KernelControl {
  static func handle(_ request: KernelRequest, channels: KernelChannels) {
    let message = request.message
    channels.status("busy", parent: message)
    switch message.type {
    case "interrupt_request":
      interruptRequested.store(true, ordering: .relaxed)
      channels.reply(request, "interrupt_reply", ["status": "ok"])
    case "shutdown_request": shutdown(request, channels: channels)
    case "kernel_info_request": channels.reply(request, "kernel_info_reply", KernelInfo.content)
    default: KernelLog.write(AwishMessages.ignoredMessage(message.type, channel: "control"))
    }
    channels.status("idle", parent: message)
  }

  /// Answers a shutdown request, then ends the process (a restart is a new process, started
  /// by the client).
  static func shutdown(_ request: KernelRequest, channels: KernelChannels) {
    let restart = request.message.bool("restart", false)
    channels.reply(request, "shutdown_reply", ["status": "ok", "restart": restart])
    channels.publish(
      "shutdown_reply", ["status": "ok", "restart": restart], parent: request.message)
    channels.status("idle", parent: request.message)
    KernelExit.now(0)
  }
}

/// Ends the kernel process: removes the Unix socket files, then exits without running
/// anything else (the interpreter thread may be mid-cell). Also on SIGTERM and when the
/// parent process is gone.
enum KernelExit {
  /// The socket files as C strings, made before any signal can arrive.
  nonisolated(unsafe) private static var files: [UnsafeMutablePointer<CChar>] = []

  /// Remembers the files to remove and installs the SIGTERM and SIGHUP handlers.
  static func install(files paths: [String]) {
    files = paths.compactMap { strdup($0) }
    for signal in [SIGTERM, SIGHUP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { _ in KernelExit.now(0) }
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, nil)
    }
  }

  /// Removes the files and ends the process at once (async-signal-safe).
  static func now(_ status: Int32) -> Never {
    for file in files { unlink(file) }
    _exit(status)
  }
}
