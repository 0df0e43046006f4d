import Interpreter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Line editing, history and tab completion from libedit, loaded at run time with `dlopen`
/// through its readline-compatible API, so awish has no link-time dependency on it (as
/// `lua.c` does with readline). `init` fails when the library or a symbol is missing; the
/// REPL then uses `PlainReader`.
final class LineEditor: LineReader {
  typealias ReadFunction = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
  typealias PathFunction = @convention(c) (UnsafePointer<CChar>?) -> Int32
  typealias SizeFunction = @convention(c) (Int32) -> Void

  /// Most lines kept in the history file.
  static let historyLimit: Int32 = 1000
  static let libraryNames = ["libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"]

  private let readFunction: ReadFunction
  private let addFunction: PathFunction
  private let writeFunction: PathFunction
  private let historyPath: String?

  /// Loads libedit, reads the history file (when `historyPath` is set) and installs
  /// `completion` for the Tab key.
  init?(historyPath: String?, completion: Completion) {
    guard let library = LineEditor.openLibrary(),
      let readFunction = symbol(library, "readline", as: ReadFunction.self),
      let addFunction = symbol(library, "add_history", as: PathFunction.self),
      let readHistory = symbol(library, "read_history", as: PathFunction.self),
      let writeFunction = symbol(library, "write_history", as: PathFunction.self),
      let stifle = symbol(library, "stifle_history", as: SizeFunction.self)
    else { return nil }
    self.readFunction = readFunction
    self.addFunction = addFunction
    self.writeFunction = writeFunction
    self.historyPath = historyPath
    if let historyPath { _ = readHistory(historyPath) }
    stifle(LineEditor.historyLimit)
    LibeditCompletion.install(library, completion: completion)
  }

  private static func openLibrary() -> UnsafeMutableRawPointer? {
    for name in libraryNames {
      if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) { return handle }
    }
    return nil
  }

  func readLine(prompt: String) -> LineInput {
    StandardOutput.shared.flush()
    Interrupts.clear()
    guard let pointer = readFunction(prompt) else {
      return Interrupts.clear() ? .interrupted : .end
    }
    defer { free(pointer) }
    Interrupts.clear()
    return .line(String(cString: pointer))
  }

  /// Adds the line to the history and saves the file at once, so history survives a crash.
  func addHistory(_ line: String) {
    _ = addFunction(line)
    if let historyPath { _ = writeFunction(historyPath) }
  }
}

/// The address of a symbol as a C function pointer, or nil when it is missing.
func symbol<T>(_ library: UnsafeMutableRawPointer, _ name: String, as type: T.Type) -> T? {
  guard let address = dlsym(library, name) else { return nil }
  return unsafeBitCast(address, to: type)
}
