#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bridge from libedit's `rl_attempted_completion_function` to `Completion`. libedit
/// calls a plain C function, which cannot capture, so the completion lives in a global that
/// only the main thread touches (libedit calls back from inside `readline` on that thread).
enum LibeditCompletion {
  typealias Callback =
    @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

  nonisolated(unsafe) static var completion: Completion?
  nonisolated(unsafe) static var lineBuffer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  nonisolated(unsafe) static var completionOver: UnsafeMutablePointer<Int32>?

  /// Characters that end a word for completion: everything but identifier characters, so
  /// the word libedit replaces is exactly the identifier `Completion` completes.
  static let wordBreaks = " \t\n\"\\'`@$><=;|&{(}),[]+-*/%^.:!?#~"

  /// Sets the callback, the word breaks and no space after a completed word.
  static func install(_ library: UnsafeMutableRawPointer, completion: Completion) {
    self.completion = completion
    lineBuffer = variable(library, "rl_line_buffer")
    completionOver = variable(library, "rl_attempted_completion_over")
    let callback: Callback = { text, _, end in LibeditCompletion.matches(text, cursor: Int(end)) }
    let slot: UnsafeMutablePointer<Callback?>? =
      variable(library, "rl_attempted_completion_function")
    slot?.pointee = callback
    let append: UnsafeMutablePointer<Int32>? = variable(library, "rl_completion_append_character")
    append?.pointee = 0
    for name in ["rl_basic_word_break_characters", "rl_completer_word_break_characters"] {
      let breaks: UnsafeMutablePointer<UnsafePointer<CChar>?>? = variable(library, name)
      breaks?.pointee = UnsafePointer(strdup(wordBreaks))
    }
  }

  private static func variable<T>(_ library: UnsafeMutableRawPointer, _ name: String)
    -> UnsafeMutablePointer<T>?
  {
    dlsym(library, name)?.assumingMemoryBound(to: T.self)
  }

  /// The matches in readline's form: a malloc'd, NULL-terminated array of malloc'd strings,
  /// the first being the longest common prefix; nil when there is none.
  static func matches(_ text: UnsafePointer<CChar>?, cursor: Int)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  {
    completionOver?.pointee = 1
    guard let completion else { return nil }
    let word = text.map { String(cString: $0) } ?? ""
    let line = lineBuffer?.pointee.map { String(cString: $0) } ?? word
    let candidates = completion.candidates(line: line, cursor: min(cursor, line.count))
    guard !candidates.isEmpty else { return nil }
    if candidates.count == 1, let only = candidates.first {
      return cArray([only + completion.closing(line: line, cursor: cursor, candidate: only)])
    }
    let list = [commonPrefix(candidates)] + candidates
    return cArray(list)
  }

  static func commonPrefix(_ items: [String]) -> String {
    guard var prefix = items.first else { return "" }
    for item in items.dropFirst() {
      prefix = String(zip(prefix, item).prefix { $0 == $1 }.map(\.0))
    }
    return prefix
  }

  private static func cArray(_ items: [String])
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  {
    let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (items.count + 1)
    guard let raw = malloc(size) else { return nil }
    let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: items.count + 1)
    for (index, item) in items.enumerated() { array[index] = strdup(item) }
    array[items.count] = nil
    return array
  }
}
