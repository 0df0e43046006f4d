import ArgumentParser
import Builtins
import Foundation
import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

// Large column and tensor buffers are freed and allocated again at the same sizes over
// and over; keeping them in the heap instead of returning each one to the kernel avoids
// refaulting every page of every new buffer (numpy gets the same effect from huge pages).
#if canImport(Glibc)
  // mallopt is not in Swift's Glibc module; M_TRIM_THRESHOLD is -1, M_TOP_PAD -2 and
  // M_MMAP_THRESHOLD -3 (at most 32 MiB: a larger value is refused). The top pad grows the
  // heap 64 MiB at a time, so freed column buffers are reused rather than refaulted.
  typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
  if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    _ = mallopt(-3, 32 << 20)
    _ = mallopt(-2, 64 << 20)
    _ = mallopt(-1, 1 << 30)
  }
#endif

if let problem = UsageCheck.problem(in: Array(CommandLine.arguments.dropFirst())) {
  writeStandardError("error: \(problem)\n")
  exit(2)
}

// Jupyter's own command line, `awish kernel -f FILE`, skips the argument parser: the kernel
// must listen before the client's first connection attempt (see docs/jupyter.md).
if let connectionFile = KernelCommand.connectionFile(CommandLine.arguments) {
  KernelCommand.serve(connectionFile)
}

do {
  var command = try Awish.parseAsRoot()
  try command.run()
} catch let code as ExitCode {
  exit(code.rawValue)
} catch {
  let code = Awish.exitCode(for: error)
  if code == .success {
    print(Awish.fullMessage(for: error))
    exit(0)
  }
  writeStandardError(Awish.fullMessage(for: error) + "\n")
  exit(2)
}
