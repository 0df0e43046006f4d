import ArgumentParser
import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

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
