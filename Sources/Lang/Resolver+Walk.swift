extension Resolver {
  mutating func resolve(_ statements: [Stmt]) {
    for statement in statements { resolve(statement) }
  }

  mutating func resolve(_ statement: Stmt) {
    switch statement.kind {
    case .expression(let expression): resolve(expression)
    case .ifElse(let chain): resolve(chain)
    case .assign(let target, let op, let value):
      resolve(value)
      resolveTarget(target, isCompound: op != nil)
    case .function(let function):
      if let name = function.nameRef { resolveDeclaration(name) }
      resolveFunction(function)
    case .forLoop(let variable, let sequence, let body):
      resolve(sequence)
      resolveDeclaration(variable)
      contexts.append(.loop)
      resolveBlock(body)
      contexts.removeLast()
    case .whileLoop(let condition, let body):
      resolve(condition)
      contexts.append(.loop)
      resolveBlock(body)
      contexts.removeLast()
    case .breakLoop: checkInLoop("break", statement.range)
    case .continueLoop: checkInLoop("continue", statement.range)
    case .returnValue(let value):
      if let value { resolve(value) }
      checkInFunction(statement.range)
    case .importFile:
      if !scopes.isEmpty || blockDepth > 0 {
        report(.importNotTopLevel, Messages.importNotTopLevel, statement.range)
      }
    }
  }

  mutating func resolveBlock(_ block: Block) {
    blockDepth += 1
    resolve(block.statements)
    blockDepth -= 1
  }

  mutating func resolve(_ chain: IfChain) {
    for branch in chain.branches {
      resolve(branch.condition)
      resolveBlock(branch.body)
    }
    if let otherwise = chain.otherwise { resolveBlock(otherwise) }
  }

  /// A name being assigned: at the top level a global, in a function a local or a capture.
  mutating func resolveDeclaration(_ name: NameRef) {
    if let binding = lookup(name.name), !isBuiltin(binding) {
      bind(name, binding)
    } else {
      bind(name, .global(globals.declare(name.name)))
    }
  }

  mutating func resolveTarget(_ target: Expr, isCompound: Bool) {
    switch target.kind {
    case .name(let name):
      if isCompound, !scopes.isEmpty, scopes[scopes.count - 1].locals[name.name] != nil,
        case .global = lookupOutsideFunctions(name.name)
      {
        report(
          .assignToGlobal, Messages.assignToGlobalInFunction(name.name), name.range,
          help: Messages.assignToGlobalHelp)
      }
      resolveDeclaration(name)
    case .index(let base, let subscripts):
      resolve(base)
      resolve(subscripts)
    case .member(let base, _, _): resolve(base)
    default: resolve(target)
    }
  }

  func lookupOutsideFunctions(_ name: String) -> Binding? {
    if scopes.dropLast().contains(where: { $0.locals[name] != nil }) { return nil }
    return globals.slot(of: name).map(Binding.global)
  }

  func isBuiltin(_ binding: Binding) -> Bool {
    if case .builtin = binding { return true }
    return false
  }

  mutating func checkInLoop(_ word: String, _ range: SourceRange) {
    switch contexts.last(where: { _ in true }) {
    case .loop: return
    case .valueIf:
      report(
        .controlFlowInIfExpression, Messages.controlFlowInIfExpression(word), range,
        help: Messages.controlFlowInIfExpressionHelp)
    default: report(.breakOutsideLoop, Messages.outsideLoop(word), range)
    }
  }

  mutating func checkInFunction(_ range: SourceRange) {
    switch contexts.last(where: { $0 != .loop }) {
    case .function: return
    case .valueIf:
      report(
        .controlFlowInIfExpression, Messages.controlFlowInIfExpression("return"), range,
        help: Messages.controlFlowInIfExpressionHelp)
    default: report(.returnOutsideFunction, Messages.outsideFunction("return"), range)
    }
  }

  mutating func resolve(_ subscripts: [Subscript]) {
    for item in subscripts {
      switch item {
      case .single(let expression): resolve(expression)
      case .slice(let lower, let upper, let step, _):
        for part in [lower, upper, step] { if let part { resolve(part) } }
      }
    }
  }

  mutating func resolve(_ expression: Expr) {
    switch expression.kind {
    case .null, .bool, .int, .float, .string, .column, .invalid: return
    case .formatString(let parts):
      for case .expression(let inner, _) in parts { resolve(inner) }
    case .name(let name): resolveUse(name)
    case .list(let items): items.forEach { resolve($0) }
    case .record(let fields): fields.forEach { resolve($0.value) }
    case .unary(_, let operand): resolve(operand)
    case .binary(_, let left, let right), .and(let left, let right), .or(let left, let right),
      .range(let left, let right, _):
      resolve(left)
      resolve(right)
    case .call(let callee, let arguments):
      resolve(callee)
      arguments.forEach { resolve($0.value) }
    case .index(let base, let subscripts):
      resolve(base)
      resolve(subscripts)
    case .member(let base, _, _): resolve(base)
    case .function(let function): resolveFunction(function)
    case .ifElse(let chain):
      contexts.append(.valueIf)
      resolve(chain)
      contexts.removeLast()
    }
  }

  /// Names assigned by these statements (not inside nested functions), in first-seen order.
  static func assignedNames(in statements: [Stmt]) -> [String] {
    var names: [String] = []
    var seen: Set<String> = []
    func add(_ name: String) {
      if seen.insert(name).inserted { names.append(name) }
    }
    func walk(_ statements: [Stmt]) {
      for statement in statements {
        switch statement.kind {
        case .assign(let target, _, let value):
          if case .name(let name) = target.kind { add(name.name) }
          walkExpression(value)
        case .function(let function): function.name.map(add)
        case .forLoop(let variable, _, let body):
          add(variable.name)
          walk(body.statements)
        case .whileLoop(_, let body): walk(body.statements)
        case .ifElse(let chain): walkChain(chain)
        case .expression(let expression): walkExpression(expression)
        default: break
        }
      }
    }
    func walkChain(_ chain: IfChain) {
      chain.branches.forEach { walk($0.body.statements) }
      chain.otherwise.map { walk($0.statements) }
    }
    func walkExpression(_ expression: Expr) {
      if case .ifElse(let chain) = expression.kind { walkChain(chain) }
    }
    walk(statements)
    return names
  }
}
