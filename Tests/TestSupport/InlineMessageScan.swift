import Foundation

/// Finds message texts written inline at throw sites instead of in a module's catalog file,
/// and checks that a catalog enum lists its members alphabetically. Every module's guard test
/// (Builtins, Tensor, Guards, Interpreter, Lang, awish) runs this one scan over its sources.
///
/// A message call is a call whose name ends in `error`/`Error`, the call a `throw` starts
/// with, an initialiser of an error type the scanned sources declare (`struct WAVError:
/// Error`), or one of the scope's `extraCalls` (`Diagnostic`, `KernelLog.write`). A string
/// literal passed directly to a message call is a text when it holds words (two, or one after
/// some other text: names of parameters and operators, such as "axis" or "@", are one word);
/// a literal given to an initialiser (`RuntimeError(`, `Problem(`, an error type), to
/// `error(`, to a `write…(` or `usageError(` call, or to any message call in a strict scope,
/// is a text when it holds a letter at all.
/// Anywhere, a `message:` or `hint:` argument is a text when it holds a letter, and so is a
/// `help:` argument starting in lower case (option docs of ArgumentParser start in capitals);
/// a `help:` or `label:` literal given to a message call is a text when it holds a letter.
/// The literals nested in a call of a scope's `deepCalls` (`.failure(.malformed("…"))`) count
/// as direct ones. The `at:` argument names a parameter and is never a text; a leading
/// `error: ` or `warning: ` is a prefix, not words. The catalog files are left out, and a
/// scope may allow a literal inline with its reason.
public enum InlineMessageScan {
  /// One inline text: where it is and how it reads.
  public struct Finding: CustomStringConvertible, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let text: String
    public var description: String { "\(file):\(line): \(text)" }
  }

  /// A literal that stays inline on purpose: the file (a path suffix), its text and why.
  public struct Allowance: Sendable {
    public let file: String
    public let text: String
    public let reason: String
    public init(file: String, text: String, reason: String) {
      self.file = file
      self.text = text
      self.reason = reason
    }
  }

  /// What one guard scans: a source folder, the catalog files it leaves out, the calls that
  /// carry a message besides the ones every module has, and the literals allowed inline.
  public struct Scope: Sendable {
    public let folder: String
    public let skipping: Set<String>
    public let extraCalls: Set<String>
    public let deepCalls: Set<String>
    public let allowed: [Allowance]
    /// Every literal holding a letter that a message call is given is a text, one word too
    /// (Tensor's convention: its throw sites pass no parameter names).
    public let isStrict: Bool
    public init(
      folder: String, skipping: Set<String> = [], extraCalls: Set<String> = [],
      deepCalls: Set<String> = [], allowed: [Allowance] = [], isStrict: Bool = false
    ) {
      self.isStrict = isStrict
      self.folder = folder
      self.skipping = skipping
      self.extraCalls = extraCalls
      self.deepCalls = deepCalls
      self.allowed = allowed
    }
  }

  /// The package root, found from a test file's `#filePath` (Tests/<Target>/<File>.swift).
  public static func packageRoot(_ filePath: String) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The Swift files under `folder` (relative to `root`), relative to `folder`, sorted.
  public static func swiftFiles(in folder: String, root: URL) -> [String] {
    let base = root.appendingPathComponent(folder)
    let files =
      FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
    return files.filter { $0.hasSuffix(".swift") }.sorted()
  }

  /// The inline texts in the Swift files of `scope` and how many files were read (a guard
  /// checks the count, so that a moved folder does not pass as a clean one).
  public static func scan(_ scope: Scope, root: URL) -> (findings: [Finding], files: Int) {
    let base = root.appendingPathComponent(scope.folder)
    let sources = swiftFiles(in: scope.folder, root: root).compactMap {
      name -> (name: String, source: String)? in
      guard !scope.skipping.contains((name as NSString).lastPathComponent),
        let source = try? String(contentsOf: base.appendingPathComponent(name), encoding: .utf8)
      else { return nil }
      return (name, source)
    }
    let errorTypes = sources.reduce(into: Set<String>()) { $0.formUnion(errorTypeNames($1.source)) }
    let found = sources.flatMap { file in
      Self.findings(
        inSource: file.source, file: scope.folder + "/" + file.name,
        extraCalls: scope.extraCalls, deepCalls: scope.deepCalls, errorTypes: errorTypes,
        isStrict: scope.isStrict
      ).filter { finding in
        !scope.allowed.contains { file.name.hasSuffix($0.file) && $0.text == finding.text }
      }
    }
    return (found, sources.count)
  }

  /// The inline texts of one source text.
  public static func findings(
    inSource source: String, file: String, extraCalls: Set<String> = [],
    deepCalls: Set<String> = [], errorTypes: Set<String> = [], isStrict: Bool = false
  ) -> [Finding] {
    var tokenizer = SwiftTokens(Array(source.unicodeScalars))
    let tokens = tokenizer.all()
    let calls = MessageCalls(
      tokens: tokens, extraCalls: extraCalls, deepCalls: deepCalls,
      errorTypes: errorTypes.union(errorTypeNames(in: tokens)), isStrict: isStrict)
    return calls.texts().map { Finding(file: file, line: $0.line, text: $0.text) }
  }

  /// The names of the error types a source declares (`struct Problem: Error, Equatable`).
  public static func errorTypeNames(_ source: String) -> Set<String> {
    var tokenizer = SwiftTokens(Array(source.unicodeScalars))
    return errorTypeNames(in: tokenizer.all())
  }

  static func errorTypeNames(in tokens: [SwiftTokens.Token]) -> Set<String> {
    var names: Set<String> = []
    for index in tokens.indices.dropLast(2) {
      guard case .word(let keyword) = tokens[index].kind,
        ["struct", "enum", "class"].contains(keyword),
        case .word(let name) = tokens[index + 1].kind,
        tokens[index + 2].kind == .colon
      else { continue }
      var cursor = index + 3
      while cursor < tokens.count, tokens[cursor].kind != .open("{") {
        if tokens[cursor].kind == .word("Error") || tokens[cursor].kind == .word("LocalizedError") {
          names.insert(name)
        }
        cursor += 1
      }
    }
    return names
  }

  /// The names of a catalog enum's members that are out of alphabetical order (ignoring
  /// case): each member listed after one that should follow it. A `// MARK: - ` line starts
  /// a new run: each section of a catalog is alphabetical on its own.
  public static func unordered(enumNamed name: String, in source: String) -> [String] {
    guard let start = source.range(of: "enum \(name) {\n") else { return ["no enum \(name)"] }
    var sections: [[String]] = [[]]
    for line in source[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
    {
      if line == "}" { break }
      if line.hasPrefix("  // MARK: - ") { sections.append([]) }
      for prefix in memberPrefixes where line.hasPrefix(prefix) {
        let member = line.dropFirst(prefix.count).prefix { $0.isLetter || $0.isNumber }
        sections[sections.count - 1].append(String(member))
      }
    }
    return sections.flatMap { names in
      zip(names, names.dropFirst()).filter { $0.lowercased() > $1.lowercased() }.map {
        "\($1) after \($0)"
      }
    }
  }

  /// The members out of alphabetical order in every catalog enum of a catalog file
  /// (`enum CoreMessages {`, `public enum Messages {`), named `Enum: b after c`.
  public static func unorderedCatalogs(in source: String) -> [String] {
    let names = source.split(separator: "\n").compactMap { line -> String? in
      let declaration = line.hasPrefix("public ") ? line.dropFirst(7) : line
      guard declaration.hasPrefix("enum "), declaration.hasSuffix(" {") else { return nil }
      return String(declaration.dropFirst(5).dropLast(2))
    }
    if names.isEmpty { return ["no catalog enum"] }
    return names.flatMap { name in
      unordered(enumNamed: name, in: source).map { "\(name): \($0)" }
    }
  }

  static let memberPrefixes = [
    "  static let ", "  static func ", "  static var ", "  public static let ",
    "  public static func ", "  public static var ",
  ]
}
