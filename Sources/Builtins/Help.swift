import Interpreter

/// The text of help() and `?name`, derived from the builtin declarations.
public enum Help {
  public static func text(for value: Value, all: [Builtin]) -> String {
    switch value {
    case .builtin(let builtin): return page(builtin)
    case .function(let closure):
      return "\(closure.code.name)(\(closure.code.parameterNames.joined(separator: ", ")))\n"
        + "  a function defined in awi code\n"
    case .null: return overview(all)
    default: return "\(value.repr): a value of type \(value.typeName)\n"
    }
  }

  /// One builtin: signature, summary, parameters, details, examples.
  public static func page(_ builtin: Builtin) -> String {
    var text = builtin.signature + "\n  " + builtin.summary + "\n"
    if !builtin.parameters.isEmpty {
      text += "\nParameters:\n"
      let width = builtin.parameters.map(\.name.count).max() ?? 0
      for parameter in builtin.parameters {
        let pad = String(repeating: " ", count: width - parameter.name.count)
        text += "  \(parameter.name)\(pad)  (\(parameter.kind.noun)) \(parameter.summary)\n"
      }
    }
    if !builtin.details.isEmpty { text += "\n" + builtin.details + "\n" }
    if !builtin.examples.isEmpty {
      text += "\nExamples:\n"
      for example in builtin.examples { text += "  \(example.code)  # => \(example.result)\n" }
    }
    return text
  }

  /// All builtins by area, one line each.
  public static func overview(_ all: [Builtin]) -> String {
    var text = "Builtins (help(name) or ?name for one of them):\n"
    for area in Builtins.areas {
      let members = all.filter { $0.area == area }
      guard !members.isEmpty else { continue }
      text += "\n\(area.title):\n"
      let width = members.map(\.name.count).max() ?? 0
      for builtin in members {
        let pad = String(repeating: " ", count: width - builtin.name.count)
        text += "  \(builtin.name)\(pad)  \(builtin.summary)\n"
      }
    }
    return text
  }
}

/// docs/builtins.md, generated from the declarations by `awish docs`.
public enum BuiltinDocs {
  public static func markdown(_ all: [Builtin] = Builtins.all) -> String {
    var text = "# awish builtins\n\n"
    text += "Generated from the builtin declarations by `swift run awish docs > docs/builtins.md`;"
    text += " do not edit by hand.\n"
    for area in Builtins.areas {
      let members = all.filter { $0.area == area }
      guard !members.isEmpty else { continue }
      text += "\n## \(area.title)\n"
      for builtin in members { text += "\n" + section(builtin) }
    }
    return text
  }

  /// The kind as the docs name it; `any` with the reason no narrower kind fits.
  static func kindText(_ kind: Parameter.Kind) -> String {
    let reasons = kind.anyReasons
    guard !reasons.isEmpty else { return kind.description }
    return kind.description + " (" + reasons.joined(separator: "; ") + ")"
  }

  static func section(_ builtin: Builtin) -> String {
    var text = "### `\(builtin.name)`\n\n```\n\(builtin.signature)\n```\n\n\(builtin.summary)\n"
    if !builtin.parameters.isEmpty {
      text += "\n| parameter | kind | default | meaning |\n|---|---|---|---|\n"
      for parameter in builtin.parameters {
        let defaultText =
          parameter.isVariadic
          ? "(any number)"
          : parameter.defaultValue.map { "`\($0.source)`" } ?? "required"
        text +=
          "| `\(parameter.name)` | \(kindText(parameter.kind)) | \(defaultText) | "
          + "\(parameter.summary) |\n"
      }
    }
    if !builtin.details.isEmpty { text += "\n\(builtin.details)\n" }
    if !builtin.examples.isEmpty {
      text += "\n```\n"
      for example in builtin.examples { text += "\(example.code)  # => \(example.result)\n" }
      text += "```\n"
    }
    return text
  }
}
