import Interpreter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one read at a prompt gave.
enum LineInput: Equatable {
  /// A line, without its line break.
  case line(String)
  /// Ctrl-C was pressed while waiting for the line.
  case interrupted
  /// The input ended (Ctrl-D or end of file).
  case end
}

/// Where the REPL reads its lines: libedit at a terminal, plain reads otherwise, a list of
/// lines in tests.
protocol LineReader: AnyObject {
  /// Reads one line, showing `prompt` first when the reader shows prompts.
  func readLine(prompt: String) -> LineInput
  /// Remembers a line the user entered, for history recall.
  func addHistory(_ line: String)
}

/// Reads lines with read(2) on standard input: for pipes and terminals without libedit.
/// Shows prompts only when `showsPrompt` (standard input is a terminal).
final class PlainReader: LineReader {
  private let descriptor: Int32
  private let showsPrompt: Bool
  private var buffer: [UInt8] = []
  private var isAtEnd = false

  init(descriptor: Int32 = 0, showsPrompt: Bool) {
    self.descriptor = descriptor
    self.showsPrompt = showsPrompt
  }

  func readLine(prompt: String) -> LineInput {
    if showsPrompt {
      StandardOutput.shared.write(prompt)
      StandardOutput.shared.flush()
    }
    while true {
      if let line = takeLine() { return .line(line) }
      if isAtEnd { return finalLine() }
      if let interruption = fill() { return interruption }
    }
  }

  func addHistory(_ line: String) {}

  /// A complete line from the buffer, if one is there.
  private func takeLine() -> String? {
    guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
    let line = String(decoding: buffer[..<newline], as: UTF8.self)
    buffer.removeSubrange(...newline)
    return line
  }

  /// The last line when the input ends without a line break, then `.end`.
  private func finalLine() -> LineInput {
    guard !buffer.isEmpty else { return .end }
    let line = String(decoding: buffer, as: UTF8.self)
    buffer.removeAll()
    return .line(line)
  }

  /// Reads more bytes; `.interrupted` when Ctrl-C stopped the read.
  private func fill() -> LineInput? {
    var chunk = [UInt8](repeating: 0, count: 4096)
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      buffer.append(contentsOf: chunk[..<count])
    } else if count < 0, errno == EINTR {
      guard interruptRequested.exchange(false, ordering: .relaxed) else { return nil }
      buffer.removeAll()
      return .interrupted
    } else {
      isAtEnd = true
    }
    return nil
  }
}

/// A reader over fixed lines, for tests and `%run`-like feeding; `nil` entries stand for
/// Ctrl-C at the prompt.
final class ScriptedReader: LineReader {
  private var lines: [String?]
  /// Every prompt shown, in order.
  private(set) var prompts: [String] = []
  private(set) var history: [String] = []

  init(_ lines: [String?]) {
    self.lines = lines
  }

  func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    guard !lines.isEmpty else { return .end }
    guard let line = lines.removeFirst() else { return .interrupted }
    return .line(line)
  }

  func addHistory(_ line: String) { history.append(line) }
}
