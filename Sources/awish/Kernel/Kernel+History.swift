import Foundation
import Interpreter

/// history_request over this kernel's inputs (one session, numbered by execution count):
/// `tail` (the last n), `range` (start ≤ line < stop) and `search` (a glob with `*` and `?`,
/// the last n matches, optionally unique).
extension Kernel {
  func replyHistory(_ request: KernelRequest) {
    let message = request.message
    var entries = history
    switch message.string("hist_access_type", "tail") {
    case "range":
      let start = message.int("start", 0)
      let stop = message.content["stop"] as? Int ?? Int.max
      entries = entries.filter { $0.number >= start && $0.number < stop }
    case "search":
      let pattern = Array(message.string("pattern", "*"))
      entries = entries.filter { Kernel.globMatches(pattern[...], Array($0.code)[...]) }
      if message.bool("unique", false) {
        var seen: Set<String> = []
        entries = entries.reversed().filter { seen.insert($0.code).inserted }.reversed()
      }
      entries = Array(entries.suffix(max(0, message.int("n", entries.count))))
    default:
      entries = Array(entries.suffix(max(0, message.int("n", entries.count))))
    }
    let wantsOutput = message.bool("output", false)
    let rows: [[Any]] = entries.map { entry in
      guard wantsOutput else { return [1, entry.number, entry.code] }
      return [
        1, entry.number, [entry.code, outputText(entry.number).map { $0 as Any } ?? NSNull()],
      ]
    }
    channels.reply(request, "history_reply", ["status": "ok", "history": rows])
  }

  private func outputText(_ number: Int) -> String? {
    guard number < repl.outputs.items.count else { return nil }
    let value = repl.outputs.items[number]
    return value.isNull ? nil : awish.display(value)
  }

  /// Glob matching with `*` (any run) and `?` (one character); O(n·m) at worst.
  static func globMatches(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
    var p = pattern.startIndex
    var t = text.startIndex
    var star: (p: Int, t: Int)?
    while t < text.endIndex {
      if p < pattern.endIndex, pattern[p] == "*" {
        star = (p, t)
        p += 1
      } else if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == text[t] {
        p += 1
        t += 1
      } else if let earlier = star {
        p = earlier.p + 1
        t = earlier.t + 1
        star = (earlier.p, earlier.t + 1)
      } else {
        return false
      }
    }
    while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
    return p == pattern.endIndex
  }
}
