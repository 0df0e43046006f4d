/// Resolves every name of a program to a slot before it runs, and reports undefined names
/// (with "did you mean"), `break`/`continue`/`return` out of place, and misplaced imports.
///
/// Scoping follows Python: a name assigned in a function is local to it for the whole
/// function; a name assigned in an enclosing function is shared with it (closures); top-level
/// names are read anywhere and assigned only at the top level.
public struct Resolver {
  enum Context { case function, loop, valueIf }

  struct FunctionScope {
    var layout = FunctionLayout()
    var locals: [String: Int] = [:]
    var captureIndex: [String: Int] = [:]
    var usesOfSlot: [Int: [Int]] = [:]
  }

  let file: SourceFile
  let globals: GlobalScope
  let builtins: [String: Int]
  var resolution: Resolution
  var scopes: [FunctionScope] = []
  var contexts: [Context] = []
  var blockDepth = 0
  var diagnostics: [Diagnostic] = []

  public init(file: SourceFile, globals: GlobalScope, builtins: [String: Int], nameCount: Int) {
    self.file = file
    self.globals = globals
    self.builtins = builtins
    self.resolution = Resolution(bindings: Array(repeating: nil, count: nameCount))
  }

  /// Declares the program's top-level names in `globals` and resolves every use.
  public static func resolve(
    _ program: Program, globals: GlobalScope, builtins: [String: Int]
  ) -> (Resolution, [Diagnostic]) {
    var resolver = Resolver(
      file: program.file, globals: globals, builtins: builtins,
      nameCount: program.nameCount)
    for name in Resolver.assignedNames(in: program.statements) { globals.declare(name) }
    resolver.resolve(program.statements)
    return (resolver.resolution, resolver.diagnostics)
  }

  mutating func bind(_ name: NameRef, _ binding: Binding) {
    if name.id < resolution.bindings.count { resolution.bindings[name.id] = binding }
    if case .local(let slot) = binding, !scopes.isEmpty {
      scopes[scopes.count - 1].usesOfSlot[slot, default: []].append(name.id)
    }
  }

  mutating func report(
    _ id: Diagnostic.ID, _ message: String, _ range: SourceRange,
    label: String = "", help: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        id, message, file: file, range: range, label: label,
        help: help))
  }

  // MARK: Names

  /// Resolves a read of `name`.
  mutating func resolveUse(_ name: NameRef) {
    if let binding = lookup(name.name) {
      bind(name, binding)
      return
    }
    let suggestion = Suggest.closest(to: name.name, in: visibleNames())
    report(
      .undefinedName, Messages.undefinedName(name.name), name.range,
      label: suggestion.map(Messages.didYouMean) ?? "",
      help: nil)
  }

  mutating func lookup(_ name: String) -> Binding? {
    if !scopes.isEmpty {
      let level = scopes.count - 1
      if let slot = scopes[level].locals[name] { return .local(slot) }
      if let index = captureIndex(of: name, level: level) { return .capture(index) }
    }
    if let slot = globals.slot(of: name) { return .global(slot) }
    if let index = builtins[name] { return .builtin(index) }
    return nil
  }

  /// The index of `name` among the captures of function `level`, added when an enclosing
  /// function has it.
  mutating func captureIndex(of name: String, level: Int) -> Int? {
    if let index = scopes[level].captureIndex[name] { return index }
    guard level > 0 else { return nil }
    let source: CaptureSource
    if let slot = scopes[level - 1].locals[name] {
      scopes[level - 1].layout.boxedSlots.insert(slot)
      source = .slot(slot)
    } else if let outer = captureIndex(of: name, level: level - 1) {
      source = .capture(outer)
    } else {
      return nil
    }
    let index = scopes[level].layout.captures.count
    scopes[level].layout.captures.append(source)
    scopes[level].captureIndex[name] = index
    return index
  }

  func visibleNames() -> [String] {
    var names: [String] = []
    for scope in scopes.reversed() { names += scope.locals.keys.sorted() }
    names += globals.names
    names += builtins.keys.sorted()
    return names
  }

  // MARK: Functions

  mutating func resolveFunction(_ function: FunctionDecl) {
    for parameter in function.parameters {
      if let value = parameter.defaultValue { resolve(value) }
    }
    var scope = FunctionScope()
    for parameter in function.parameters {
      if scope.locals[parameter.name.name] != nil {
        report(
          .duplicateParameter, Messages.duplicateParameter(parameter.name.name),
          parameter.name.range)
      }
      let slot = declareLocal(parameter.name.name, in: &scope)
      scope.layout.parameterSlots.append(slot)
      scope.usesOfSlot[slot, default: []].append(parameter.name.id)
      resolution.bindings[parameter.name.id] = .local(slot)
    }
    let enclosing = scopes.map { $0.locals }
    for name in Resolver.assignedNames(in: function.body.statements)
    where scope.locals[name] == nil && !enclosing.contains(where: { $0[name] != nil }) {
      declareLocal(name, in: &scope)
    }
    scopes.append(scope)
    contexts.append(.function)
    let savedDepth = blockDepth
    blockDepth = 0
    resolve(function.body.statements)
    blockDepth = savedDepth
    contexts.removeLast()
    finishFunction(function)
  }

  @discardableResult
  func declareLocal(_ name: String, in scope: inout FunctionScope) -> Int {
    let slot = scope.layout.slotCount
    scope.locals[name] = slot
    scope.layout.slotCount += 1
    scope.layout.localNames.append(name)
    return slot
  }

  /// Rewrites the uses of captured slots to `.boxed` and stores the layout.
  mutating func finishFunction(_ function: FunctionDecl) {
    guard let scope = scopes.popLast() else { return }
    for slot in scope.layout.boxedSlots {
      for id in scope.usesOfSlot[slot] ?? [] where id < resolution.bindings.count {
        resolution.bindings[id] = .boxed(slot)
      }
    }
    resolution.functions[function.id] = scope.layout
  }
}
