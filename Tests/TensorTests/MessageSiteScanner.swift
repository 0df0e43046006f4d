import Foundation

/// Finds the string literals inside the calls that carry a message in Swift source: the
/// expression after each `throw`, and each call of a name in `callees` (error initializers,
/// enum cases that take a text). Reads bytes: the quotes, parentheses and backslashes that
/// matter are ASCII. Comments are skipped; an interpolation's own literals count as part of
/// the literal that holds them.
struct MessageSiteScanner {
  /// A literal inside a message-carrying call.
  struct Literal: Equatable {
    /// 1-based line of the literal's opening quote.
    let line: Int
    /// The characters between the quotes, as written.
    let text: String
    /// The argument label just before the literal (`at` in `at: "target"`), if any.
    let label: String?
  }

  let bytes: [UInt8]
  /// The names whose calls carry a message, as bytes.
  let callees: [[UInt8]]
  /// The offsets of the file's newlines, to number lines.
  private let newlines: [Int]

  init(source: String, callees: [String]) {
    let bytes = Array(source.utf8)
    self.bytes = bytes
    self.callees = callees.map { Array($0.utf8) }
    newlines = bytes.indices.filter { bytes[$0] == 0x0A }
  }

  /// Every literal inside a message-carrying call, in file order.
  func literals() -> [Literal] {
    var found: [Literal] = []
    var index = 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\""): index = skipString(index) + 1
      case UInt8(ascii: "/") where next(index) == UInt8(ascii: "/"): index = lineEnd(index)
      default:
        if let open = callOpening(at: index) {
          let close = scanArguments(open) { found.append($0) }
          index = close + 1
        } else {
          index += 1
        }
      }
    }
    return found
  }

  /// The `(` that opens a message-carrying call starting at `index`, if one starts there.
  private func callOpening(at index: Int) -> Int? {
    guard index == 0 || !isIdentifier(bytes[index - 1]) else { return nil }
    if let end = word(Self.throwWord, at: index) {
      var cursor = skipSpace(end)
      while cursor < bytes.count, isIdentifier(bytes[cursor]) || bytes[cursor] == 0x2E {
        cursor += 1
      }
      return cursor < bytes.count && bytes[cursor] == UInt8(ascii: "(") ? cursor : nil
    }
    for callee in callees {
      if let end = word(callee, at: index), end < bytes.count, bytes[end] == UInt8(ascii: "(") {
        return end
      }
    }
    return nil
  }

  /// Walks from the `(` at `open` to its `)`, reporting the literals met; returns the `)`.
  private func scanArguments(_ open: Int, _ report: (Literal) -> Void) -> Int {
    var depth = 0
    var index = open
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return index }
      case UInt8(ascii: "\""):
        let end = skipString(index)
        report(literal(from: index, to: end))
        index = end
      case UInt8(ascii: "/") where next(index) == UInt8(ascii: "/"):
        index = lineEnd(index) - 1
      default: break
      }
      index += 1
    }
    return bytes.count
  }

  /// The index of the quote that closes the literal opening at `start`; interpolations
  /// (`\(…)`, which may hold literals of their own) are skipped whole.
  private func skipString(_ start: Int) -> Int {
    let isBlock = next(start) == UInt8(ascii: "\"") && next(start + 1) == UInt8(ascii: "\"")
    var index = isBlock ? start + 3 : start + 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\\"):
        index = next(index) == UInt8(ascii: "(") ? skipInterpolation(index + 1) : index + 1
      case UInt8(ascii: "\""):
        if !isBlock { return index }
        if next(index) == UInt8(ascii: "\""), next(index + 1) == UInt8(ascii: "\"") {
          return index + 2
        }
      default: break
      }
      index += 1
    }
    return bytes.count - 1
  }

  /// The `)` that closes the interpolation whose `(` is at `open`.
  private func skipInterpolation(_ open: Int) -> Int {
    var depth = 0
    var index = open
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return index }
      case UInt8(ascii: "\""): index = skipString(index)
      default: break
      }
      index += 1
    }
    return bytes.count - 1
  }

  private func literal(from start: Int, to end: Int) -> Literal {
    let isBlock =
      end - start >= 5 && next(start) == UInt8(ascii: "\"")
      && next(start + 1) == UInt8(ascii: "\"")
    let inner = isBlock ? (start + 3)..<(end - 2) : (start + 1)..<end
    let text = String(decoding: bytes[inner.clamped(to: start..<end)], as: UTF8.self)
    let line = 1 + (newlines.firstIndex(where: { $0 > start }) ?? newlines.count)
    return Literal(line: line, text: text, label: label(before: start))
  }

  /// The identifier before `identifier:` that ends just before `index`, if any.
  private func label(before index: Int) -> String? {
    var cursor = index - 1
    while cursor >= 0, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A { cursor -= 1 }
    guard cursor >= 0, bytes[cursor] == UInt8(ascii: ":") else { return nil }
    let end = cursor
    cursor -= 1
    while cursor >= 0, isIdentifier(bytes[cursor]) { cursor -= 1 }
    guard cursor + 1 < end else { return nil }
    return String(decoding: bytes[(cursor + 1)..<end], as: UTF8.self)
  }

  private static let throwWord = Array("throw".utf8)

  /// The index after `word` when it stands at `index` as a whole word's start.
  private func word(_ word: [UInt8], at index: Int) -> Int? {
    let end = index + word.count
    guard end <= bytes.count, bytes[index] == word.first, bytes[index..<end].elementsEqual(word)
    else { return nil }
    let isWhole =
      word.last.map(isIdentifier) == false || end == bytes.count
      || !isIdentifier(bytes[end])
    return isWhole ? end : nil
  }

  private func next(_ index: Int) -> UInt8? {
    index + 1 < bytes.count ? bytes[index + 1] : nil
  }

  private func skipSpace(_ index: Int) -> Int {
    var cursor = index
    while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A { cursor += 1 }
    return cursor
  }

  private func lineEnd(_ index: Int) -> Int {
    var cursor = index
    while cursor < bytes.count, bytes[cursor] != 0x0A { cursor += 1 }
    return cursor
  }

  private func isIdentifier(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte)
      || (0x61...0x7A).contains(lower) || byte >= 0x80
  }
}
