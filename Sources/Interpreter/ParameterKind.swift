extension Parameter {
  /// What an argument must be (or a builtin returns). Binding checks an argument's kind once,
  /// before the body runs, with one message shape: "argument 'x' of f() must be a frame, got
  /// list". Help, completion and docs/builtins.md read the same kinds.
  public indirect enum Kind: Sendable, Equatable {
    /// Any value at all; `because` says why no narrower kind fits (a test requires a reason).
    case any(because: String)
    /// Only nil: what a builtin run for its effect returns.
    case nothing
    case int, float, number, string, bool, list, record, function, range
    /// A list, range, string or record: whatever `for x in …` walks over.
    case sequence
    case frame, column, tensor, signal, model, plot, groupedFrame
    /// A string of a form the library checks, such as a time ("2024-03-01T12:00Z") or a
    /// duration ("1h"): `Parameter.Kind.time` and `.duration` in Builtins.
    case text(TextForm)
    /// A value of another library type, by the name `type(x)` gives it ("dataset").
    case object(String)
    /// A list whose every item is of the kind.
    case listOf(Kind)
    case optional(Kind)
    /// One of several kinds: a truly polymorphic parameter says which.
    case oneOf([Kind])
    case choice([String])
    /// An int within the bounds, checked when binding: sizes, counts, ddof, exit codes.
    case bounded(ClosedRange<Int>)

    public static let dataset = Kind.object("dataset")
    public static let quantity = Kind.object("quantity")
    public static let modelSpec = Kind.object("model spec")
    public static let report = Kind.object("report")
    public static let crossValidation = Kind.object("cross-validation")

    /// The kind with its article, as messages and docs say it: "a frame", "an int from 1 to 9",
    /// "a list of strings", "a frame or column".
    public var description: String {
      switch self {
      case .any: return "any value"
      case .nothing: return "nil"
      default: return Kind.article(noun) + noun
      }
    }

    /// The kind without an article, as a signature says it: `-> list of floats`.
    public var noun: String { Kind.alternatives(nounParts) }

    /// The alternatives the kind allows, each once: a union's kinds, nil of an optional.
    var nounParts: [String] {
      var parts: [String] = []
      func add(_ more: [String]) { parts += more.filter { !parts.contains($0) } }
      switch self {
      case .any: add(["any"])
      case .nothing: add(["nil"])
      case .text(let form): add([form.noun])
      case .sequence: add(["list", "range", "string", "record"])
      case .groupedFrame: add(["grouped frame"])
      case .object(let name): add([name])
      case .listOf(let kind): add(["list of " + kind.plural])
      case .optional(let kind): add(kind.nounParts + ["nil"])
      case .oneOf(let kinds): for kind in kinds { add(kind.nounParts) }
      case .choice(let options):
        add(["one of " + options.map { "\"\($0)\"" }.joined(separator: ", ")])
      case .bounded(let bounds):
        if bounds.upperBound == Int.max {
          add(["int of at least \(bounds.lowerBound)"])
        } else {
          add(["int from \(bounds.lowerBound) to \(bounds.upperBound)"])
        }
      default: add([String(describing: self)])
      }
      return parts
    }

    /// The kind in the plural, for lists: "frames", "grouped frames".
    var plural: String {
      switch self {
      case .any: return "values"
      case .text(let form): return form.plural
      case .sequence: return "sequences"
      case .choice(let options): return "strings among " + options.joined(separator: ", ")
      case .listOf, .optional, .oneOf, .bounded: return "values each " + description
      default: return noun + "s"
      }
    }

    /// The object type names (`type(x)`) the kind names, when it names only object types.
    public var typeNames: [String] {
      switch self {
      case .frame: return ["frame"]
      case .column: return ["column"]
      case .tensor: return ["tensor"]
      case .signal: return ["signal"]
      case .model: return ["model"]
      case .plot: return ["plot"]
      case .groupedFrame: return ["grouped frame"]
      case .object(let name): return [name]
      case .optional(let kind): return kind.typeNames
      case .oneOf(let kinds): return kinds.flatMap(\.typeNames)
      default: return []
      }
    }

    /// The item kind of the list this kind allows, if it allows one.
    var listItemKind: Kind? {
      switch self {
      case .listOf(let item): return item
      case .optional(let kind): return kind.listItemKind
      case .oneOf(let kinds): return kinds.lazy.compactMap(\.listItemKind).first
      default: return nil
      }
    }

    /// The strings a `choice` kind allows, alone or inside another kind.
    public var choices: [String] {
      switch self {
      case .choice(let options): return options
      case .optional(let kind), .listOf(let kind): return kind.choices
      case .oneOf(let kinds): return kinds.flatMap(\.choices)
      default: return []
      }
    }

    /// Whether an argument of this kind can be a frame: completion offers its columns.
    public var takesFrame: Bool {
      typeNames.contains("frame") || typeNames.contains("grouped frame")
    }

    /// Whether the kind is `any`, alone or inside another kind, and if so the reasons given.
    public var anyReasons: [String] {
      switch self {
      case .any(let reason): return [reason]
      case .listOf(let kind), .optional(let kind): return kind.anyReasons
      case .oneOf(let kinds): return kinds.flatMap(\.anyReasons)
      default: return []
      }
    }

    /// "a ", "an ", or nothing before "one of …".
    static func article(_ noun: String) -> String {
      if noun.hasPrefix("one of") { return "" }
      guard let first = noun.first else { return "a " }
      return "aeio".contains(first) ? "an " : "a "
    }

    /// "a", "a or b", "a, b or c".
    static func alternatives(_ nouns: [String]) -> String {
      guard let last = nouns.last, nouns.count > 1 else { return nouns.first ?? "" }
      return nouns.dropLast().joined(separator: ", ") + " or " + last
    }
  }
}

/// A parameter kind as flat data, so checking an argument does not walk an indirect enum.
/// Copying one is cheap (no arrays inline): the checks of object types, choices, lists and
/// unions keep their data behind one reference, nil for the plain kinds of hot builtins.
struct KindCheck: Sendable {
  enum Base: UInt8, Sendable {
    case any, nothing, int, float, number, string, bool, list, record, function, range
    case sequence, choice, object, listOf, oneOf, text
  }

  /// The data of the checks that need more than a base.
  final class Extra: Sendable {
    let choices: [String]
    /// The object type names an `.object` check accepts.
    let typeNames: [String]
    /// The item check of a list, or the alternatives of a union.
    let parts: [KindCheck]
    /// The form a `.text` check's string must have.
    let form: TextForm?

    init(choices: [String], typeNames: [String], parts: [KindCheck], form: TextForm?) {
      self.choices = choices
      self.typeNames = typeNames
      self.parts = parts
      self.form = form
    }
  }

  let base: Base
  let allowsNull: Bool
  let bounds: ClosedRange<Int>
  let extra: Extra?

  init(_ kind: Parameter.Kind) {
    var kind = kind
    var allowsNull = false
    if case .optional(let inner) = kind {
      allowsNull = true
      kind = inner
    }
    self.allowsNull = allowsNull
    var choices: [String] = []
    var bounds = Int.min...Int.max
    var parts: [KindCheck] = []
    var form: TextForm?
    switch kind {
    case .any, .optional: base = .any
    case .nothing: base = .nothing
    case .int: base = .int
    case .bounded(let range):
      base = .int
      bounds = range
    case .float: base = .float
    case .number: base = .number
    case .string: base = .string
    case .text(let textForm):
      base = .text
      form = textForm
    case .bool: base = .bool
    case .list: base = .list
    case .record: base = .record
    case .function: base = .function
    case .range: base = .range
    case .sequence: base = .sequence
    case .frame, .column, .tensor, .signal, .model, .plot, .groupedFrame, .object: base = .object
    case .listOf(let item):
      base = .listOf
      parts = [KindCheck(item)]
    case .oneOf(let kinds):
      base = .oneOf
      parts = kinds.map(KindCheck.init)
    case .choice(let options):
      base = .choice
      choices = options
    }
    self.bounds = bounds
    let typeNames = kind.typeNames
    let isPlain = choices.isEmpty && typeNames.isEmpty && parts.isEmpty && form == nil
    extra =
      isPlain ? nil : Extra(choices: choices, typeNames: typeNames, parts: parts, form: form)
  }

  func accepts(_ value: Value) -> Bool {
    switch (base, value) {
    case (.any, _): return true
    case (.nothing, .null): return true
    case (_, .null): return allowsNull
    case (.int, .int(let value)): return bounds.contains(value)
    case (.int, .bool(let value)): return bounds.contains(value ? 1 : 0)
    case (.number, .int), (.number, .float), (.number, .bool), (.float, .float): return true
    case (.string, .string), (.bool, .bool), (.list, .list), (.record, .record): return true
    case (.range, .range): return true
    case (.function, .function), (.function, .builtin): return true
    case (.sequence, .list), (.sequence, .range), (.sequence, .string), (.sequence, .record):
      return true
    case (.sequence, .object(let object)): return object.length != nil
    case (.choice, .string(let text)): return extra?.choices.contains(text) ?? false
    case (.text, .string(let text)): return extra?.form?.accepts(text) ?? false
    case (.object, .object(let object)): return extra?.typeNames.contains(object.typeName) ?? false
    case (.listOf, .list(let list)): return firstRejected(in: list.items) == nil
    case (.oneOf, _): return extra?.parts.contains { $0.accepts(value) } ?? false
    default: return false
    }
  }

  /// The index of the first list item the item check rejects.
  func firstRejected(in items: [Value]) -> Int? {
    guard base == .listOf, let item = extra?.parts.first else { return nil }
    return items.firstIndex { !item.accepts($0) }
  }
}
