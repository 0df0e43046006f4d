import Foundation

/// The message calls of one tokenized source and the text literals they are given, by the
/// rules InlineMessageScan describes.
struct MessageCalls {
  let tokens: [SwiftTokens.Token]
  let extraCalls: Set<String>
  let deepCalls: Set<String>
  let errorTypes: Set<String>
  /// Every message call takes only texts, as an error type's initialiser does.
  let isStrict: Bool

  /// How a call at some token takes its literals.
  struct Call {
    /// An error type's initialiser, or another call that takes only texts: a literal
    /// holding any letter is a text.
    let takesOnlyTexts: Bool
    /// Literals nested in further calls count too.
    let isDeep: Bool
    /// A strict scope's call: one word is a text even as an operand (`isAnd ? "and" : "or"`).
    let isStrict: Bool
  }

  /// The text literals of the source, each once, in source order.
  func texts() -> [(line: Int, text: String)] {
    var found: Set<Int> = []
    for index in tokens.indices {
      if isLabelledText(at: index) { found.insert(index + 2) }
      guard let call = call(at: index) else { continue }
      found.formUnion(literals(of: call, from: index + 2))
    }
    return found.sorted().compactMap { index in
      guard case .string(let text) = tokens[index].kind else { return nil }
      return (tokens[index].line, text)
    }
  }

  /// Whether `index` starts `message: "…"` or `hint: "…"` with a letter, or `help: "…"`
  /// starting in lower case, as any call's argument. (A `label:` outside a message call names
  /// a value on display, such as a grouping's "bins of … by …", and is not a message.)
  func isLabelledText(at index: Int) -> Bool {
    guard case .word(let label) = tokens[index].kind, index + 2 < tokens.count,
      tokens[index + 1].kind == .colon, case .string(let text) = tokens[index + 2].kind
    else { return false }
    switch label {
    case "message", "hint": return Self.words(of: text).contains(where: \.isLetter)
    case "help":
      return text.first.map { $0.isLowercase || $0 == "'" } ?? false
    default: return false
    }
  }

  /// The message call whose name is the word at `index`, if one is.
  func call(at index: Int) -> Call? {
    guard case .word(let name) = tokens[index].kind, index + 1 < tokens.count,
      tokens[index + 1].kind == .open("(")
    else { return nil }
    let isErrorType = errorTypes.contains(name)
    let isDeep = deepCalls.contains(name)
    let owner = index >= 2 && tokens[index - 1].kind == .dot ? tokens[index - 2].kind : nil
    let qualified = owner.flatMap { kind -> String? in
      guard case .word(let type) = kind else { return nil }
      return type + "." + name
    }
    let isMessage =
      name.lowercased().hasSuffix("error") || extraCalls.contains(name)
      || qualified.map(extraCalls.contains) == true || isThrown(index)
    guard isErrorType || isDeep || isMessage else { return nil }
    return Call(
      takesOnlyTexts: isErrorType || isStrict || Self.takesOnlyTexts(name), isDeep: isDeep,
      isStrict: isStrict)
  }

  /// Whether a message call of this name takes no parameter names, so that one word given
  /// to it is a text too: an initialiser (`RuntimeError(.code, "…")`, `Problem(`,
  /// `Diagnostic(`), a builtin's `args.error(`, or a line written out (`writeStandardError(`,
  /// `KernelLog.write(`, `usageError(`). `typeError("names", …)` and `kindError("on")` take a
  /// parameter's name first.
  static func takesOnlyTexts(_ name: String) -> Bool {
    name.first?.isUppercase == true || name == "error" || name.hasPrefix("write")
      || name == "usageError"
  }

  /// Whether the call named at `index` is the one a `throw` starts with (`throw
  /// Problem.bad(`, `throw .unsupported(`).
  func isThrown(_ index: Int) -> Bool {
    var cursor = index - 1
    while cursor >= 0 {
      switch tokens[cursor].kind {
      case .word("throw"): return true
      case .word, .dot: cursor -= 1
      default: return false
      }
    }
    return false
  }

  /// The token indices of the text literals among the arguments of `call`, which start at
  /// `start`: the direct ones, or every one of a deep call.
  func literals(of call: Call, from start: Int) -> [Int] {
    var labels: [String?] = [nil]
    var result: [Int] = []
    var index = start
    while index < tokens.count, !labels.isEmpty {
      switch tokens[index].kind {
      case .open: labels.append(nil)
      case .close: labels.removeLast()
      case .comma: labels[labels.count - 1] = nil
      case .word(let word):
        if index + 1 < tokens.count, tokens[index + 1].kind == .colon {
          labels[labels.count - 1] = word
        }
      case .string(let text) where labels.count == 1 || call.isDeep:
        let previous = index >= 1 ? tokens[index - 1].kind : nil
        let isOperand = previous == .other && !call.isStrict
        if isText(
          text, label: labels.last ?? nil, follows: previous == .colon, isOperand: isOperand,
          call)
        {
          result.append(index)
        }
      default: break
      }
      index += 1
    }
    return result
  }

  /// Whether a literal given to a message call is a text, by its argument's label (all of
  /// an `at:` argument names parameters: `at: left ? "left" : "right"`), whether it directly
  /// follows that label (`help: "…"`, not `help: name == "color" ? …`), whether it is the
  /// right operand of an operator (`== "color"`, `? "a" : "b"`: one word there is a value
  /// compared or chosen, not a text) and the call.
  func isText(_ text: String, label: String?, follows: Bool, isOperand: Bool, _ call: Call)
    -> Bool
  {
    let words = Self.words(of: text)
    let hasLetter = words.contains(where: \.isLetter)
    if label == "at" { return false }
    if follows, label == "help" || label == "label" { return hasLetter }
    return hasLetter && ((call.takesOnlyTexts && !isOperand) || words.contains(" "))
  }

  /// A literal's own words: without its interpolations, escapes and a leading `error: ` or
  /// `warning: ` prefix.
  static func words(of literal: String) -> String {
    var text = Substring(literal)
    for prefix in ["error: ", "warning: "] where text.hasPrefix(prefix) {
      text = text.dropFirst(prefix.count)
    }
    var words = ""
    var depth = 0
    var isEscaped = false
    for character in text {
      if isEscaped {
        isEscaped = false
        if character == "(" { depth += 1 }
      } else if character == "\\" {
        isEscaped = true
      } else if depth > 0 {
        if character == "(" { depth += 1 }
        if character == ")" { depth -= 1 }
      } else {
        words.append(character)
      }
    }
    return words
  }
}
